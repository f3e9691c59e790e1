package org.exerciseplayer.history;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.session.ExerciseRecord;
import org.exerciseplayer.session.PainRating;
import org.exerciseplayer.session.SessionEvent;
import org.exerciseplayer.session.SessionSummary;
import org.exerciseplayer.session.StopPoint;

/**
 * Writes a session to the history as it goes, from the session's events alone: its start, each exercise as soon as
 * its outcome is known (done, skipped, stopped during; again if it changes), its end with where it stopped, and the
 * pain rating given after. So a crash loses at most the exercise under way.
 *
 * <p>It keeps the whole session as recorded so far in memory, and writes whatever the history does not have yet, in
 * order, on {@code background}. A write that fails (a full disk) loses nothing: what it was to write stays here, is
 * written with the next event, and is tried again on its own after a while ({@link Retries}, 5 s doubling to a
 * minute) until the history takes it. The first failure is told once to {@code onProblem}; every change of where the
 * session stands ({@link Keeping}) is told to the keeping listeners; and {@link #record()} gives the session as it
 * would be in the history, to save elsewhere.
 */
public final class SessionRecorder implements Consumer<SessionEvent> {

    /** Where the session stands with the history. */
    public record Keeping(State state, String reason, Optional<String> savedTo) {

        public enum State {
            /** Everything recorded so far is in the history file. */
            SAVED,
            /** A write failed; what it was to write is held here and tried again. */
            NOT_SAVED_YET,
            /** This run's history does not keep sessions (see {@link HistoryStore#notKept()}). */
            NOT_KEPT
        }

        static final Keeping SAVED = new Keeping(State.SAVED, "", Optional.empty());

        public boolean isSaved() {
            return state == State.SAVED;
        }
    }

    /** Runs a retry after a delay; the app's on a timer, tests' when they say. */
    @FunctionalInterface
    public interface Retries {
        void after(Duration delay, Runnable retry);

        /** No retries on a timer: only the next event, or {@link #retry()}, tries again. */
        Retries NONE = (delay, retry) -> { };
    }

    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration LONGEST_RETRY = Duration.ofMinutes(1);

    private final Supplier<HistoryStore> store;
    private final Catalogue catalogue;
    private final Optional<String> routine;
    private final Executor background;
    private final Clock clock;
    private final Consumer<String> onProblem;
    private final Retries retries;
    private final List<Consumer<Keeping>> listeners = new CopyOnWriteArrayList<>();

    // The session as recorded so far.
    private Instant started;
    private OptionalInt painBefore = OptionalInt.empty();
    private final TreeMap<Integer, ExerciseResult> results = new TreeMap<>();
    private Instant endedAt;
    private SessionRecord.Ending ending;
    private Optional<StopPlace> stopPlace = Optional.empty();
    private OptionalInt painAfter = OptionalInt.empty();

    // What the history has of it.
    private Long id;
    private final Map<Integer, ExerciseResult> resultsWritten = new HashMap<>();
    private boolean endWritten;
    private OptionalInt painAfterWritten = OptionalInt.empty();

    private Keeping keeping = Keeping.SAVED;
    private boolean problemReported;
    private boolean retryPending;
    private Duration nextRetry = FIRST_RETRY;
    private CompletableFuture<?> last = CompletableFuture.completedFuture(null);

    /**
     * A recorder that tries again only with the next event or {@link #retry()}.
     *
     * @param store the history; asked for on the background thread only, so it may still be opening
     */
    public SessionRecorder(Supplier<HistoryStore> store, Catalogue catalogue, Optional<String> routine,
                           Executor background, Clock clock, Consumer<String> onProblem) {
        this(store, catalogue, routine, background, clock, onProblem, Retries.NONE);
    }

    /** A recorder that, after a failed write, tries again on {@code retries} until the history takes it. */
    public SessionRecorder(Supplier<HistoryStore> store, Catalogue catalogue, Optional<String> routine,
                           Executor background, Clock clock, Consumer<String> onProblem, Retries retries) {
        this.store = store;
        this.catalogue = catalogue;
        this.routine = routine;
        this.background = background;
        this.clock = clock;
        this.onProblem = onProblem;
        this.retries = retries;
    }

