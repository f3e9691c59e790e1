package org.exerciseplayer.session;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs a {@link Plan} against a {@link Clock}: the state machine of a session and the source of its events.
 *
 * <p><b>Time.</b> Phase boundaries are offsets from the start of the plan ("plan time"), computed from one
 * anchor as {@code anchorPlan + (clock - anchorClock) * speed} ({@link PlanClock}). Pausing freezes plan time;
 * resuming, changing speed, skipping, going back, jumping and "done" set a new anchor. Nothing is accumulated
 * from frame to frame, so a boundary is crossed exactly when the clock reaches it, however irregular the calls
 * to {@link #update()}.
 *
 * <p><b>Use.</b> Call {@link #update()} once per display frame (it advances from the clock and delivers
 * events to listeners), then read {@link #state()}. Commands first bring the session up to the clock, so
 * events of boundaries already passed come before the command's own. Commands on a session that has finished
 * or been stopped are ignored (a click can race the end); before {@link #start()} they are an error, except
 * {@link #restart()}, {@link #setSpeed(int)} and {@link #setManualMode(ManualMode)}.
 *
 * <p>Not thread-safe: use it from one thread (the UI thread). Listeners may read {@link #state()} but not
 * call commands or {@link #update()} (that throws {@link IllegalStateException}): react on the next frame.
 */
public final class SessionRunner {

    /** Where a session is in its life. */
    public enum Status { READY, RUNNING, PAUSED, FINISHED, STOPPED }

    /**
     * Whether REP phases run at the catalogue's tempo or wait for the person. The plan's predicted total still
     * counts the tempo, as an estimate.
     */
    public enum ManualMode {
        /** Every REP phase lasts the catalogue's seconds per repetition. */
        OFF,
        /** Every REP phase waits for {@link #done()}: one press per repetition. */
        PER_REPETITION,
        /**
         * A REP phase waits for {@link #done()}, and one press completes the whole set: this REP phase and the
         * REP phases that directly follow it in the same exercise (up to the next switch or get-ready).
         */
        PER_SET
    }

    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int COUNTDOWN_SECONDS = 3;

    private final Plan plan;
    private final PlanClock time;
    private final RunnerListeners listeners = new RunnerListeners();

    private Status status = Status.READY;
    private ManualMode manualMode = ManualMode.OFF;
    private int index;
    private int nextCountdown;
    private boolean awaitingDone;
    private boolean exerciseSkipped;
    private StopReason stopReason;
    private boolean holdBeforeExercises;
    /** Held at the first phase of an exercise, not yet entered (see {@link #holdBeforeExercises(boolean)}). */
    private boolean held;

    public SessionRunner(Plan plan, Clock clock) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.time = new PlanClock(Objects.requireNonNull(clock, "clock"));
    }

    public Plan plan() {
        return plan;
    }

    public void addListener(Consumer<RunnerEvent> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<RunnerEvent> listener) {
        listeners.remove(listener);
    }

    /**
     * Whether moving forward into a new exercise (at the end of the one before, or by a skip or "done") holds at its
     * first phase, paused, before starting it, with a {@link RunnerEvent.HeldBefore}: then nothing of the next
     * exercise runs, however late the next update comes, until {@link #resume()} starts it. The {@link Session}
     * asks for this, to ask its question between exercises. Off by default.
     */
    public void holdBeforeExercises(boolean hold) {
        this.holdBeforeExercises = hold;
    }

    /** Starts the first phase now. */
    public void start() {
        requireNotDelivering();
        if (status != Status.READY) {
            throw new IllegalStateException("Already started: " + status);
        }
        status = Status.RUNNING;
        time.run();
        moveTo(0);
    }

    /** Advances the session to the clock, delivering the events of every boundary crossed, in order. */
    public SessionState update() {
        advance();
        return state();
    }

    /** Freezes plan time: the current phase keeps exactly its remaining time. */
    public void pause() {
        if (bringUpToDate() && status == Status.RUNNING) {
            time.freeze();
            status = Status.PAUSED;
        }
    }

    /** Runs again from where it was paused; held before an exercise, starts that exercise's first phase now. */
    public void resume() {
        if (requireStarted() && status == Status.PAUSED) {
            status = Status.RUNNING;
            time.run();
            if (held) {
                enter(index);
            }
        }
    }

    /** Ends the current phase now, without counting it, and starts the next. */
    public void skipPhase() {
        if (bringUpToDate()) {
            exerciseSkipped = true;
            leave(index, false);
            forwardTo(index + 1, true);
        }
    }

    /** Leaves the current exercise, without counting the rest of it, and starts the next. */
    public void skipExercise() {
        if (bringUpToDate()) {
            int exercise = currentExercise();
            exerciseSkipped = true;
            fire(new RunnerEvent.ExerciseLeft(exercise, plan.phase(index).exerciseId(), true));
            forwardTo(plan.firstPhaseOf(exercise + 1), true);
        }
    }

    /**
     * Goes to the start of the current exercise; when already in its first phase (its get-ready), to the start
     * of the previous exercise instead. In the first phase of the first exercise, restarts that phase.
     */
    public void back() {
        if (bringUpToDate()) {
            int exercise = currentExercise();
            boolean atStart = index == plan.firstPhaseOf(exercise);
            moveTo(plan.firstPhaseOf(atStart && exercise > 0 ? exercise - 1 : exercise));
        }
    }

    /** Goes to the start of an exercise of the routine. A paused session stays paused there. */
    public void jumpTo(int exerciseIndex) {
        Objects.checkIndex(exerciseIndex, plan.exerciseCount());
        if (bringUpToDate()) {
            moveTo(plan.firstPhaseOf(exerciseIndex));
        }
    }

    /** Starts the whole plan again from its first phase, running, whatever the current state. */
    public void restart() {
        requireNotDelivering();
        status = Status.RUNNING;
        stopReason = null;
        time.run();
        moveTo(0);
    }

    /** Stops the session before its end. */
    public void stop(StopReason reason) {
        Objects.requireNonNull(reason, "reason");
        if (bringUpToDate()) {
            time.freeze();
            status = Status.STOPPED;
            stopReason = reason;
            awaitingDone = false;
            held = false;
            fire(new RunnerEvent.Halted(reason));
        }
    }

    /**
     * Sets how many times faster than real time the plan runs (the app offers 1, 2, 4 and 8 for clinic
     * demonstrations). Takes effect from now; the time already run is kept.
     */
    public void setSpeed(int speed) {
        if (speed < 1) {
            throw new IllegalArgumentException("Speed must be at least 1: " + speed);
        }
        advance();
        time.setSpeed(speed);
    }

    public int speed() {
        return time.speed();
    }

    /**
     * Sets whether REP phases wait for {@link #done()}. Switching it off while a repetition waits starts that
     * repetition's tempo from now.
     */
    public void setManualMode(ManualMode mode) {
        Objects.requireNonNull(mode, "mode");
        advance();
        manualMode = mode;
        if (held || status != Status.RUNNING && status != Status.PAUSED) {
            return;
        }
        boolean waits = waitsForDone(plan.phase(index));
        if (awaitingDone && !waits) {
            moveTo(index);
        } else {
            awaitingDone = waits;
        }
    }

    public ManualMode manualMode() {
        return manualMode;
    }

    /**
     * The person has done the repetition (or, per set, the set) that is waiting: counts it and starts the next
     * phase now.
     *
     * @return whether anything was waiting for "done"
     */
    public boolean done() {
        if (!bringUpToDate() || !awaitingDone) {
            return false;
        }
        int last = manualMode == ManualMode.PER_SET ? lastOfSet(index) : index;
        for (int i = index; i < last; i++) {
            fire(new SessionEvent.RepetitionCounted(i, plan.phase(i)));
        }
        leave(last, true);
        forwardTo(last + 1, true);
        return true;
    }

    /** A snapshot of the session as of the last update or command, with times read from the clock now. */
    public SessionState state() {
        boolean over = index >= plan.size();
        Phase phase = over ? null : plan.phase(index);
        long start = startNanos(index);
        long end = over ? start : endNanos(index);
        long position = Math.max(start, Math.min(end, time.nanos()));
        long total = startNanos(plan.size());
        int exercise = over ? plan.exerciseCount() - 1 : phase.exerciseIndex();
        return new SessionState(status, index, phase, exercise, millis(position - start),
                awaitingDone ? 0 : millisUp(end - position), millis(position), millisUp(total - position), time.speed(),
                awaitingDone, stopReason);
    }

    private void advance() {
        requireNotDelivering();
        if (status != Status.RUNNING) {
            return;
        }
        long now = time.nanos();
        while (status == Status.RUNNING && !awaitingDone) {
            long end = endNanos(index);
            fireCountdowns(now);
            if (now < end) {
                return;
            }
            leave(index, true);
            forwardTo(index + 1, false);
        }
    }

    /** Advances to the clock; returns whether the session is running or paused, so a command applies. */
    private boolean bringUpToDate() {
        requireStarted();
        advance();
        return status == Status.RUNNING || status == Status.PAUSED;
    }

    private boolean requireStarted() {
        requireNotDelivering();
        if (status == Status.READY) {
            throw new IllegalStateException("The session has not started");
        }
        return true;
    }

    private void requireNotDelivering() {
        listeners.requireNotDelivering();
    }

    private void fireCountdowns(long now) {
        long start = startNanos(index);
        long end = endNanos(index);
        while (nextCountdown > 0) {
            long at = end - nextCountdown * NANOS_PER_SECOND;
            if (at > now) {
                return;
            }
            if (at >= start) {
                fire(new SessionEvent.CountdownTick(index, plan.phase(index), nextCountdown));
            }
            nextCountdown--;
        }
    }

    /** Ends a phase: counts it if it was completed, and reports its exercise done if it was the last. */
    private void leave(int phaseIndex, boolean completed) {
        Phase phase = plan.phase(phaseIndex);
        if (completed && phase.kind().isWork()) {
            fire(new SessionEvent.RepetitionCounted(phaseIndex, phase));
        }
        if (phaseIndex == plan.lastPhaseOf(phase.exerciseIndex())) {
            fire(new RunnerEvent.ExerciseLeft(phase.exerciseIndex(), phase.exerciseId(), exerciseSkipped));
        }
    }

    /**
     * Goes on to a later phase: holds before it if it begins a new exercise and {@link #holdBeforeExercises} is on,
     * else starts it, from now ({@code fromNow}, after a command) or at its planned start (when time reached it).
     */
    private void forwardTo(int phaseIndex, boolean fromNow) {
        if (holdBeforeExercises && phaseIndex > 0 && phaseIndex < plan.size()
                && phaseIndex == plan.firstPhaseOf(plan.phase(phaseIndex).exerciseIndex())) {
            index = phaseIndex;
            time.freeze();
            time.set(startNanos(phaseIndex));
            status = Status.PAUSED;
            awaitingDone = false;
            held = true;
            fire(new RunnerEvent.HeldBefore(plan.phase(phaseIndex).exerciseIndex()));
        } else if (fromNow) {
            moveTo(phaseIndex);
        } else {
            enter(phaseIndex);
        }
    }

    /** Makes a phase current from now (re-anchoring plan time at its start) and starts it. */
    private void moveTo(int phaseIndex) {
        time.set(startNanos(phaseIndex));
        enter(phaseIndex);
    }

    /** Starts a phase at its planned start, or finishes the session after the last one. */
    private void enter(int phaseIndex) {
        index = phaseIndex;
        held = false;
        if (phaseIndex >= plan.size()) {
            time.freeze();
            time.set(startNanos(plan.size()));
            status = Status.FINISHED;
            awaitingDone = false;
            fire(new RunnerEvent.PlanFinished());
            return;
        }
        Phase phase = plan.phase(phaseIndex);
        if (phaseIndex == plan.firstPhaseOf(phase.exerciseIndex())) {
            exerciseSkipped = false;
        }
        nextCountdown = COUNTDOWN_SECONDS;
        awaitingDone = waitsForDone(phase);
        fire(new SessionEvent.PhaseStarted(phaseIndex, phase));
        if (plan.switchesAt(phaseIndex)) {
            fire(new SessionEvent.Switched(phaseIndex, phase));
        }
        if (!awaitingDone) {
            fireCountdowns(startNanos(phaseIndex));
        }
    }

    private boolean waitsForDone(Phase phase) {
        return manualMode != ManualMode.OFF && phase.kind() == Phase.Kind.REP;
    }

    /** The last of the REP phases that follow one another from here, within one exercise. */
    private int lastOfSet(int first) {
        int lastOfExercise = plan.lastPhaseOf(plan.phase(first).exerciseIndex());
        int last = first;
        while (last < lastOfExercise && plan.phase(last + 1).kind() == Phase.Kind.REP) {
            last++;
        }
        return last;
    }

    private int currentExercise() {
        return plan.phase(index).exerciseIndex();
    }

    private long startNanos(int phaseIndex) {
        return plan.startMillis(phaseIndex) * NANOS_PER_MILLI;
    }

    private long endNanos(int phaseIndex) {
        return plan.endMillis(phaseIndex) * NANOS_PER_MILLI;
    }

    private void fire(RunnerEvent event) {
        listeners.fire(event);
    }

    private static long millis(long nanos) {
        return nanos / NANOS_PER_MILLI;
    }

    private static long millisUp(long nanos) {
        return (nanos + NANOS_PER_MILLI - 1) / NANOS_PER_MILLI;
    }
}
