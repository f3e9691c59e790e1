package org.exerciseplayer.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * One session, and every rule of it: it owns the {@link SessionRunner} that times the plan, the pain rule, the
 * questions it asks (the check between exercises, the pain question, "end the session?"), the pain ratings given
 * before, during and after, and the {@link Ledger} of what was done. It publishes {@link SessionEvent}s; the
 * player's screen and sound, the history recorder and the end screen only listen, and act through its commands.
 *
 * <p><b>Questions.</b> Moving on to a new exercise (at the end of one, or by a skip) holds the session before the
 * next exercise starts and asks {@link Question.BetweenExercises}: nothing of the next exercise runs until it is
 * answered. {@link #reportPain()} pauses at once and asks {@link Question.PainWorse}; {@link #requestEnd()} pauses
 * and asks {@link Question.EndSession}. While a question is asked, the commands that move through the session are
 * ignored; the answers are {@link #carryOn()}, {@link #stopForPain()}, {@link #ratePain(int)} (under a physio's
 * limit) and {@link #confirmEnd()}.
 *
 * <p><b>Use.</b> {@link #start(OptionalInt)}, then {@link #update()} once a display frame. Every command first
 * brings the session up to the clock, so what time already did comes before what the command does. Commands before
 * the start or after the end are ignored, but {@link #ratePainAfter(int)}, which is for the end. Not thread-safe:
 * use it from one thread. Events are delivered after the work of the call that caused them; a listener may call
 * commands, whose events follow.
 */
public final class Session {

    private final SessionSetup setup;
    private final Plan plan;
    private final Clock clock;
    private final SessionRunner runner;
    private final Ledger ledger;
    private final SessionOutbox outbox = new SessionOutbox();
    private final SessionQuestions questions;
    private final List<RunnerEvent> fromRunner = new ArrayList<>();
    private final List<PainRating> ratings = new ArrayList<>();
    private boolean started;
    private SessionSummary summary;
    private SessionRunner.Status lastStatus = SessionRunner.Status.READY;
    private OptionalInt painBefore = OptionalInt.empty();
    private OptionalInt painAtStop = OptionalInt.empty();
    private long startNanos;

    public Session(SessionSetup setup, Clock clock) {
        this.setup = Objects.requireNonNull(setup, "setup");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.plan = Planner.plan(setup.routine());
        this.runner = new SessionRunner(plan, clock);
        runner.holdBeforeExercises(true);
        runner.addListener(fromRunner::add);
        this.ledger = new Ledger(plan, record -> outbox.post(new SessionEvent.ExerciseFinished(record)));
        this.questions = new SessionQuestions(runner, setup.painRule(), outbox, new SessionQuestions.Host() {
            @Override
            public void stop(StopReason reason, OptionalInt rating) {
                Session.this.stop(reason, rating);
            }

            @Override
            public void rate(PainRating.Moment moment, int rating, int exerciseIndex) {
                Session.this.rate(moment, rating, exerciseIndex);
            }

            @Override
            public void statusMayHaveChanged() {
                syncStatus();
            }
        });
    }

    public void addListener(Consumer<SessionEvent> listener) {
        outbox.addListener(listener);
    }

    public void removeListener(Consumer<SessionEvent> listener) {
        outbox.removeListener(listener);
    }

    // Commands -----------------------------------------------------------------------------------------------------

    /** Starts the first phase now, with the pain rating given before, if any. */
    public void start(OptionalInt painBefore) {
        if (started) {
            throw new IllegalStateException("The session has already started");
        }
        started = true;
        this.painBefore = Objects.requireNonNull(painBefore, "painBefore");
        startNanos = clock.nanoTime();
        outbox.post(new SessionEvent.Started(painBefore));
        painBefore.ifPresent(rating -> rate(PainRating.Moment.BEFORE, rating, -1));
        runner.start();
        lastStatus = SessionRunner.Status.RUNNING;
        afterRunner();
    }

    /** Brings the session up to the clock; call once a display frame. Cheap when nothing happened. */
    public void update() {
        if (isRunning()) {
            runner.update();
            afterRunner();
        }
    }

    /** Space: pause a running session, resume a paused one. */
    public void togglePause() {
        move(() -> {
            if (runner.state().isPaused()) {
                runner.resume();
            } else {
                runner.pause();
            }
        });
    }

    public void pause() {
        move(runner::pause);
    }

    public void resume() {
        move(runner::resume);
    }

    /** To the start of this exercise, or of the one before when already at its start. */
    public void back() {
        move(runner::back);
    }

    /** Ends this phase now, without counting it. */
    public void skipPhase() {
        move(runner::skipPhase);
    }

    /** Leaves this exercise now, for the check before the next. */
    public void skipExercise() {
        move(runner::skipExercise);
    }

    /**
     * The repetition waiting for "done" (counting repetitions oneself) is done.
     *
     * @return whether one was waiting
     */
    public boolean done() {
        boolean waited = catchUp() && !questions.isAsking() && runner.done();
        afterRunner();
        return waited;
    }

    /** Whether paced repetitions wait for {@link #done()} instead of running at the tempo. */
    public void setManualMode(SessionRunner.ManualMode mode) {
        answer(() -> runner.setManualMode(mode));
    }

    /** Demonstration speed: this many times faster than real time, from now. */
    public void setSpeed(int speed) {
        answer(() -> runner.setSpeed(speed));
    }

    /**
     * "My pain is getting worse" (P, or the button): pauses at once and asks. At the check between exercises under
     * the leaflet's rule it is the answer "worse", and stops; under a physio's limit the check already asks for the
     * number.
     */
    public void reportPain() {
        answer(questions::reportPain);
    }

    /** Esc or Stop: pauses and asks whether to end the session. Asked again, it ends it. */
    public void requestEnd() {
        answer(questions::requestEnd);
    }

    /** "Yes, end the session" to {@link Question.EndSession}: what was done is kept. */
    public void confirmEnd() {
        answer(questions::confirmEnd);
    }

    /** A pain stop, as the answer to the pain question or to the check: "stop", "my pain is worse, stop". */
    public void stopForPain() {
        answer(questions::stopForPain);
    }

    /**
     * The answer that goes on: "no, carry on" to the pain question (exactly where it was, running if it was
     * running), "no worse, continue" at the check (the next exercise starts now), "no, carry on" to "end the
     * session?" (back where it was, the check again if it was asked over one).
     */
    public void carryOn() {
        answer(questions::goOn);
    }

    /**
     * Under a physio's limit, the pain from 0 to 10, in answer to the pain question or the check: above the limit
     * the session stops as a pain stop; at or under it, it goes on as with {@link #carryOn()}. Ignored under the
     * leaflet's rule, and when neither question is asked.
     */
    public void ratePain(int rating) {
        if (rating < 0 || rating > PainRule.SCALE_MAX) {
            throw new IllegalArgumentException("pain is rated from 0 to 10, got " + rating);
        }
        answer(() -> questions.ratePain(rating));
    }

    /** The app is closing: the session stops now, without a question. */
    public void close() {
        answer(() -> stop(StopReason.CLOSED, OptionalInt.empty()));
    }

    /** The pain rating given on the end screen; may be given again, to change it. */
    public void ratePainAfter(int rating) {
        if (summary == null) {
            throw new IllegalStateException("The pain after is asked once the session has ended");
        }
        rate(PainRating.Moment.AFTER, rating, -1);
        outbox.deliver();
    }

    // State --------------------------------------------------------------------------------------------------------

    public SessionSetup setup() {
        return setup;
    }

    public Plan plan() {
        return plan;
    }

    public PainRule painRule() {
        return setup.painRule();
    }

    /** Whether the pain questions ask for a number (a physio's limit) rather than yes or no. */
    public boolean asksForPainNumber() {
        return setup.painRule().isLimit();
    }

    /** The timing as of the last update or command, with times read from the clock now. */
    public SessionState state() {
        return runner.state();
    }

    /** The question being asked, if any; the session is paused while one is. */
    public Optional<Question> question() {
        return questions.question();
    }

    public boolean isStarted() {
        return started;
    }

    public boolean isEnded() {
        return summary != null;
    }

    public SessionRunner.ManualMode manualMode() {
        return runner.manualMode();
    }

    public int speed() {
        return runner.speed();
    }

    /** What is known of each exercise now. */
    public List<ExerciseRecord> records() {
        return ledger.records();
    }

    public ExerciseRecord record(int exerciseIndex) {
        return ledger.record(exerciseIndex);
    }

    /** How the session ended; empty until it has. */
    public Optional<SessionSummary> summary() {
        return Optional.ofNullable(summary);
    }

    // Inside -------------------------------------------------------------------------------------------------------

    private boolean isRunning() {
        return started && summary == null;
    }

    /** A command that moves through the session: ignored while a question is asked. */
    private void move(Runnable command) {
        if (catchUp() && !questions.isAsking()) {
            command.run();
        }
        afterRunner();
    }

    /** A command that may be given at any time the session runs, questions included. */
    private void answer(Runnable command) {
        if (catchUp()) {
            command.run();
        }
        afterRunner();
    }

    /** Brings the runner up to the clock and takes in what that did; returns whether the session still runs. */
    private boolean catchUp() {
        if (!isRunning()) {
            return false;
        }
        runner.update();
        takeRunnerEvents();
        return isRunning();
    }

    private void rate(PainRating.Moment moment, int rating, int exerciseIndex) {
        PainRating given = new PainRating(moment, rating, exerciseIndex);
        ratings.add(given);
        outbox.post(new SessionEvent.PainRated(given));
    }

    /** Stops here, for this reason: the exercise under way is stopped during, and the session ends. */
    private void stop(StopReason reason, OptionalInt rating) {
        runner.stop(reason);
        // Whatever the clock did since the last look comes first; if it finished the plan, nothing is left to stop.
        takeRunnerEvents();
        if (summary != null) {
            return;
        }
        StopPoint where = stopPoint();
        questions.clear();
        painAtStop = rating;
        ledger.stopped(where);
        outbox.post(new SessionEvent.Stopped(reason, Optional.of(where), rating));
        end(SessionSummary.Ending.of(reason));
    }

    private StopPoint stopPoint() {
        Optional<Question.BetweenExercises> check = questions.check();
        if (check.isPresent()) {
            return stopPoint(check.get().nextExercise(), -1, Optional.empty());
        }
        SessionState state = runner.state();
        return stopPoint(state.exerciseIndex(), state.phaseIndex(), Optional.ofNullable(state.phase()));
    }

    private StopPoint stopPoint(int exerciseIndex, int phaseIndex, Optional<Phase> phase) {
        var exercise = plan.routine().entry(exerciseIndex).exercise();
        return new StopPoint(exerciseIndex, exercise.id(), exercise.name(), phaseIndex, phase);
    }

    private void end(SessionSummary.Ending ending) {
        ledger.ended();
        long elapsedMillis = (clock.nanoTime() - startNanos) / 1_000_000;
        summary = new SessionSummary(ending, ledger.records(), ledger.stop(), painBefore, painAtStop, ratings,
                elapsedMillis);
        outbox.post(new SessionEvent.Ended(summary));
    }

    /** Turns what the runner reported into the session's events, then delivers them. */
    private void afterRunner() {
        takeRunnerEvents();
        outbox.deliver();
    }

    private void takeRunnerEvents() {
        List<RunnerEvent> events = List.copyOf(fromRunner);
        fromRunner.clear();
        for (RunnerEvent event : events) {
            if (event instanceof SessionEvent.PhaseStarted phaseStarted) {
                ledger.phaseStarted(phaseStarted.phase());
                outbox.post(phaseStarted);
            } else if (event instanceof SessionEvent.RepetitionCounted counted) {
                outbox.post(counted);
                ledger.counted(counted.phaseIndex(), counted.phase());
            } else if (event instanceof SessionEvent timing) {
                outbox.post(timing);
            } else if (event instanceof RunnerEvent.ExerciseLeft) {
                ledger.left();
            } else if (event instanceof RunnerEvent.HeldBefore held) {
                syncStatus();
                questions.askBefore(held.exerciseIndex());
            } else if (event instanceof RunnerEvent.PlanFinished) {
                end(SessionSummary.Ending.COMPLETED);
            }
        }
        syncStatus();
    }

    /** Tells listeners when the session pauses or runs again. */
    private void syncStatus() {
        if (summary != null) {
            return;
        }
        SessionRunner.Status now = runner.state().status();
        if (now == SessionRunner.Status.PAUSED && lastStatus == SessionRunner.Status.RUNNING) {
            outbox.post(new SessionEvent.Paused());
        } else if (now == SessionRunner.Status.RUNNING && lastStatus == SessionRunner.Status.PAUSED) {
            outbox.post(new SessionEvent.Resumed());
        }
        lastStatus = now;
    }
}
