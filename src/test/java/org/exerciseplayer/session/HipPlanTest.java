package org.exerciseplayer.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exerciseplayer.session.Fixtures.describe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.session.RunnerEvent.ExerciseLeft;
import org.exerciseplayer.session.SessionEvent.RepetitionCounted;
import org.exerciseplayer.session.SessionEvent.Switched;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every dose shape of the bundled {@code exercises/hip.json}, planned and run in virtual time. The catalogue's
 * pacing: get ready 10 s, rest 5 s, 4 s per repetition (5 s for the pelvic tilts), switch 5 s.
 */
class HipPlanTest {

    private static Catalogue hip;
    private static Plan plan;

    @BeforeAll
    static void load() throws Exception {
        hip = BundledCatalogue.load();
        plan = Planner.plan(Routine.of(hip));
    }

    private static List<String> phasesOf(String exerciseId) {
        int index = hip.exercises().indexOf(hip.exercise(exerciseId).orElseThrow());
        return describe(plan).subList(plan.firstPhaseOf(index), plan.lastPhaseOf(index) + 1);
    }

    @Test
    void everyExerciseGetsItsWholeDoseOnEverySideAndInEveryDirection() {
        assertThat(plan.exerciseCount()).isEqualTo(hip.exercises().size());
        for (int e = 0; e < plan.exerciseCount(); e++) {
            DoseAssertions.assertWholeDose(plan, e);
        }
        assertThat(plan.phases().stream().mapToLong(Phase::durationMillis).sum()).isEqualTo(plan.totalMillis());
    }

    @Test
    void alternatingHoldsTakeTurnsWithARestBetweenEachHold() {
        List<String> phases = phasesOf("lower-back-rotations");

        assertThat(phases).startsWith("POSITION 10s", "HOLD R 1/10 10s", "REST R 1/10 5s", "HOLD L 1/10 10s",
                "REST L 1/10 5s", "HOLD R 2/10 10s");
        assertThat(phases).endsWith("HOLD R 10/10 10s", "REST R 10/10 5s", "HOLD L 10/10 10s");
        assertThat(phases).hasSize(1 + 20 + 19);
    }

    @Test
    void holdsOnEachSideStartOnTheFirstSideAndGiveTheOtherTheSame() {
        assertThat(phasesOf("hip-flexor-stretch")).containsExactly(
                "POSITION R 10s", "HOLD R 1/3 20s", "REST R 1/3 5s", "HOLD R 2/3 20s", "REST R 2/3 5s",
                "HOLD R 3/3 20s",
                "SWITCH L 5s", "POSITION L 10s", "HOLD L 1/3 20s", "REST L 1/3 5s", "HOLD L 2/3 20s",
                "REST L 2/3 5s", "HOLD L 3/3 20s");
        assertThat(phasesOf("hamstring-stretch")).startsWith("POSITION R 10s", "HOLD R 1/3 20s")
                .contains("SWITCH L 5s");
    }

    @Test
    void holdsWithoutSidesHaveNoSwitch() {
        assertThat(phasesOf("inner-thigh-stretch")).containsExactly("POSITION 10s", "HOLD 1/3 20s",
                "REST 1/3 5s", "HOLD 2/3 20s", "REST 2/3 5s", "HOLD 3/3 20s");
    }

    @Test
    void circlesAreThirtySecondsInEachDirectionOnEachLeg() {
        assertThat(phasesOf("single-leg-rotations")).containsExactly(
                "POSITION R clockwise 10s", "TIMED R clockwise 1/1 30s",
                "SWITCH R anticlockwise 5s", "TIMED R anticlockwise 1/1 30s",
                "SWITCH L clockwise 5s", "POSITION L clockwise 10s", "TIMED L clockwise 1/1 30s",
                "SWITCH L anticlockwise 5s", "TIMED L anticlockwise 1/1 30s");
    }

    @Test
    void pelvicTiltsAlternateDirectionsTenEachAtTheirSlowerTempo() {
        List<String> phases = phasesOf("deep-core-activation");

        assertThat(phases).startsWith("POSITION 10s", "REP backwards (posterior tilt) 1/10 5s",
                "REP forwards (anterior tilt) 1/10 5s", "REP backwards (posterior tilt) 2/10 5s");
        assertThat(phases).hasSize(1 + 20).last().isEqualTo("REP forwards (anterior tilt) 10/10 5s");
    }

