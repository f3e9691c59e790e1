package org.exerciseplayer.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Preparation;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.catalogue.Sides;

/** Checks that a plan gives an exercise exactly its dose on each side and in each direction. */
final class DoseAssertions {

    private DoseAssertions() {
    }

    static void assertWholeDose(Plan plan, int exerciseIndex) {
        Exercise exercise = plan.routine().entry(exerciseIndex).exercise();
        Dose dose = plan.routine().entry(exerciseIndex).dose();
        List<Phase> phases = plan.phases().subList(plan.firstPhaseOf(exerciseIndex),
                plan.lastPhaseOf(exerciseIndex) + 1);
        Map<List<Object>, List<Phase>> byLane = new LinkedHashMap<>();
        for (Phase phase : phases) {
            if (phase.kind().isWork() && !phase.isPreparation()) {
                byLane.computeIfAbsent(lane(phase.side(), phase.direction()), k -> new ArrayList<>()).add(phase);
            }
        }
        assertThat(byLane.keySet()).as(exercise.id() + ": sides and directions")
                .containsExactlyInAnyOrderElementsOf(lanes(dose));
        int unit = workSeconds(exercise, dose);
        byLane.forEach((lane, work) -> {
            assertThat(work).as(exercise.id() + " " + lane).extracting(Phase::repetition)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, dose.repetitions()).boxed().toList());
            assertThat(work).as(exercise.id() + " " + lane).allSatisfy(p -> {
                assertThat(p.of()).isEqualTo(dose.repetitions());
                assertThat(p.seconds()).isEqualTo(unit);
            });
        });
        assertThat(phases.stream().filter(Phase::isPreparation).count()).as(exercise.id() + ": preparation")
                .isEqualTo((long) dose.preparation().map(Preparation::repetitions).orElse(0));
    }

    /** The seconds of one work phase: the hold, the tempo or the duration. */
    static int workSeconds(Exercise exercise, Dose dose) {
        return switch (dose.kind()) {
            case HOLD -> dose.holdSeconds();
            case REPETITIONS -> exercise.pacing().secondsPerRepetition();
            case TIMED -> dose.durationSeconds();
        };
    }

    /** Every (side, direction) pair the dose is owed to; null where there is no side or no direction. */
    static List<List<Object>> lanes(Dose dose) {
        List<Side> sides = dose.sides() == Sides.NONE ? Arrays.asList((Side) null)
                : List.of(dose.firstSide(), dose.firstSide().other());
        List<String> directions = dose.directions().isNone() ? Arrays.asList((String) null)
                : dose.directions().names();
        List<List<Object>> lanes = new ArrayList<>();
        for (Side side : sides) {
            for (String direction : directions) {
                lanes.add(lane(side, direction));
            }
        }
        return lanes;
    }

    static List<Object> lane(Side side, String direction) {
        return Arrays.asList(side, direction);
    }
}