    @Override
    public void accept(SessionEvent event) {
        synchronized (this) {
            if (!record(event)) {
                return;
            }
        }
        write();
    }

    /** Notes the event in the session as recorded; whether there is anything new to write. */
    private boolean record(SessionEvent event) {
        if (event instanceof SessionEvent.Started start) {
            started = clock.instant();
            painBefore = start.painBefore();
            return true;
        }
        if (started == null) {
            throw new IllegalStateException("A session's events start with Started");
        }
        if (event instanceof SessionEvent.ExerciseFinished finished) {
            ExerciseResult result = result(finished.record());
            if (result != null) {
                results.put(result.position(), result);
                return true;
            }
        } else if (event instanceof SessionEvent.Stopped stopped) {
            endedAt = clock.instant();
            stopPlace = stopped.where().map(point -> place(point, stopped));
            ending = switch (stopped.reason()) {
                case PAIN -> SessionRecord.Ending.PAIN_STOP;
                case USER -> SessionRecord.Ending.STOPPED;
                case CLOSED -> SessionRecord.Ending.CLOSED;
            };
            return true;
        } else if (event instanceof SessionEvent.Ended ended
                && ended.summary().ending() == SessionSummary.Ending.COMPLETED) {
            endedAt = clock.instant();
            ending = SessionRecord.Ending.COMPLETED;
            return true;
        } else if (event instanceof SessionEvent.PainRated rated && rated.rating().moment() == PainRating.Moment.AFTER) {
            painAfter = OptionalInt.of(rated.rating().rating());
            return true;
        }
        return false;
    }

    /** Tries now to write what the history does not have yet (the person pressed "Try again", or home opened). */
    public void retry() {
        synchronized (this) {
            if (started == null) {
                return;
            }
        }
        write();
    }

    /** Completes when every write asked for so far has been made (or has failed and been reported). */
    public synchronized CompletableFuture<?> flushed() {
        return last;
    }

    /** Where the session stands with the history now. */
    public synchronized Keeping keeping() {
        return keeping;
    }

    /** Tells the listener of every change of {@link #keeping()}, on whichever thread found it out. */
    public void addKeepingListener(Consumer<Keeping> listener) {
        listeners.add(listener);
    }

    public void removeKeepingListener(Consumer<Keeping> listener) {
        listeners.remove(listener);
    }

    /** The person saved this session to {@code file} (the history still lacks it, and is still tried). */
    public void savedTo(String file) {
        Keeping now;
        synchronized (this) {
            keeping = new Keeping(keeping.state(), keeping.reason(), Optional.of(file));
            now = keeping;
        }
        listeners.forEach(listener -> listener.accept(now));
    }

    /** The session as recorded so far, as the history would hold it (id 0 if the history never took its start). */
    public synchronized SessionRecord record() {
        if (started == null) {
            throw new IllegalStateException("The session has not started");
        }
        return new SessionRecord(id == null ? 0 : id, started, Optional.ofNullable(endedAt), catalogue.id(),
                catalogue.title(), routine, painBefore, painAfter,
                ending == null ? SessionRecord.Ending.INTERRUPTED : ending, List.copyOf(results.values()), stopPlace);
    }

    private synchronized void write() {
        last = last.thenRunAsync(this::writeWhatIsMissing, background);
    }

    /** On the background thread, one at a time: writes, in order, what the history lacks, until done or a failure. */
    private void writeWhatIsMissing() {
        HistoryStore history;
        try {
            history = store.get();
        } catch (RuntimeException e) {
            failed(new HistoryException("The history could not be opened: " + e.getMessage(), e));
            return;
        }
        try {
            for (Write next = nextWrite(); next != null; next = nextWrite()) {
                next.to(history);
            }
        } catch (HistoryException e) {
            failed(e);
            return;
        } catch (RuntimeException e) {
            // Never out of here: a failed stage would stop every later write of the session.
            failed(new HistoryException("The session could not be saved: " + e, e));
            return;
        }
        changeKeeping(history.notKept().map(why -> new Keeping(Keeping.State.NOT_KEPT, why, savedTo()))
                .orElse(new Keeping(Keeping.State.SAVED, "", savedTo())));
    }

