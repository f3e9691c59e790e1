package org.exerciseplayer.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.exerciseplayer.session.RunnerEvent.ExerciseLeft;
import org.exerciseplayer.session.SessionEvent.PhaseStarted;
import org.exerciseplayer.session.SessionEvent.RepetitionCounted;
import org.exerciseplayer.session.RunnerEvent.PlanFinished;
import org.exerciseplayer.session.RunnerEvent.Halted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Skip, back, jump, restart and stop, in virtual time. */
class SessionNavigationTest {

    private final ManualClock clock = new ManualClock();
    private final EventRecorder recorder = new EventRecorder();
    /** Inner thigh stretch (6 phases), hip flexor stretch (13 phases), clam. */
    private final Plan plan = Fixtures.plan(Fixtures.innerThighStretch(), Fixtures.hipFlexorStretch(),
            Fixtures.clam());
    private SessionRunner runner;

    @BeforeEach
    void start() {
        runner = new SessionRunner(plan, clock);
        runner.addListener(recorder);
        runner.start();
    }

    @Test
    void skipPhaseStartsTheNextPhaseNowWithoutCountingTheSkippedOne() {
        clock.advanceMillis(5_000 + 3_000);
        runner.update();
        recorder.takeAll();

        runner.skipPhase();

        assertThat(recorder.takeAll()).containsExactly(new PhaseStarted(2, plan.phase(2)));
        assertThat(runner.state().phaseIndex()).isEqualTo(2);
        assertThat(runner.state().phaseElapsedMillis()).isZero();
        clock.advanceMillis(plan.phase(2).durationMillis());
        assertThat(runner.update().phaseIndex()).isEqualTo(3);
    }

    @Test
    void anExerciseWithASkippedPhaseIsReportedAsSkipped() {
        runner.skipPhase();
        clock.advanceMillis(plan.endMillis(plan.lastPhaseOf(0)) - plan.startMillis(1));
        runner.update();

        assertThat(recorder.of(ExerciseLeft.class)).containsExactly(
                new ExerciseLeft(0, "inner-thigh-stretch", true));
    }

    @Test
    void skipExerciseGoesToTheNextExercisesGetReady() {
        clock.advanceMillis(9_000);
        runner.update();
        recorder.takeAll();

        runner.skipExercise();

        assertThat(recorder.takeAll()).containsExactly(new ExerciseLeft(0, "inner-thigh-stretch", true),
                new PhaseStarted(plan.firstPhaseOf(1), plan.phase(plan.firstPhaseOf(1))));
        assertThat(runner.state().exerciseIndex()).isEqualTo(1);
    }

    @Test
    void skippingTheLastExerciseFinishesTheSession() {
        runner.jumpTo(2);
        recorder.takeAll();

        runner.skipExercise();

        assertThat(recorder.takeAll()).containsExactly(new ExerciseLeft(2, "clam", true), new PlanFinished());
        assertThat(runner.state().isFinished()).isTrue();
        assertThat(runner.state().phase()).isNull();
    }

    @Test
    void backGoesToTheStartOfTheCurrentExercise() {
        clock.advanceMillis(plan.startMillis(plan.firstPhaseOf(1) + 3) + 1_500);
        runner.update();

        runner.back();

        assertThat(runner.state().phaseIndex()).isEqualTo(plan.firstPhaseOf(1));
        assertThat(runner.state().phaseElapsedMillis()).isZero();
    }

    @Test
    void backDuringAnExercisesGetReadyGoesToThePreviousExercise() {
        clock.advanceMillis(plan.startMillis(plan.firstPhaseOf(1)) + 1_000);
        runner.update();

        runner.back();

        assertThat(runner.state().phaseIndex()).isZero();
        runner.back();
        assertThat(runner.state().phaseIndex()).isZero();
    }

    @Test
    void jumpGoesToAnyExerciseAndTimingContinuesFromThere() {
        runner.jumpTo(2);
        assertThat(runner.state().phaseIndex()).isEqualTo(plan.firstPhaseOf(2));

        clock.advanceMillis(plan.totalMillis() - plan.startMillis(plan.firstPhaseOf(2)));
        assertThat(runner.update().status()).isEqualTo(SessionRunner.Status.FINISHED);
    }

    @Test
    void aPausedSessionStaysPausedAfterAJumpWithTheWholePhaseAhead() {
        runner.pause();
        runner.jumpTo(1);
        clock.advanceMillis(60_000);

        SessionState state = runner.update();
        assertThat(state.isPaused()).isTrue();
        assertThat(state.phaseIndex()).isEqualTo(plan.firstPhaseOf(1));
        assertThat(state.phaseRemainingMillis()).isEqualTo(plan.phase(plan.firstPhaseOf(1)).durationMillis());
    }

    @Test
    void restartAfterTheEndRunsTheWholePlanAgain() {
        clock.advanceMillis(plan.totalMillis());
        runner.update();
        assertThat(runner.state().status()).isEqualTo(SessionRunner.Status.FINISHED);

        runner.restart();

        assertThat(runner.state().status()).isEqualTo(SessionRunner.Status.RUNNING);
        assertThat(runner.state().phaseIndex()).isZero();
        clock.advanceMillis(plan.totalMillis() - 1);
        assertThat(runner.update().status()).isEqualTo(SessionRunner.Status.RUNNING);
    }

    @Test
    void stopReportsWhyAndFreezesTheSession() {
        clock.advanceMillis(7_000);
        runner.update();
        recorder.takeAll();

        runner.stop(StopReason.PAIN);
        clock.advanceMillis(600_000);
        runner.update();
        runner.skipPhase();

        assertThat(recorder.takeAll()).containsExactly(new Halted(StopReason.PAIN));
        SessionState state = runner.state();
        assertThat(state.status()).isEqualTo(SessionRunner.Status.STOPPED);
        assertThat(state.stopReason()).isEqualTo(StopReason.PAIN);
        assertThat(state.elapsedMillis()).isEqualTo(7_000);
        assertThat(state.phaseIndex()).isEqualTo(1);
    }

    @Test
    void boundariesPassedBeforeACommandAreReportedBeforeIt() {
        recorder.takeAll();
        clock.advanceMillis(5_000 + 20_000 + 1_000);

        runner.skipPhase();

        List<RunnerEvent> events = recorder.takeAll();
        assertThat(events).filteredOn(PhaseStarted.class::isInstance).containsExactly(
                new PhaseStarted(1, plan.phase(1)), new PhaseStarted(2, plan.phase(2)),
                new PhaseStarted(3, plan.phase(3)));
        assertThat(events).filteredOn(RepetitionCounted.class::isInstance).hasSize(1);
    }

    @Test
    void commandsBeforeTheStartAreRejected() {
        SessionRunner fresh = new SessionRunner(plan, clock);

        assertThatThrownBy(fresh::pause).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(fresh::skipPhase).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(runner::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> runner.jumpTo(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> runner.setSpeed(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aListenerThatCallsACommandIsToldSoAndTheSessionCarriesOn() {
        List<Throwable> refused = new java.util.ArrayList<>();
        runner.addListener(event -> {
            try {
                runner.pause();
            } catch (IllegalStateException e) {
                refused.add(e);
            }
        });

        clock.advanceMillis(5_000);
        runner.update();

        assertThat(refused).isNotEmpty();
        assertThat(runner.state().status()).isEqualTo(SessionRunner.Status.RUNNING);
        assertThat(runner.state().phaseIndex()).isEqualTo(1);
    }
}