    @Test
    void pacedRepetitionsFollowTheTempoWithoutRests() {
        assertThat(phasesOf("single-leg-stretch")).hasSize(1 + 20)
                .startsWith("POSITION 10s", "REP R 1/10 4s", "REP L 1/10 4s", "REP R 2/10 4s");
        assertThat(phasesOf("clam")).hasSize(1 + 20 + 2 + 20)
                .containsSubsequence("REP R 20/20 4s", "SWITCH L 5s", "POSITION L 10s", "REP L 1/20 4s");
        assertThat(phasesOf("single-leg-hip-openers")).startsWith("POSITION R 10s", "REP R 1/10 4s");
        assertThat(phasesOf("side-leg-lift")).hasSize(1 + 10 + 2 + 10);
    }

    @Test
    void donkeyKicksStartWithFourCatCamelStretchesThenTwentyOnEachLeg() {
        List<String> phases = phasesOf("donkey-kicks");

        assertThat(phases).startsWith("POSITION 10s",
                "REP 1/4 4s cat/camel stretch", "REP 2/4 4s cat/camel stretch",
                "REP 3/4 4s cat/camel stretch", "REP 4/4 4s cat/camel stretch",
                "POSITION R 10s", "REP R 1/20 4s");
        assertThat(phases).containsSubsequence("REP R 20/20 4s", "SWITCH L 5s", "POSITION L 10s",
                "REP L 1/20 4s", "REP L 20/20 4s");
        assertThat(phases).hasSize(1 + 4 + 1 + 20 + 2 + 20);
    }

    @Test
    void theWholeSessionRunsInVirtualTimeCountingEveryRepetitionAndEndingOnTheTotal() {
        ManualClock clock = new ManualClock();
        EventRecorder recorder = new EventRecorder();
        SessionRunner runner = new SessionRunner(plan, clock);
        runner.addListener(recorder);
        runner.start();

        long frames = 0;
        while (runner.update().status() == SessionRunner.Status.RUNNING) {
            clock.advanceNanos(16_666_667);
            frames++;
        }

        long total = plan.totalMillis() * 1_000_000;
        assertThat(frames * 16_666_667).isBetween(total, total + 16_666_667);
        Map<String, Long> counted = recorder.of(RepetitionCounted.class).stream()
                .collect(Collectors.groupingBy(r -> r.phase().exerciseId(), Collectors.counting()));
        for (Exercise exercise : hip.exercises()) {
            long expected = (long) exercise.dose().repetitions() * DoseAssertions.lanes(exercise.dose()).size()
                    + exercise.dose().preparation().map(p -> p.repetitions()).orElse(0);
            assertThat(counted.get(exercise.id())).as(exercise.id()).isEqualTo(expected);
        }
        assertThat(recorder.of(ExerciseLeft.class)).extracting(ExerciseLeft::exerciseId)
                .containsExactlyElementsOf(hip.exercises().stream().map(Exercise::id).toList());
        assertThat(recorder.of(Switched.class)).filteredOn(s -> s.phase().exerciseId().equals("single-leg-rotations"))
                .hasSize(3);
    }

    @Test
    void thePlanPrintsAsTextAndJsonWithTheSameTotal() throws Exception {
        String text = PlanText.render(plan, hip, java.util.Locale.ENGLISH);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(PlanJson.render(plan, hip));

        assertThat(text).startsWith("Hip exercises: 14 exercises\n").contains("14. Donkey kicks\n")
                .endsWith("(" + PlanText.clock(plan.totalSeconds()) + ")\n");
        assertThat(json.get("catalogue").asText()).isEqualTo("hip");
        assertThat(json.get("totalSeconds").asInt()).isEqualTo(plan.totalSeconds());
        List<Integer> seconds = new ArrayList<>();
        json.get("phases").forEach(p -> seconds.add(p.get("seconds").asInt()));
        assertThat(seconds.stream().mapToInt(Integer::intValue).sum()).isEqualTo(plan.totalSeconds());
        assertThat(Collections.frequency(seconds, 0)).isZero();
    }
}
