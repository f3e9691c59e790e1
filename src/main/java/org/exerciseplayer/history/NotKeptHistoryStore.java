package org.exerciseplayer.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The history of a run whose sessions cannot be kept (the history file could not be used, or the person made it
 * read-only): the past sessions as the file holds them, when it can be read, and this run's sessions in memory, so
 * that progress shows them until the app closes. {@link #notKept()} says why, for the end screen and home, which
 * offer to save this run's sessions elsewhere.
 */
final class NotKeptHistoryStore implements HistoryStore {

    private final Optional<HistoryStore> past;
    private final InMemoryHistoryStore thisRun;
    private final String why;

    /** @param past the history file, read-only, if it can be read at all */
    NotKeptHistoryStore(Optional<HistoryStore> past, String why) {
        this.past = past;
        this.why = why;
        long lastId = 0;
        if (past.isPresent()) {
            try {
                lastId = past.get().sessions().stream().mapToLong(SessionRecord::id).max().orElse(0);
            } catch (HistoryException unreadable) {
                // Its sessions cannot be shown either; this run's still can.
            }
        }
        this.thisRun = new InMemoryHistoryStore(lastId + 1);
    }

    @Override
    public Optional<String> notKept() {
        return Optional.of(why);
    }

    @Override
    public long sessionStarted(Instant at, String catalogueId, String catalogueTitle, Optional<String> routine,
                               OptionalInt painBefore) {
        return thisRun.sessionStarted(at, catalogueId, catalogueTitle, routine, painBefore);
    }

    @Override
    public void exerciseFinished(long sessionId, ExerciseResult result) throws HistoryException {
        thisRun.exerciseFinished(sessionId, result);
    }

    @Override
    public void sessionEnded(long sessionId, Instant at, SessionRecord.Ending ending, Optional<StopPlace> stopPlace)
            throws HistoryException {
        thisRun.sessionEnded(sessionId, at, ending, stopPlace);
    }

    @Override
    public void painAfter(long sessionId, int pain) throws HistoryException {
        thisRun.painAfter(sessionId, pain);
    }

    @Override
    public List<SessionRecord> sessions() throws HistoryException {
        return sessionsBetween(Instant.MIN, Instant.MAX);
    }

    @Override
    public List<SessionRecord> sessionsBetween(Instant from, Instant to) throws HistoryException {
        List<SessionRecord> all = new ArrayList<>(past.isPresent() ? past.get().sessionsBetween(from, to) : List.of());
        all.addAll(thisRun.sessionsBetween(from, to));
        all.sort(Comparator.comparing(SessionRecord::started));
        return all;
    }

    @Override
    public void morningCheck(MorningCheck check) {
        thisRun.morningCheck(check);
    }

    @Override
    public List<MorningCheck> morningChecks() throws HistoryException {
        List<MorningCheck> all = new ArrayList<>(past.isPresent() ? past.get().morningChecks() : List.of());
        all.addAll(thisRun.morningChecks());
        all.sort(Comparator.comparing(MorningCheck::at));
        return all;
    }

    @Override
    public void close() {
        past.ifPresent(HistoryStore::close);
    }
}
