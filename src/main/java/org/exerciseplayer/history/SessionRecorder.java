package org.exerciseplayer.history;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.session.ExerciseRecord;
import org.exerciseplayer.session.PainRating;
import org.exerciseplayer.session.SessionEvent;
import org.exerciseplayer.session.StopPoint;

/**
 * Writes a session to the history as it goes, from the session's events alone: its start, each exercise as soon as
 * its outcome is known (done, skipped, stopped during; again if it changes), its end with where it stopped, and the
 * pain rating given after. So a crash loses at most the exercise under way. The writes run in order on
 * {@code background}; a failure is reported once to {@code onProblem} and the session carries on.
 */
public final class SessionRecorder implements Consumer<SessionEvent> {

    private final Supplier<HistoryStore> store;
    private final Catalogue catalogue;
    private final Optional<String> routine;
    private final Executor background;
    private final Clock clock;
    private final Consumer<String> onProblem;
    private CompletableFuture<Long> sessionId;
    private CompletableFuture<?> last = CompletableFuture.completedFuture(null);
    private volatile boolean problemReported;

    /**
     * @param store the history; asked for on the background thread only, so it may still be opening
     */
    public SessionRecorder(Supplier<HistoryStore> store, Catalogue catalogue, Optional<String> routine,
                           Executor background, Clock clock, Consumer<String> onProblem) {
        this.store = store;
        this.catalogue = catalogue;
        this.routine = routine;
        this.background = background;
        this.clock = clock;
        this.onProblem = onProblem;
    }

    @Override
    public void accept(SessionEvent event) {
        if (event instanceof SessionEvent.Started started) {
            begin(started);
        } else if (event instanceof SessionEvent.ExerciseFinished finished) {
            ExerciseResult result = result(finished.record());
            if (result != null) {
                write(id -> store.get().exerciseFinished(id, result));
            }
        } else if (event instanceof SessionEvent.Stopped stopped) {
            var at = clock.instant();
            Optional<StopPlace> where = stopped.where().map(point -> place(point, stopped));
            SessionRecord.Ending ending = switch (stopped.reason()) {
                case PAIN -> SessionRecord.Ending.PAIN_STOP;
                case USER -> SessionRecord.Ending.STOPPED;
                case CLOSED -> SessionRecord.Ending.CLOSED;
            };
            write(id -> store.get().sessionEnded(id, at, ending, where));
        } else if (event instanceof SessionEvent.Ended ended
                && ended.summary().ending() == org.exerciseplayer.session.SessionSummary.Ending.COMPLETED) {
            var at = clock.instant();
            write(id -> store.get().sessionEnded(id, at, SessionRecord.Ending.COMPLETED, Optional.empty()));
        } else if (event instanceof SessionEvent.PainRated rated && rated.rating().moment() == PainRating.Moment.AFTER) {
            int pain = rated.rating().rating();
            write(id -> store.get().painAfter(id, pain));
        }
    }

    /** Completes when every write asked for so far has been made (or has failed and been reported). */
    public CompletableFuture<?> flushed() {
        synchronized (this) {
            return last;
        }
    }

    private synchronized void begin(SessionEvent.Started started) {
        var at = clock.instant();
        sessionId = CompletableFuture.supplyAsync(() -> {
            try {
                return store.get().sessionStarted(at, catalogue.id(), catalogue.title(), routine,
                        started.painBefore());
            } catch (HistoryException e) {
                report(e);
                return null;
            }
        }, background);
        last = sessionId;
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

    private interface Write {
        void to(long sessionId) throws HistoryException;
    }

    private synchronized void write(Write write) {
        if (sessionId == null) {
            throw new IllegalStateException("A session's events start with Started");
        }
        CompletableFuture<Long> id = sessionId;
        last = last.thenAcceptAsync(ignored -> {
            Long started = id.join();
            if (started == null) {
                return;
            }
            try {
                write.to(started);
            } catch (HistoryException e) {
                report(e);
            }
        }, background);
    }

    private void report(HistoryException e) {
        if (!problemReported) {
            problemReported = true;
            onProblem.accept(e.getMessage());
        }
    }
}
