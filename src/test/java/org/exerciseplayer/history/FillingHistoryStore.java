package org.exerciseplayer.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A history that takes writes until its disk is full, and again once there is room: the fault of a disk that fills
 * mid-session, for tests of what the person is told and what is kept. ({@code SqliteHistoryStoreProcessTest} fills a
 * real disk.)
 */
public final class FillingHistoryStore implements HistoryStore {

    public static final String FULL = "The session could not be saved to /data/history.db: the disk is full; what was "
            + "saved before is kept.";
    public final InMemoryHistoryStore kept = new InMemoryHistoryStore();
    public volatile boolean full;
    public int exercisesTaken;
    /** The disk fills once this many exercises are written. */
    public int fillAfterExercises = Integer.MAX_VALUE;


    private void write() throws HistoryException {
        if (full) {
            throw new HistoryException(FULL);
        }
    }

    @Override
    public long sessionStarted(Instant at, String catalogueId, String catalogueTitle, Optional<String> routine,
                               OptionalInt painBefore) throws HistoryException {
        write();
        return kept.sessionStarted(at, catalogueId, catalogueTitle, routine, painBefore);
    }

    @Override
    public void exerciseFinished(long sessionId, ExerciseResult result) throws HistoryException {
        write();
        kept.exerciseFinished(sessionId, result);
        if (++exercisesTaken == fillAfterExercises) {
            full = true;
        }
    }

    @Override
    public void sessionEnded(long sessionId, Instant at, SessionRecord.Ending ending,
                             Optional<StopPlace> stopPlace) throws HistoryException {
        write();
        kept.sessionEnded(sessionId, at, ending, stopPlace);
    }

    @Override
    public void painAfter(long sessionId, int pain) throws HistoryException {
        write();
        kept.painAfter(sessionId, pain);
    }

    @Override
    public List<SessionRecord> sessions() {
        return kept.sessions();
    }

    @Override
    public List<SessionRecord> sessionsBetween(Instant from, Instant to) {
        return kept.sessionsBetween(from, to);
    }

    @Override
    public void close() {
    }
}
