package org.exerciseplayer.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.session.RunnerEvent.ExerciseLeft;
import org.exerciseplayer.session.SessionEvent.PhaseStarted;
import org.exerciseplayer.session.SessionEvent.RepetitionCounted;
import org.exerciseplayer.session.RunnerEvent.PlanFinished;
import org.exerciseplayer.session.SessionEvent.Switched;
import org.junit.jupiter.api.Test;

/** What a whole session reports, for every dose shape of the leaflet, and the manual "done" modes. */
class SessionEventsTest {

    private final ManualClock clock = new ManualClock();
    private final EventRecorder recorder = new EventRecorder();
    private final Plan clams = Fixtures.plan(Fixtures.clam());

    private SessionRunner runToTheEnd(Plan plan) {
        SessionRunner runner = new SessionRunner(plan, clock);
        runner.addListener(recorder);
        runner.start();
        while (runner.update().status() == SessionRunner.Status.RUNNING) {
            clock.advanceMillis(16);
        }
        return runner;
    }

    @Test
    void everyDoseShapeCountsTheWholeDoseOnEachSideAndDirection() {
        Catalogue catalogue = Fixtures.hipLikeCatalogue();
        runToTheEnd(Planner.plan(Routine.of(catalogue)));

        for (Exercise exercise : catalogue.exercises()) {
            Map<List<Object>, List<Integer>> counted = recorder.of(RepetitionCounted.class).stream()
                    .filter(r -> r.phase().exerciseId().equals(exercise.id()) && !r.phase().isPreparation())
                    .collect(Collectors.groupingBy(r -> Arrays.asList(r.phase().side(), r.phase().direction()),
                            Collectors.mapping(RepetitionCounted::repetition, Collectors.toList())));
            int lanes = (exercise.dose().sides() == org.exerciseplayer.catalogue.Sides.NONE ? 1 : 2)
                    * Math.max(1, exercise.dose().directions().names().size());
            assertThat(counted).as(exercise.id()).hasSize(lanes);
            counted.values().forEach(reps -> assertThat(reps).as(exercise.id())
                    .hasSize(exercise.dose().repetitions()).isSorted());
        }
        assertThat(recorder.of(ExerciseLeft.class)).extracting(ExerciseLeft::exerciseId)
                .containsExactlyElementsOf(catalogue.exercises().stream().map(Exercise::id).toList());
        assertThat(recorder.of(ExerciseLeft.class)).noneMatch(ExerciseLeft::skipped);
        assertThat(recorder.events).filteredOn(PlanFinished.class::isInstance).hasSize(1);
        assertThat(recorder.events).last().isEqualTo(new PlanFinished());
    }

    @Test
    void switchesAreReportedOnceForEachSideAndOnEveryAlternation() {
        runToTheEnd(Fixtures.plan(Fixtures.hipFlexorStretch()));
        assertThat(recorder.of(Switched.class)).extracting(Switched::side).containsExactly(Side.RIGHT);

        recorder.takeAll();
        runToTheEnd(Fixtures.plan(Fixtures.singleLegRotations()));
        assertThat(recorder.of(Switched.class)).extracting(s -> s.side() + " " + s.direction())
                .containsExactly("LEFT anticlockwise", "RIGHT clockwise", "RIGHT anticlockwise");

        recorder.takeAll();
        runToTheEnd(Fixtures.plan(Fixtures.singleLegStretch()));
        assertThat(recorder.of(Switched.class)).hasSize(19);
    }

    @Test
    void preparationRepetitionsAreCountedWithTheirLabel() {
        runToTheEnd(Fixtures.plan(Fixtures.donkeyKicks()));

        assertThat(recorder.of(RepetitionCounted.class)).filteredOn(r -> r.phase().isPreparation())
                .extracting(RepetitionCounted::repetition).containsExactly(1, 2, 3, 4);
        assertThat(recorder.of(RepetitionCounted.class)).hasSize(4 + 40);
    }

    private SessionRunner clamsStartedIn(SessionRunner.ManualMode mode) {
        SessionRunner runner = new SessionRunner(clams, clock);
        runner.setManualMode(mode);
        runner.addListener(recorder);
        runner.start();
        return runner;
    }

    @Test
    void inManualModeEachRepetitionWaitsForDone() {
        SessionRunner runner = clamsStartedIn(SessionRunner.ManualMode.PER_REPETITION);

        clock.advanceMillis(5_000 + 60_000);
        SessionState waiting = runner.update();
        assertThat(waiting.phaseIndex()).isEqualTo(1);
        assertThat(waiting.awaitingDone()).isTrue();
        assertThat(waiting.phaseRemainingMillis()).isZero();
        recorder.takeAll();

        assertThat(runner.done()).isTrue();

        assertThat(recorder.takeAll()).containsExactly(new RepetitionCounted(1, clams.phase(1)),
                new PhaseStarted(2, clams.phase(2)));
        assertThat(runner.state().phaseElapsedMillis()).isZero();
        assertThat(runner.state().awaitingDone()).isTrue();
    }

    @Test
    void inManualModeTimedPhasesStillRunOnTheClock() {
        SessionRunner runner = clamsStartedIn(SessionRunner.ManualMode.PER_REPETITION);

        assertThat(runner.done()).as("the get-ready is not a repetition").isFalse();
        clock.advanceMillis(5_000);
        assertThat(runner.update().phaseIndex()).isEqualTo(1);
        for (int rep = 1; rep <= 20; rep++) {
            clock.advanceMillis(1_234);
            assertThat(runner.done()).isTrue();
        }
        SessionState state = runner.state();
        assertThat(clams.phase(state.phaseIndex()).kind()).isEqualTo(Phase.Kind.SWITCH);
        clock.advanceMillis(4_999);
        assertThat(runner.update().phaseIndex()).isEqualTo(state.phaseIndex());
        clock.advanceMillis(1);
        assertThat(runner.update().phaseIndex()).isEqualTo(state.phaseIndex() + 1);
    }

    @Test
    void perSetOneDoneCompletesTheWholeSideAndCountsEveryRepetition() {
        SessionRunner runner = clamsStartedIn(SessionRunner.ManualMode.PER_SET);
        clock.advanceMillis(5_000);
        runner.update();
        recorder.takeAll();

        clock.advanceMillis(45_000);
        runner.done();

        assertThat(recorder.of(RepetitionCounted.class)).extracting(RepetitionCounted::repetition)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(runner.state().phase().kind()).isEqualTo(Phase.Kind.SWITCH);
        assertThat(runner.state().phase().side()).isEqualTo(Side.RIGHT);
    }

    @Test
    void turningManualModeOffRestartsTheWaitingRepetitionAtTheTempo() {
        SessionRunner runner = clamsStartedIn(SessionRunner.ManualMode.PER_REPETITION);
        clock.advanceMillis(30_000);
        runner.update();

        runner.setManualMode(SessionRunner.ManualMode.OFF);

        SessionState state = runner.state();
        assertThat(state.awaitingDone()).isFalse();
        assertThat(state.phaseIndex()).isEqualTo(1);
        assertThat(state.phaseRemainingMillis()).isEqualTo(3_000);
    }
}
