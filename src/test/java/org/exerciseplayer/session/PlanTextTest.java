package org.exerciseplayer.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.exerciseplayer.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

class PlanTextTest {

    private final Catalogue catalogue = Fixtures.hipLikeCatalogue();

    @Test
    void printsAHeadingPerExerciseALinePerPhaseAndTheTotal() {
        Plan plan = Planner.plan(Routine.of(catalogue));

        String text = PlanText.render(plan, catalogue, Locale.ENGLISH);

        assertThat(text).startsWith("Hip exercises: 8 exercises\n\n1. Lower back rotations\n");
        List<String> phaseLines = text.lines().filter(line -> line.matches(" +\\d+:\\d\\d .*")).toList();
        assertThat(phaseLines).hasSize(plan.size());
        assertThat(phaseLines).as("the seconds line up in one column")
                .allSatisfy(line -> assertThat(line).hasSize(phaseLines.get(0).length()));
        assertThat(text).contains("\n2. Single leg rotations\n").contains("\n8. Donkey kicks\n");
        assertThat(text).endsWith("\nTotal: about " + Math.round(plan.totalSeconds() / 60.0) + " minutes ("
                + PlanText.clock(plan.totalSeconds()) + ")\n");
    }

    @Test
    void eachLineSaysWhenWhatWhereAndHowLong() {
        Plan plan = Fixtures.plan(Fixtures.hipFlexorStretch(), Fixtures.singleLegRotations(),
                Fixtures.donkeyKicks());

        String text = PlanText.render(plan, catalogue, Locale.ENGLISH);

        assertThat(text).contains("   0:00  Get into position, left side")
                .containsPattern("\n   0:05  Hold, left side, 1 of 3 +20 s\n")
                .contains("   0:25  Rest, left side")
                .contains("Switch to right side")
                .contains("Keep moving, left side, clockwise")
                .contains("Switch to left side, anticlockwise")
                .contains("Preparation: cat/camel stretch, 2 of 4")
                .contains("Repetition, right side, 20 of 20");
    }

    @Test
    void theTotalIsRoundedToTheNearestMinuteWithTheExactClockBeside() {
        Plan plan = Fixtures.plan(Fixtures.innerThighStretch());

        assertThat(PlanText.total(plan, Locale.ENGLISH)).isEqualTo("Total: about 1 minute (1:15)");
        assertThat(PlanText.clock(23 * 60 + 40)).isEqualTo("23:40");
        assertThat(PlanText.clock(3600 + 65)).isEqualTo("1:01:05");
    }
}
