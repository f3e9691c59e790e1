package org.exerciseplayer.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.exerciseplayer.catalogue.Sides;
import org.exerciseplayer.session.SessionEvent.CountdownTick;
import org.exerciseplayer.session.SessionEvent.PhaseStarted;
import org.exerciseplayer.session.RunnerEvent.PlanFinished;
import org.junit.jupiter.api.Test;

/** The runner's time keeping, in virtual time. */
class SessionTimingTest {

    private final ManualClock clock = new ManualClock();
    private final EventRecorder recorder = new EventRecorder();

    private SessionRunner started(Plan plan) {
        SessionRunner runner = new SessionRunner(plan, clock);
        runner.addListener(recorder);
        runner.start();
        return runner;
    }

    @Test
    void eachBoundaryIsCrossedExactlyWhenTheClockReachesIt() {
        Plan plan = Fixtures.plan(Fixtures.hipFlexorStretch(), Fixtures.singleLegRotations());
        SessionRunner runner = started(plan);

        long at = 0;
        for (int i = 1; i <= plan.size(); i++) {
            long boundary = plan.startMillis(i) * 1_000_000L;
            clock.advanceNanos(boundary - 1 - at);
            assertThat(runner.update().phaseIndex()).isEqualTo(i - 1);
            clock.advanceNanos(1);
            assertThat(runner.update().phaseIndex()).isEqualTo(i);
            at = boundary;
        }
        assertThat(runner.state().status()).isEqualTo(SessionRunner.Status.FINISHED);
        assertThat(recorder.events).last().isEqualTo(new PlanFinished());
    }

    @Test
    void aThirtyMinuteSessionWithIrregularFramesEndsExactlyOnTimeAndNeverShowsTheWrongPhase() {
        var exercise = Fixtures.exercise("hold", Fixtures.hold(17, 7, Sides.EACH));
        long count = 30 * 60_000 / Fixtures.plan(exercise).totalMillis() + 1;
        Plan plan = Planner.plan(Routine.of(Collections.nCopies((int) count, exercise)));
        assertThat(plan.totalMillis()).isGreaterThanOrEqualTo(30 * 60_000);
        SessionRunner runner = started(plan);
        Random random = new Random(7);

        long elapsedNanos = 0;
        while (runner.state().status() == SessionRunner.Status.RUNNING) {
            long frame = 1_000_000L + random.nextInt(49_000_000);
            clock.advanceNanos(frame);
            elapsedNanos += frame;
            SessionState state = runner.update();
            assertThat(state.phaseIndex()).isEqualTo(plan.phaseAt(elapsedNanos / 1_000_000));
        }
        long finishedWithin = elapsedNanos - plan.totalMillis() * 1_000_000L;
        assertThat(finishedWithin).as("finished on the first frame at or after the total").isBetween(0L, 50_000_000L);
        assertThat(recorder.phasesStarted()).hasSize(plan.size());
    }

    @Test
    void theSessionEndsAtTheTotalToTheNanosecondInVirtualTime() {
        Plan plan = Planner.plan(Routine.of(Fixtures.hipLikeCatalogue()));
        SessionRunner runner = started(plan);

        clock.advanceNanos(plan.totalMillis() * 1_000_000L - 1);
        assertThat(runner.update().status()).isEqualTo(SessionRunner.Status.RUNNING);
        assertThat(runner.state().remainingMillis()).isEqualTo(1);
        clock.advanceNanos(1);
        assertThat(runner.update().status()).isEqualTo(SessionRunner.Status.FINISHED);
        assertThat(runner.state().elapsedMillis()).isEqualTo(plan.totalMillis());
    }

    @Test
    void aLongGapDeliversEveryBoundaryCrossedInOrder() {
        Plan plan = Planner.plan(Routine.of(Fixtures.hipLikeCatalogue()));
        SessionRunner fine = started(plan);
        for (int second = 0; second < 600; second++) {
            clock.advanceMillis(1000);
            fine.update();
        }
        List<RunnerEvent> everyFrame = recorder.takeAll();

        ManualClock frozenClock = new ManualClock();
        EventRecorder frozen = new EventRecorder();
        SessionRunner runner = new SessionRunner(plan, frozenClock);
        runner.addListener(frozen);
        runner.start();
        frozenClock.advanceMillis(600_000);
        runner.update();

        assertThat(frozen.events).containsExactlyElementsOf(everyFrame);
        assertThat(frozen.of(PhaseStarted.class)).hasSizeGreaterThan(50);
    }

