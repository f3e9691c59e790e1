package org.exerciseplayer.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.session.Routine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The player's and the end screen's words for a phase read as a patient would say them (issue 17). */
class PhaseWordsTest {

    private static Plan plan;

    @BeforeAll
    static void plan() throws Exception {
        Catalogue hip = BundledCatalogue.load();
        plan = Planner.plan(Routine.of(hip));
    }

    private static Phase first(String exercise, Phase.Kind kind, int repetition, Side side) {
        return plan.phases().stream().filter(p -> p.exerciseId().equals(exercise) && p.kind() == kind
                && p.repetition() == repetition && p.side() == side).findFirst().orElseThrow();
    }

    @Test
    void aPacedRepetitionIsNamedOnceNotAsATitleAndAgainAsACount() {
        Phase rep = first("clam", Phase.Kind.REP, 6, Side.RIGHT);

        assertThat(PhaseWords.title(rep, false)).isEqualTo("Repetition 6 of 20");
        assertThat(PhaseWords.repetition(rep)).isEmpty();
        assertThat(PhaseWords.side(rep.side())).isEqualTo("Right side");
    }

    @Test
    void aTimedMovementSaysHowLongAndWhichWayNeverRepetitionOneOfOne() {
        Phase circles = plan.phases().stream().filter(p -> p.kind() == Phase.Kind.TIMED
                && "anticlockwise".equals(p.direction())).findFirst().orElseThrow();

        assertThat(PhaseWords.title(circles, false)).isEqualTo("Keep moving");
        assertThat(PhaseWords.repetition(circles)).isEqualTo("30 seconds anticlockwise");
        assertThat(PhaseWords.direction(circles)).as("said in the count already").isEmpty();
        assertThat(PlayerText.describe(circles)).isEqualTo("30 seconds anticlockwise on the right side");
    }

    @Test
    void aHoldCountsAndItsRestSaysWhichWasDone() {
        Phase hold = first("hip-flexor-stretch", Phase.Kind.HOLD, 2, Side.LEFT);
        Phase rest = first("hip-flexor-stretch", Phase.Kind.REST, 2, Side.LEFT);

        assertThat(PhaseWords.title(hold, false)).isEqualTo("Hold");
        assertThat(PhaseWords.repetition(hold)).isEqualTo("2 of 3");
        assertThat(PhaseWords.repetition(rest)).isEqualTo("2 of 3 done");
        assertThat(PhaseWords.brief(hold, false)).isEqualTo("hold 2 of 3, 20 seconds, left side");
        assertThat(PlayerText.describe(hold)).isEqualTo("hold 2 of 3 on the left side");
        assertThat(PlayerText.describe(rest)).isEqualTo("the rest after hold 2 of 3 on the left side");
    }

    @Test
    void whereASessionStoppedReadsAsASentence() {
        Phase rep = first("clam", Phase.Kind.REP, 6, Side.RIGHT);
        Phase tilt = plan.phases().stream().filter(p -> p.exerciseId().equals("deep-core-activation")
                && p.kind() == Phase.Kind.REP && p.repetition() == 3).findFirst().orElseThrow();
        Phase catCamel = plan.phases().stream().filter(Phase::isPreparation).findFirst().orElseThrow();
        Phase switchSide = plan.phases().stream().filter(p -> p.kind() == Phase.Kind.SWITCH && p.direction() == null)
                .findFirst().orElseThrow();

        assertThat(PlayerText.describe(rep)).isEqualTo("repetition 6 of 20 on the right side");
        assertThat(PlayerText.describe(tilt)).isEqualTo("repetition 3 of 10, backwards (posterior tilt)");
        assertThat(PlayerText.describe(catCamel)).isEqualTo("cat/camel stretch 1 of 4");
        assertThat(PlayerText.describe(switchSide)).isEqualTo("switching to the left side");
        assertThat(PlayerText.describe(plan.phase(0))).isEqualTo("getting into position");
    }

    @Test
    void noPhaseOfTheHipSessionRepeatsItselfOrSaysOneOfOne() {
        for (int i = 0; i < plan.size(); i++) {
            Phase phase = plan.phase(i);
            boolean switchesSide = i > 0 && plan.phase(i - 1).side() != phase.side();
            String title = PhaseWords.title(phase, switchesSide);
            String count = PhaseWords.repetition(phase);
            List<String> shown = List.of(title, count, PhaseWords.side(phase.side()), PhaseWords.direction(phase));
            assertThat(String.join(" / ", shown)).as(phase.toString()).doesNotContainPattern("\\b1 of 1\\b")
                    .doesNotContainPattern("(?i)repetition.*repetition");
            assertThat(title).as(phase.toString()).isNotBlank();
            assertThat(PlayerText.describe(phase)).as(phase.toString()).doesNotContainPattern("\\b1 of 1\\b")
                    .doesNotContain(", ,").doesNotEndWith(" ");
        }
    }
}
