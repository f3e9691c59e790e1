package org.exerciseplayer.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.exerciseplayer.session.Fixtures.describe;

import java.util.List;
import org.exerciseplayer.catalogue.Directions;
import org.exerciseplayer.catalogue.Pacing;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.catalogue.Sides;
import org.junit.jupiter.api.Test;

class PlannerTest {

    @Test
    void holdWithoutSidesIsPositionThenHoldsWithRestsBetween() {
        Plan plan = Fixtures.plan(Fixtures.innerThighStretch());

        assertThat(describe(plan)).containsExactly(
                "POSITION 5s",
                "HOLD 1/3 20s", "REST 1/3 5s",
                "HOLD 2/3 20s", "REST 2/3 5s",
                "HOLD 3/3 20s");
        assertThat(plan.totalSeconds()).isEqualTo(5 + 3 * 20 + 2 * 5);
    }

    @Test
    void holdOnEachSideGivesTheWholeDoseToEachSideWithASwitchAndAGetReadyBetween() {
        Plan plan = Fixtures.plan(Fixtures.hipFlexorStretch());

        assertThat(describe(plan)).containsExactly(
                "POSITION L 5s",
                "HOLD L 1/3 20s", "REST L 1/3 5s", "HOLD L 2/3 20s", "REST L 2/3 5s", "HOLD L 3/3 20s",
                "SWITCH R 5s",
                "POSITION R 5s",
                "HOLD R 1/3 20s", "REST R 1/3 5s", "HOLD R 2/3 20s", "REST R 2/3 5s", "HOLD R 3/3 20s");
    }

    @Test
    void alternatingHoldsTakeTurnsAndCountPerSide() {
        Plan plan = Fixtures.plan(Fixtures.exercise("rotations", Fixtures.hold(10, 2, Sides.ALTERNATING)));

        assertThat(describe(plan)).containsExactly(
                "POSITION 5s",
                "HOLD L 1/2 10s", "REST L 1/2 5s", "HOLD R 1/2 10s", "REST R 1/2 5s",
                "HOLD L 2/2 10s", "REST L 2/2 5s", "HOLD R 2/2 10s");
    }

    @Test
    void tenAlternatingRepetitionsAreTwentyPacedRepetitionsTenOnEachSide() {
        Plan plan = Fixtures.plan(Fixtures.singleLegStretch());

        List<Phase> reps = plan.phases().stream().filter(p -> p.kind() == Phase.Kind.REP).toList();
        assertThat(reps).hasSize(20);
        assertThat(reps).filteredOn(p -> p.side() == Side.LEFT).extracting(Phase::repetition)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(reps).filteredOn(p -> p.side() == Side.RIGHT).extracting(Phase::repetition)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(reps).extracting(Phase::side).startsWith(Side.LEFT, Side.RIGHT, Side.LEFT, Side.RIGHT);
        assertThat(reps).allSatisfy(p -> assertThat(p.seconds()).isEqualTo(3));
        assertThat(plan.totalSeconds()).isEqualTo(5 + 20 * 3);
    }

    @Test
    void pacedRepetitionsOnEachSideUseTheTempo() {
        Plan plan = Fixtures.plan(Fixtures.clam());

        assertThat(describe(plan)).startsWith("POSITION L 5s", "REP L 1/20 3s", "REP L 2/20 3s");
        assertThat(describe(plan)).containsSubsequence("REP L 20/20 3s", "SWITCH R 5s", "POSITION R 5s",
                "REP R 1/20 3s");
        assertThat(plan.totalSeconds()).isEqualTo(5 + 20 * 3 + 5 + 5 + 20 * 3);
    }

    @Test
    void timedMovementIsOnePhasePerSidePerDirection() {
        Plan plan = Fixtures.plan(Fixtures.singleLegRotations());

        assertThat(describe(plan)).containsExactly(
                "POSITION L clockwise 5s", "TIMED L clockwise 1/1 30s",
                "SWITCH L anticlockwise 5s", "TIMED L anticlockwise 1/1 30s",
                "SWITCH R clockwise 5s", "POSITION R clockwise 5s", "TIMED R clockwise 1/1 30s",
                "SWITCH R anticlockwise 5s", "TIMED R anticlockwise 1/1 30s");
    }

    @Test
    void alternatingDirectionsWithoutSidesTakeTurnsAndCountPerDirection() {
        Plan plan = Fixtures.plan(Fixtures.pelvicTilts());

        assertThat(describe(plan)).startsWith("POSITION 5s",
                "REP backwards 1/10 3s", "REP forwards 1/10 3s", "REP backwards 2/10 3s");
        assertThat(describe(plan)).endsWith("REP backwards 10/10 3s", "REP forwards 10/10 3s");
        assertThat(plan.size()).isEqualTo(1 + 20);
    }

    @Test
    void preparationComesBeforeTheFirstSideWithItsOwnGetReady() {
        Plan plan = Fixtures.plan(Fixtures.donkeyKicks());

        assertThat(describe(plan)).startsWith(
                "POSITION 5s",
                "REP 1/4 3s cat/camel stretch", "REP 2/4 3s cat/camel stretch",
                "REP 3/4 3s cat/camel stretch", "REP 4/4 3s cat/camel stretch",
                "POSITION L 5s", "REP L 1/20 3s");
        assertThat(plan.phases()).filteredOn(Phase::isPreparation).hasSize(4);
        assertThat(plan.phases()).filteredOn(p -> p.kind() == Phase.Kind.REP && !p.isPreparation()).hasSize(40);
    }

