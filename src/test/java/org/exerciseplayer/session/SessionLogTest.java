package org.exerciseplayer.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.catalogue.Sides;
import org.junit.jupiter.api.Test;

class SessionLogTest {

    private final ManualClock clock = new ManualClock();

    private SessionRunner runner(Plan plan, SessionLog log) {
        SessionRunner runner = new SessionRunner(plan, clock);
        runner.addListener(log);
        runner.start();
        return runner;
    }

    private void runUntilFinished(SessionRunner runner) {
        while (runner.update().status() == SessionRunner.Status.RUNNING) {
            clock.advanceMillis(100);
        }
    }

    @Test
    void aWholeSessionIsDoneWithTheFullDoseOnEachSideAndNoPreparationCounted() {
        Plan plan = Fixtures.plan(Fixtures.hipFlexorStretch(), Fixtures.donkeyKicks());
        SessionLog log = new SessionLog(plan);
        runUntilFinished(runner(plan, log));

        assertThat(log.isFinished()).isTrue();
        assertThat(log.exercisesWith(SessionLog.Outcome.DONE)).containsExactly(0, 1);
        assertThat(log.completed(0, Side.RIGHT)).isEqualTo(3);
        assertThat(log.completed(0, Side.LEFT)).isEqualTo(3);
        assertThat(log.completed(1, Side.RIGHT)).isEqualTo(20);
        assertThat(log.completed(1, Side.LEFT)).isEqualTo(20);
        assertThat(log.stop()).isEmpty();
    }

    @Test
    void skippedExerciseIsMarkedSkippedAndKeepsWhatWasDone() {
        Plan plan = Fixtures.plan(Fixtures.hipFlexorStretch(), Fixtures.innerThighStretch());
        SessionLog log = new SessionLog(plan);
        SessionRunner runner = runner(plan, log);
        // Get ready, then the first hold on the first side (left in the fixtures), and a little into the rest.
        clock.advanceMillis(plan.endMillis(1) + 100);
        runner.update();
        runner.skipExercise();
        runUntilFinished(runner);

        assertThat(log.outcome(0)).isEqualTo(SessionLog.Outcome.SKIPPED);
        assertThat(log.completed(0, Side.LEFT)).isEqualTo(1);
        assertThat(log.completed(0, Side.RIGHT)).isZero();
        assertThat(log.outcome(1)).isEqualTo(SessionLog.Outcome.DONE);
        assertThat(log.completedWithoutSide(1)).isEqualTo(3);
    }

    @Test
    void painStopRecordsTheExerciseAndPhaseWhereItHappened() {
        Plan plan = Fixtures.plan(Fixtures.innerThighStretch(), Fixtures.exercise("clam",
                Fixtures.reps(20, Sides.EACH)));
        SessionLog log = new SessionLog(plan);
        SessionRunner runner = runner(plan, log);
        int secondHoldStart = 3;
        clock.advanceMillis(plan.startMillis(secondHoldStart) + 500);
        runner.update();
        runner.stop(StopReason.PAIN);

        assertThat(log.stop()).hasValueSatisfying(stop -> {
            assertThat(stop.reason()).isEqualTo(StopReason.PAIN);
            assertThat(stop.phaseIndex()).isEqualTo(secondHoldStart);
            assertThat(stop.phase().kind()).isEqualTo(Phase.Kind.HOLD);
            assertThat(stop.phase().repetition()).isEqualTo(2);
        });
        assertThat(log.outcome(0)).isEqualTo(SessionLog.Outcome.STOPPED);
        assertThat(log.outcome(1)).isEqualTo(SessionLog.Outcome.NOT_REACHED);
        assertThat(log.completedWithoutSide(0)).isEqualTo(1);
        assertThat(log.isFinished()).isFalse();
    }
}
