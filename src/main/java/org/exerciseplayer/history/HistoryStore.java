package org.exerciseplayer.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where sessions are kept. Each call is committed before it returns, so a crash loses at most the exercise under
 * way. Implementations are safe to call from one background thread; the UI never calls them on its own thread.
 */
public interface HistoryStore extends AutoCloseable {

    /** Records the start of a session and returns its id. */
    long sessionStarted(Instant at, String catalogueId, String catalogueTitle, Optional<String> routine,
                        OptionalInt painBefore) throws HistoryException;

    /** Records a finished exercise (done, skipped or stopped); recording it again replaces it. */
    void exerciseFinished(long sessionId, ExerciseResult result) throws HistoryException;

    /** Records how and when the session ended and, if it was stopped, where. */
    void sessionEnded(long sessionId, Instant at, SessionRecord.Ending ending, Optional<StopPlace> stopPlace)
            throws HistoryException;

    /** Records the pain rating given at the end. */
    void painAfter(long sessionId, int pain) throws HistoryException;

    /** Every session, oldest first, with its exercises. */
    List<SessionRecord> sessions() throws HistoryException;

    /** The sessions started in {@code [from, to)}, oldest first. */
    List<SessionRecord> sessionsBetween(Instant from, Instant to) throws HistoryException;

    /** Records a next-morning check. Stores that cannot keep them (test stand-ins) refuse with a message. */
    default void morningCheck(MorningCheck check) throws HistoryException {
        throw new HistoryException("This history cannot keep the next-morning check.");
    }

    /** Every next-morning check, oldest first. */
    default List<MorningCheck> morningChecks() throws HistoryException {
        return List.of();
    }

    /**
     * Why sessions written here are not kept after this run (the history file could not be used, or the person made
     * it read-only), if they are not; empty for a history that keeps them.
     */
    default Optional<String> notKept() {
        return Optional.empty();
    }

    @Override
    void close();
}