    @Test
    void transitionsOfZeroSecondsAreLeftOut() {
        Plan plan = Fixtures.plan(Fixtures.exercise("quick", Fixtures.hold(10, 2, Sides.EACH),
                new Pacing(0, 0, 3, 0)));

        assertThat(describe(plan)).containsExactly("HOLD L 1/2 10s", "HOLD L 2/2 10s",
                "HOLD R 1/2 10s", "HOLD R 2/2 10s");
    }

    @Test
    void pacedRepetitionsFollowEachOtherWithoutRestsWhileHoldsGetThem() {
        Plan plan = Fixtures.plan(Fixtures.exercise("slow", Fixtures.reps(2, Sides.NONE), new Pacing(5, 2, 4, 5)),
                Fixtures.exercise("timed", new org.exerciseplayer.catalogue.Dose(0, 2, 30, Sides.NONE, null,
                        Directions.NONE, java.util.OptionalInt.empty(), java.util.Optional.empty()),
                        new Pacing(5, 2, 4, 5)));

        assertThat(describe(plan)).containsExactly("POSITION 5s", "REP 1/2 4s", "REP 2/2 4s",
                "POSITION 5s", "TIMED 1/2 30s", "REST 1/2 2s", "TIMED 2/2 30s");
    }

    @Test
    void theFirstSideIsTheOneTheDoseNamesFirst() {
        var dose = Fixtures.hold(10, 1, Sides.EACH);
        var rightFirst = new org.exerciseplayer.catalogue.Dose(10, 1, 0, Sides.EACH, Side.RIGHT, Directions.NONE,
                dose.timesPerDay(), dose.preparation());

        Plan plan = Fixtures.plan(Fixtures.exercise("right-first", rightFirst));

        assertThat(describe(plan)).containsExactly("POSITION R 5s", "HOLD R 1/1 10s", "SWITCH L 5s",
                "POSITION L 5s", "HOLD L 1/1 10s");
    }

    @Test
    void theWholeCatalogueIsPlannedInLeafletOrderWithExerciseBoundaries() {
        var catalogue = Fixtures.hipLikeCatalogue();
        Plan plan = Planner.plan(Routine.of(catalogue));

        assertThat(plan.exerciseCount()).isEqualTo(catalogue.exercises().size());
        for (int e = 0; e < plan.exerciseCount(); e++) {
            String id = catalogue.exercises().get(e).id();
            assertThat(plan.phase(plan.firstPhaseOf(e)).exerciseId()).isEqualTo(id);
            assertThat(plan.phase(plan.lastPhaseOf(e)).exerciseId()).isEqualTo(id);
            assertThat(plan.phase(plan.firstPhaseOf(e)).kind()).isEqualTo(Phase.Kind.POSITION);
        }
        assertThat(plan.firstPhaseOf(plan.exerciseCount())).isEqualTo(plan.size());
    }

    @Test
    void phaseAtFindsThePhaseUnderWayAtAnOffset() {
        Plan plan = Fixtures.plan(Fixtures.innerThighStretch());

        assertThat(plan.phaseAt(0)).isZero();
        assertThat(plan.phaseAt(4_999)).isZero();
        assertThat(plan.phaseAt(5_000)).isEqualTo(1);
        assertThat(plan.phaseAt(plan.totalMillis() - 1)).isEqualTo(plan.size() - 1);
        assertThat(plan.phaseAt(plan.totalMillis())).isEqualTo(plan.size());
    }

    @Test
    void switchesAreMarkedOnSwitchPhasesAndOnAlternatingChangesOnly() {
        Plan each = Fixtures.plan(Fixtures.hipFlexorStretch());
        Plan alternating = Fixtures.plan(Fixtures.exercise("alt", Fixtures.hold(10, 1, Sides.ALTERNATING)));
        Plan prepared = Fixtures.plan(Fixtures.donkeyKicks());

        assertThat(switchIndices(each)).containsExactly(6);
        assertThat(describe(alternating)).containsExactly("POSITION 5s", "HOLD L 1/1 10s", "REST L 1/1 5s",
                "HOLD R 1/1 10s");
        assertThat(switchIndices(alternating)).containsExactly(3);
        assertThat(switchIndices(prepared)).containsExactly(prepared.phases().indexOf(
                prepared.phases().stream().filter(p -> p.kind() == Phase.Kind.SWITCH).findFirst().orElseThrow()));
    }

    @Test
    void aDoseWithoutRepetitionsIsRejectedWithTheExerciseNamed() {
        var exercise = Fixtures.exercise("broken", Fixtures.hold(10, 0, Sides.NONE));

        assertThatThrownBy(() -> Fixtures.plan(exercise))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'broken'");
    }

    private static List<Integer> switchIndices(Plan plan) {
        return java.util.stream.IntStream.range(0, plan.size()).filter(plan::switchesAt).boxed().toList();
    }
}