    private interface Write {
        void to(HistoryStore history) throws HistoryException;
    }

    /** The first thing the history lacks, as a write that marks it written once it succeeds; null if nothing. */
    private synchronized Write nextWrite() {
        if (id == null) {
            Instant at = started;
            OptionalInt pain = painBefore;
            return history -> {
                long made = history.sessionStarted(at, catalogue.id(), catalogue.title(), routine, pain);
                synchronized (this) {
                    id = made;
                }
            };
        }
        long session = id;
        for (ExerciseResult result : results.values()) {
            if (!result.equals(resultsWritten.get(result.position()))) {
                return history -> {
                    history.exerciseFinished(session, result);
                    synchronized (this) {
                        resultsWritten.put(result.position(), result);
                    }
                };
            }
        }
        if (ending != null && !endWritten) {
            Instant at = endedAt;
            SessionRecord.Ending how = ending;
            Optional<StopPlace> where = stopPlace;
            return history -> {
                history.sessionEnded(session, at, how, where);
                synchronized (this) {
                    endWritten = true;
                }
            };
        }
        if (painAfter.isPresent() && !painAfter.equals(painAfterWritten)) {
            OptionalInt pain = painAfter;
            return history -> {
                history.painAfter(session, pain.getAsInt());
                synchronized (this) {
                    painAfterWritten = pain;
                }
            };
        }
        return null;
    }

    private void failed(HistoryException e) {
        boolean tell;
        Duration delay = null;
        synchronized (this) {
            tell = !problemReported;
            problemReported = true;
            if (!retryPending) {
                retryPending = true;
                delay = nextRetry;
                nextRetry = nextRetry.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY
                        : nextRetry.multipliedBy(2);
            }
        }
        changeKeeping(new Keeping(Keeping.State.NOT_SAVED_YET, e.getMessage(), savedTo()));
        if (tell) {
            onProblem.accept(e.getMessage());
        }
        if (delay != null) {
            retries.after(delay, () -> {
                synchronized (this) {
                    retryPending = false;
                }
                retry();
            });
        }
    }

    private synchronized Optional<String> savedTo() {
        return keeping.savedTo();
    }

    private void changeKeeping(Keeping now) {
        synchronized (this) {
            if (now.equals(keeping)) {
                return;
            }
            if (now.isSaved()) {
                nextRetry = FIRST_RETRY;
            }
            keeping = now;
        }
        listeners.forEach(listener -> listener.accept(now));
    }

    /** The history's result for an exercise record; null for one not worth keeping (under way, not reached). */
    static ExerciseResult result(ExerciseRecord record) {
        ExerciseResult.Outcome outcome = switch (record.outcome()) {
            case DONE -> ExerciseResult.Outcome.DONE;
            case SKIPPED -> ExerciseResult.Outcome.SKIPPED;
            case STOPPED_DURING -> ExerciseResult.Outcome.STOPPED;
            case NOT_REACHED, UNDER_WAY -> null;
        };
        if (outcome == null) {
            return null;
        }
        return new ExerciseResult(record.index(), record.exerciseId(), record.exerciseName(), outcome,
                record.doneRight(), record.doneLeft(), record.doneWithoutSide(), record.planned());
    }

    /** Where the session stopped, in the history's words. */
    static StopPlace place(StopPoint point, SessionEvent.Stopped stopped) {
        return point.phase().map(phase -> new StopPlace(point.exerciseId(), point.exerciseName(),
                        phase.kind().name().toLowerCase(Locale.ROOT),
                        phase.side() == null ? "" : phase.side().name().toLowerCase(Locale.ROOT),
                        phase.repetition(), phase.of(), stopped.rating()))
                .orElseGet(() -> new StopPlace(point.exerciseId(), point.exerciseName(), StopPlace.AT_CHECK, "", 0, 0,
                        stopped.rating()));
    }

    /** For the unsaved list: a session counts once it has started. */
    synchronized boolean hasStarted() {
        return started != null;
    }

    @Override
    public synchronized String toString() {
        return "SessionRecorder[" + keeping.state() + ", " + results.size() + " exercises recorded, "
                + resultsWritten.size() + " written" + (endWritten ? ", end written" : "") + "]";
    }
}