    @Test
    void theLastThreeSecondsOfATimedPhaseAreCountedDown() {
        Plan plan = Fixtures.plan(Fixtures.exercise("two", Fixtures.hold(20, 1, Sides.NONE),
                new org.exerciseplayer.catalogue.Pacing(2, 0, 3, 0)));
        SessionRunner runner = started(plan);
        recorder.takeAll();

        List<String> heard = new ArrayList<>();
        for (int tenth = 1; tenth <= 220; tenth++) {
            clock.advanceMillis(100);
            runner.update();
            for (RunnerEvent event : recorder.takeAll()) {
                if (event instanceof CountdownTick tick) {
                    heard.add(tick.phase().kind() + " " + tick.secondsLeft() + " at " + tenth / 10.0);
                }
            }
        }

        assertThat(heard).containsExactly("POSITION 1 at 1.0",
                "HOLD 3 at 19.0", "HOLD 2 at 20.0", "HOLD 1 at 21.0");
    }

    @Test
    void aTwoSecondPhaseCountsTwoAndOneStartingAtItsStart() {
        Plan plan = Fixtures.plan(Fixtures.exercise("two", Fixtures.hold(20, 1, Sides.NONE),
                new org.exerciseplayer.catalogue.Pacing(2, 0, 3, 0)));
        SessionRunner runner = started(plan);

        assertThat(recorder.takeAll()).containsExactly(new PhaseStarted(0, plan.phase(0)),
                new CountdownTick(0, plan.phase(0), 2));
        clock.advanceMillis(1000);
        runner.update();
        assertThat(recorder.takeAll()).containsExactly(new CountdownTick(0, plan.phase(0), 1));
    }

    @Test
    void pauseKeepsTheExactRemainingTime() {
        Plan plan = Fixtures.plan(Fixtures.innerThighStretch());
        SessionRunner runner = started(plan);
        clock.advanceMillis(5_000 + 7_300);
        runner.update();
        runner.pause();
        long remaining = runner.state().phaseRemainingMillis();

        clock.advanceMillis(3_600_000);
        runner.update();
        assertThat(runner.state().phaseRemainingMillis()).isEqualTo(remaining).isEqualTo(12_700);
        assertThat(runner.state().isPaused()).isTrue();
        runner.resume();
        clock.advanceNanos(12_700 * 1_000_000L - 1);
        assertThat(runner.update().phaseIndex()).isEqualTo(1);
        clock.advanceNanos(1);
        assertThat(runner.update().phaseIndex()).isEqualTo(2);
    }

    @Test
    void manyShortPausesLoseNoTime() {
        Plan plan = Fixtures.plan(Fixtures.innerThighStretch());
        SessionRunner runner = started(plan);

        long running = 0;
        while (runner.update().status() == SessionRunner.Status.RUNNING) {
            clock.advanceNanos(333_333_333);
            running += 333_333_333;
            runner.pause();
            clock.advanceMillis(777);
            runner.resume();
        }
        assertThat(running - plan.totalMillis() * 1_000_000L).isBetween(0L, 333_333_333L);
    }

    private static Plan oneTwentySecondHold() {
        return Fixtures.plan(Fixtures.exercise("hold", Fixtures.hold(20, 1, Sides.NONE),
                new org.exerciseplayer.catalogue.Pacing(0, 0, 3, 0)));
    }

    @Test
    void atFourTimesSpeedATwentySecondHoldLastsFiveSeconds() {
        SessionRunner runner = started(oneTwentySecondHold());
        runner.setSpeed(4);

        clock.advanceNanos(5_000_000_000L - 1);
        assertThat(runner.update().status()).isEqualTo(SessionRunner.Status.RUNNING);
        assertThat(runner.state().phaseRemainingMillis()).isEqualTo(1);
        clock.advanceNanos(1);
        assertThat(runner.update().status()).isEqualTo(SessionRunner.Status.FINISHED);
    }

    @Test
    void changingSpeedKeepsTheTimeAlreadyRun() {
        SessionRunner runner = started(oneTwentySecondHold());

        clock.advanceMillis(2_000);
        runner.setSpeed(8);
        assertThat(runner.state().phaseElapsedMillis()).isEqualTo(2_000);
        clock.advanceMillis(1_000);
        assertThat(runner.update().phaseElapsedMillis()).isEqualTo(10_000);
        runner.setSpeed(2);
        clock.advanceMillis(4_999);
        assertThat(runner.update().status()).isEqualTo(SessionRunner.Status.RUNNING);
        clock.advanceMillis(1);
        assertThat(runner.update().status()).isEqualTo(SessionRunner.Status.FINISHED);
    }

    @Test
    void stateBeforeTheStartShowsTheFirstPhaseAndTheWholeTotal() {
        Plan plan = Fixtures.plan(Fixtures.innerThighStretch());
        SessionRunner runner = new SessionRunner(plan, clock);

        SessionState state = runner.state();
        assertThat(state.status()).isEqualTo(SessionRunner.Status.READY);
        assertThat(state.phase()).isEqualTo(plan.phase(0));
        assertThat(state.remainingMillis()).isEqualTo(plan.totalMillis());
        assertThat(state.phaseRemainingMillis()).isEqualTo(5_000);
    }
}
