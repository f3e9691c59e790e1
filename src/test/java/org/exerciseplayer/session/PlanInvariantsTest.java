package org.exerciseplayer.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.exerciseplayer.catalogue.Directions;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Pacing;
import org.exerciseplayer.catalogue.Preparation;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.catalogue.Sides;
import org.junit.jupiter.api.Test;

/** Properties every plan keeps, checked over hundreds of generated doses (seeded, so failures repeat). */
class PlanInvariantsTest {

    private static final int CASES = 500;

    @Test
    void phasesSumToThePredictedTotal() {
        forEachGeneratedPlan((plan, exercises) -> {
            long sum = plan.phases().stream().mapToLong(Phase::durationMillis).sum();
            assertThat(plan.totalMillis()).isEqualTo(sum);
            assertThat(plan.totalSeconds() * 1000L).isEqualTo(sum);
            for (int i = 0; i < plan.size(); i++) {
                assertThat(plan.endMillis(i) - plan.startMillis(i)).isEqualTo(plan.phase(i).durationMillis());
            }
        });
    }

    @Test
    void eachSideAndDirectionReceivesTheWholeDoseExactlyOnce() {
        forEachGeneratedPlan((plan, exercises) -> {
            for (int e = 0; e < exercises.size(); e++) {
                DoseAssertions.assertWholeDose(plan, e);
            }
        });
    }

    @Test
    void noPhaseHasZeroLengthAndNoRestEndsABlock() {
        forEachGeneratedPlan((plan, exercises) -> {
            for (int i = 0; i < plan.size(); i++) {
                Phase phase = plan.phase(i);
                assertThat(phase.seconds()).isPositive();
                if (phase.kind() == Phase.Kind.REST) {
                    assertThat(i + 1).isLessThan(plan.size());
                    Phase next = plan.phase(i + 1);
                    assertThat(next.exerciseIndex()).isEqualTo(phase.exerciseIndex());
                    assertThat(next.kind().isWork()).as("a rest leads to more work").isTrue();
                }
            }
        });
    }

    @Test
    void theTotalIsTheDosePlusOneGetReadyPerSideAndOneSwitchBetweenBlocks() {
        forEachGeneratedPlan((plan, exercises) -> {
            long expected = 0;
            for (Exercise exercise : exercises) {
                Dose dose = exercise.dose();
                Pacing pacing = exercise.pacing();
                int sideBlocks = dose.sides() == Sides.EACH ? 2 : 1;
                int blocks = sideBlocks * (dose.directions().order() == Directions.Order.EACH
                        ? Math.max(1, dose.directions().names().size()) : 1);
                int workPerBlock = dose.repetitions() * DoseAssertions.lanes(dose).size() / blocks;
                int unit = DoseAssertions.workSeconds(exercise, dose);
                int rest = dose.kind() == Dose.Kind.REPETITIONS ? 0 : pacing.restSeconds();
                // A get-ready for each side, not for a new direction on the same side.
                expected += sideBlocks * pacing.getReadySeconds();
                expected += blocks * (workPerBlock * unit + (workPerBlock - 1) * rest);
                expected += (blocks - 1) * pacing.switchSeconds();
                int prep = dose.preparation().map(Preparation::repetitions).orElse(0);
                if (prep > 0) {
                    expected += pacing.getReadySeconds() + prep * pacing.secondsPerRepetition();
                }
            }
            assertThat(plan.totalSeconds()).isEqualTo(expected);
        });
    }

    private interface PlanCheck {
        void check(Plan plan, List<Exercise> exercises);
    }

    private static void forEachGeneratedPlan(PlanCheck check) {
        Random random = new Random(20240611L);
        for (int n = 0; n < CASES; n++) {
            List<Exercise> exercises = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int e = 0; e < count; e++) {
                exercises.add(Fixtures.exercise("generated-" + n + "-" + e, randomDose(random), randomPacing(random)));
            }
            Plan plan = Planner.plan(Routine.of(exercises));
            try {
                check.check(plan, exercises);
            } catch (AssertionError failure) {
                throw new AssertionError("Case " + n + ": " + exercises.stream().map(Exercise::dose).toList()
                        + " with " + exercises.stream().map(Exercise::pacing).toList(), failure);
            }
        }
    }

    private static Dose randomDose(Random random) {
        Sides sides = Sides.values()[random.nextInt(Sides.values().length)];
        Side first = sides == Sides.NONE ? null : Side.values()[random.nextInt(2)];
        Directions directions = switch (random.nextInt(3)) {
            case 0 -> Directions.NONE;
            case 1 -> new Directions(names(random), Directions.Order.EACH);
            default -> new Directions(names(random), Directions.Order.ALTERNATING);
        };
        Optional<Preparation> preparation = random.nextInt(4) == 0
                ? Optional.of(new Preparation("warm-up", 1 + random.nextInt(5))) : Optional.empty();
        int repetitions = 1 + random.nextInt(12);
        return switch (random.nextInt(3)) {
            case 0 -> new Dose(1 + random.nextInt(60), repetitions, 0, sides, first, directions, OptionalInt.empty(),
                    preparation);
            case 1 -> new Dose(0, repetitions, 0, sides, first, directions, OptionalInt.empty(), preparation);
            default -> new Dose(0, random.nextBoolean() ? 1 : repetitions, 1 + random.nextInt(90), sides, first,
                    directions, OptionalInt.empty(), preparation);
        };
    }

    private static List<String> names(Random random) {
        return List.of("clockwise", "anticlockwise", "up").subList(0, 2 + random.nextInt(2));
    }

    private static Pacing randomPacing(Random random) {
        return new Pacing(random.nextInt(11), random.nextInt(11), 1 + random.nextInt(6), random.nextInt(11));
    }
}
