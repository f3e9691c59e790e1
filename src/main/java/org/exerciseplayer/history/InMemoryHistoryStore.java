package org.exerciseplayer.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A history kept in memory: for tests, and for the sessions of a run in which the history file cannot be used
 * ({@link NotKeptHistoryStore}: the session can still be played; nothing is kept after the app closes).
 */
public final class InMemoryHistoryStore implements HistoryStore {

    private final Map<Long, SessionRecord> sessions = new LinkedHashMap<>();
    private final Map<Long, TreeMap<Integer, ExerciseResult>> results = new LinkedHashMap<>();
    private final List<MorningCheck> mornings = new ArrayList<>();
    private long nextId;

    public InMemoryHistoryStore() {
        this(1);
    }

    /** A store whose first session gets this id (after those of a history read alongside it). */
    InMemoryHistoryStore(long firstId) {
        this.nextId = firstId;
    }

    @Override
    public synchronized void morningCheck(MorningCheck check) {
        mornings.add(check);
    }

    @Override
    public synchronized List<MorningCheck> morningChecks() {
        List<MorningCheck> sorted = new ArrayList<>(mornings);
        sorted.sort(Comparator.comparing(MorningCheck::at));
        return sorted;
    }

    @Override
    public synchronized long sessionStarted(Instant at, String catalogueId, String catalogueTitle,
                                            Optional<String> routine, OptionalInt painBefore) {
        long id = nextId++;
        sessions.put(id, new SessionRecord(id, at, Optional.empty(), catalogueId, catalogueTitle, routine,
                painBefore, OptionalInt.empty(), SessionRecord.Ending.INTERRUPTED, List.of(), Optional.empty()));
        results.put(id, new TreeMap<>());
        return id;
    }

    @Override
    public synchronized void exerciseFinished(long sessionId, ExerciseResult result) throws HistoryException {
        session(sessionId);
        results.get(sessionId).put(result.position(), result);
    }

    @Override
    public synchronized void sessionEnded(long sessionId, Instant at, SessionRecord.Ending ending,
                                          Optional<StopPlace> stopPlace) throws HistoryException {
        SessionRecord s = session(sessionId);
        sessions.put(sessionId, new SessionRecord(s.id(), s.started(), Optional.of(at), s.catalogueId(),
                s.catalogueTitle(), s.routine(), s.painBefore(), s.painAfter(), ending, List.of(), stopPlace));
    }

    @Override
    public synchronized void painAfter(long sessionId, int pain) throws HistoryException {
        SessionRecord s = session(sessionId);
        sessions.put(sessionId, new SessionRecord(s.id(), s.started(), s.ended(), s.catalogueId(),
                s.catalogueTitle(), s.routine(), s.painBefore(), OptionalInt.of(pain), s.ending(), List.of(),
                s.stopPlace()));
    }

    private SessionRecord session(long id) throws HistoryException {
        SessionRecord session = sessions.get(id);
        if (session == null) {
            throw new HistoryException("There is no session " + id + " in the history.");
        }
        return session;
    }

    @Override
    public synchronized List<SessionRecord> sessions() {
        return sessionsBetween(Instant.MIN, Instant.MAX);
    }

    @Override
    public synchronized List<SessionRecord> sessionsBetween(Instant from, Instant to) {
        List<SessionRecord> found = new ArrayList<>();
        for (SessionRecord s : sessions.values()) {
            if (!s.started().isBefore(from) && s.started().isBefore(to)) {
                found.add(new SessionRecord(s.id(), s.started(), s.ended(), s.catalogueId(), s.catalogueTitle(),
                        s.routine(), s.painBefore(), s.painAfter(), s.ending(),
                        List.copyOf(results.get(s.id()).values()), s.stopPlace()));
            }
        }
        found.sort(Comparator.comparing(SessionRecord::started));
        return found;
    }

    @Override
    public void close() {
    }
}
