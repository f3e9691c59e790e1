package org.exerciseplayer.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.exerciseplayer.catalogue.Directions;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Pacing;
import org.exerciseplayer.catalogue.PlanSize;
import org.exerciseplayer.catalogue.Sides;
import org.junit.jupiter.api.Test;

/**
 * {@link PlanSize} works out, without making it, the session the {@link Planner} makes: for every dose shape, side
 * rule, direction order, preparation and pacing (with and without zero-second transitions), the two agree on the
 * number of phases and the seconds.
 */
class PlanSizeTest {

    private static final List<Pacing> PACINGS = List.of(new Pacing(5, 5, 3, 5), new Pacing(0, 0, 1, 0),
            new Pacing(120, 300, 60, 120), new Pacing(10, 0, 4, 7));
    private static final List<Directions> DIRECTIONS = List.of(Directions.NONE,
            new Directions(List.of("clockwise", "anticlockwise"), Directions.Order.EACH),
            new Directions(List.of("up", "down", "out"), Directions.Order.ALTERNATING));

    @Test
    void theSizeWorkedOutIsTheSizeOfThePlanMadeForEveryShapeOfDose() {
        int compared = 0;
        for (Dose dose : doses()) {
            for (Pacing pacing : PACINGS) {
                Plan plan = Fixtures.plan(Fixtures.exercise("e", dose, pacing));
                PlanSize size = PlanSize.of(dose, pacing);
                assertThat(size).as(dose + " at " + pacing)
                        .isEqualTo(new PlanSize(plan.size(), plan.totalSeconds()));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(3 * 3 * 3 * 2 * 4);
    }

    @Test
    void aRoutinesSizeIsTheSumOfItsExercises() {
        Exercise first = Fixtures.exercise("a", Fixtures.hold(20, 3, Sides.EACH));
        Exercise second = Fixtures.exercise("b", Fixtures.reps(10, Sides.ALTERNATING));
        Routine routine = Routine.of(List.of(first, second, first));
        Plan plan = Planner.plan(routine);

        assertThat(Planner.size(routine)).isEqualTo(new PlanSize(plan.size(), plan.totalSeconds()));
    }

    @Test
    void aSessionOfExactlyFourHoursFitsAndOneSecondMoreDoesNot() {
        // 24 holds of 600 s without transitions: exactly 14,400 s.
        Pacing none = new Pacing(0, 0, 1, 0);
        Exercise fourHours = Fixtures.exercise("long", Fixtures.hold(600, 24, Sides.NONE), none);
        Exercise oneMore = Fixtures.exercise("one", Fixtures.hold(1, 1, Sides.NONE), none);

        PlanSize exactly = Planner.size(Routine.of(List.of(fourHours)));
        assertThat(exactly.seconds()).isEqualTo(PlanSize.MAX_SESSION_SECONDS);
        assertThat(exactly.fits()).isTrue();
        PlanSize over = Planner.size(Routine.of(List.of(fourHours, oneMore)));
        assertThat(over.fits()).isFalse();
        assertThat(over.excess() + "; " + over.limit())
                .isEqualTo("takes more than 4 hours; a session may take at most 4 hours");
    }

    @Test
    void tooManyPhasesDoNotFitASessionEvenWithinFourHours() {
        Exercise quick = Fixtures.exercise("quick", Fixtures.reps(500, Sides.ALTERNATING), new Pacing(0, 0, 1, 0));
        PlanSize six = Planner.size(Routine.of(java.util.Collections.nCopies(6, quick)));
        assertThat(six).isEqualTo(new PlanSize(6_000, 6_000));
        assertThat(six.fits()).isFalse();
        assertThat(six.excess() + "; " + six.limit()).isEqualTo(
                "has 6,000 phases (holds, repetitions, rests, switches); a session may have at most 5,000 phases");
    }

    @Test
    void theBiggestPlanIsMadeAndOnePhaseMoreIsRefusedBeforeAnyPhaseIsMade() {
        Exercise quick = Fixtures.exercise("quick", Fixtures.reps(500, Sides.ALTERNATING), new Pacing(0, 0, 1, 0));
        assertThat(Planner.plan(Routine.of(java.util.Collections.nCopies(200, quick))).size())
                .isEqualTo(PlanSize.MAX_CATALOGUE_PHASES);

        Exercise one = Fixtures.exercise("one", Fixtures.hold(1, 1, Sides.NONE), new Pacing(0, 0, 1, 0));
        List<Exercise> over = new ArrayList<>(java.util.Collections.nCopies(200, quick));
        over.add(one);
        assertThatThrownBy(() -> Planner.plan(Routine.of(over))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("This plan would have 200,001 phases; no plan may have more than 200,000");
    }

    @Test
    void aSessionThatWouldPassTwoToTheThirtyOneSecondsIsWorkedOutWithoutOverflow() {
        Dose maximum = Fixtures.withDirections(Fixtures.hold(600, 500, Sides.EACH), new Directions(
                List.of("1", "2", "3", "4", "5", "6", "7", "8"), Directions.Order.EACH));
        Exercise exercise = Fixtures.exercise("max", maximum, new Pacing(120, 300, 60, 120));
        Routine routine = Routine.of(java.util.Collections.nCopies(300, exercise));

        PlanSize size = Planner.size(routine);
        assertThat(size.seconds()).isGreaterThan(Integer.MAX_VALUE);
        assertThat(size.fits()).isFalse();
        assertThatThrownBy(() -> Planner.plan(routine)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void durationsAreSaidInWords() {
        assertThat(PlanSize.duration(50)).isEqualTo("50 seconds");
        assertThat(PlanSize.duration(60)).isEqualTo("1 minute");
        assertThat(PlanSize.duration(4 * 3600 + 12 * 60 + 30)).isEqualTo("4 hours 12 minutes");
        assertThat(PlanSize.duration(83L * 86_400 + 5)).isEqualTo("83 days");
    }

    private static List<Dose> doses() {
        List<Dose> doses = new ArrayList<>();
        for (Sides sides : Sides.values()) {
            for (Directions directions : DIRECTIONS) {
                for (Dose dose : List.of(Fixtures.hold(7, 3, sides), Fixtures.reps(4, sides),
                        Fixtures.timed(30, sides, Directions.NONE))) {
                    Dose shaped = Fixtures.withDirections(dose, directions);
                    doses.add(shaped);
                    doses.add(Fixtures.withPreparation(shaped, "cat/camel stretch", 4));
                }
            }
        }
        return doses;
    }
}
