package org.exerciseplayer.history;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.session.SessionEvent;
import org.exerciseplayer.session.SessionLog;
import org.exerciseplayer.session.StopReason;

/**
 * Writes a session to the history as it goes: its start, each exercise as soon as it is finished, and its end, so
 * a crash loses at most the exercise under way. Listens to the runner after the {@link SessionLog} it reads from.
 * The writes run in order on {@code background}; a failure is reported once to {@code onProblem} and the session
 * carries on.
 */
public final class SessionRecorder implements Consumer<SessionEvent> {

    private final Supplier<HistoryStore> store;
    private final SessionLog log;
    private final Executor background;
    private final Clock clock;
    private final Consumer<String> onProblem;
    private final CompletableFuture<Long> sessionId;
    private CompletableFuture<?> last;
    private volatile boolean problemReported;
    private Supplier<OptionalInt> painStopRating = OptionalInt::empty;

    /**
     * @param store the history; asked for on the background thread only, so it may still be opening
     */
    public SessionRecorder(Supplier<HistoryStore> store, Catalogue catalogue, Optional<String> routine, SessionLog log,
                           OptionalInt painBefore, Executor background, Clock clock, Consumer<String> onProblem) {
        this.store = store;
        this.log = log;
        this.background = background;
        this.clock = clock;
        this.onProblem = onProblem;
        var started = clock.instant();
        this.sessionId = CompletableFuture.supplyAsync(() -> {
            try {
                return store.get().sessionStarted(started, catalogue.id(), catalogue.title(), routine, painBefore);
            } catch (HistoryException e) {
                report(e);
                return null;
            }
        }, background);
        this.last = sessionId;
    }

    @Override
    public void accept(SessionEvent event) {
        if (event instanceof SessionEvent.ExerciseDone done) {
            ExerciseResult result = result(done.exerciseIndex(),
                    done.skipped() ? ExerciseResult.Outcome.SKIPPED : ExerciseResult.Outcome.DONE);
            write(id -> store.get().exerciseFinished(id, result));
        } else if (event instanceof SessionEvent.SessionDone) {
            var at = clock.instant();
            write(id -> store.get().sessionEnded(id, at, SessionRecord.Ending.COMPLETED, Optional.empty()));
        } else if (event instanceof SessionEvent.Stopped stopped) {
            var at = clock.instant();
            Optional<PainStop> painStop = Optional.empty();
            Optional<SessionLog.StopPoint> point = log.stop().filter(p -> p.phase() != null);
            if (point.isPresent()) {
                Phase phase = point.get().phase();
                ExerciseResult result = result(phase.exerciseIndex(), ExerciseResult.Outcome.STOPPED);
                write(id -> store.get().exerciseFinished(id, result));
                if (stopped.reason() == StopReason.PAIN) {
                    painStop = Optional.of(new PainStop(phase.exerciseId(), result.exerciseName(),
                            phase.kind().name().toLowerCase(Locale.ROOT),
                            phase.side() == null ? "" : phase.side().name().toLowerCase(Locale.ROOT),
                            phase.repetition(), phase.of(), painStopRating.get()));
                }
            }
            SessionRecord.Ending ending = switch (stopped.reason()) {
                case PAIN -> SessionRecord.Ending.PAIN_STOP;
                case USER -> SessionRecord.Ending.STOPPED;
                case CLOSED -> SessionRecord.Ending.CLOSED;
            };
            Optional<PainStop> where = painStop;
            write(id -> store.get().sessionEnded(id, at, ending, where));
        }
    }

    /**
     * Where a pain stop's rating comes from: under a physio's limit, the number above it that stopped the session.
     * Read when the session stops, on the thread that stops it.
     */
    public void painStopRatingFrom(Supplier<OptionalInt> rating) {
        this.painStopRating = rating;
    }

    /** Records the pain rating given at the end of the session. */
    public void painAfter(int pain) {
        write(id -> store.get().painAfter(id, pain));
    }

    /** Completes when every write asked for so far has been made (or has failed and been reported). */
    public CompletableFuture<?> flushed() {
        synchronized (this) {
            return last;
        }
    }

    private ExerciseResult result(int exerciseIndex, ExerciseResult.Outcome outcome) {
        Exercise exercise = log.plan().routine().entry(exerciseIndex).exercise();
        Dose dose = log.plan().routine().entry(exerciseIndex).dose();
        int directions = Math.max(1, dose.directions().names().size());
        int planned = dose.repetitions() * directions;
        return new ExerciseResult(exerciseIndex, exercise.id(), exercise.name(), outcome,
                log.completed(exerciseIndex, Side.RIGHT), log.completed(exerciseIndex, Side.LEFT),
                log.completedWithoutSide(exerciseIndex), planned);
    }

    private interface Write {
        void to(long sessionId) throws HistoryException;
    }

    private synchronized void write(Write write) {
        last = last.thenAcceptAsync(ignored -> {
            Long id = sessionId.join();
            if (id == null) {
                return;
            }
            try {
                write.to(id);
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
