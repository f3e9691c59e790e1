package org.exerciseplayer.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.settings.VoicePreferences;
import org.exerciseplayer.settings.VoicePreferences.Verbosity;
import org.junit.jupiter.api.Test;

/** What {@code --plan} shows of the voice: the words under each phase, and each phase's phrases in the JSON. */
class VoicePlanTest {

    private final Catalogue hip = CoachRun.hip();
    private final SessionSetup setup = SessionSetup.of(hip, Routine.of(hip));
    private final Plan plan = Planner.plan(setup.routine());

    @Test
    void theTextShowsEachPhraseUnderItsPhaseWithTheTimeItStartsAndEachCheckBeforeItsExercise() {
        String text = new VoicePlan(setup, plan, VoicePreferences.DEFAULT).text(hip.title());

        assertThat(text).startsWith("Hip exercises: 14 exercises\n\n1. Lower back rotations\n"
                + "   0:00  Get into position                                  10 s\n"
                + "            0:00.0  \u201cLower back rotations. Lie on your back with your knees bent. Hold for 10 "
                + "seconds, 10 times on each side, starting on your right.\u201d\n"
                + "   0:10  Hold, right side, 1 of 10                          10 s\n"
                + "            0:17.0  \u201c3\u201d\n");
        assertThat(text).contains("\n2. Single leg knee hugs\n            check   \u201cRelease. Next: Single leg knee "
                + "hugs. Is your pain any worse?");
        assertThat(text).contains("            end     \u201cWell done. That is the end of the session.\u201d\n");
        assertThat(text).contains("Voice (full): the words in quotes").endsWith("Total: about 39 minutes (38:51)\n");
        List<String> phaseLines = text.lines().filter(line -> line.matches(" {1,3}\\d+:\\d\\d  .*")).toList();
        assertThat(phaseLines).hasSize(plan.size());
    }

    @Test
    void theJsonKeepsEveryDocumentedFieldAndAddsEachPhasesPhrases() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new VoicePlan(setup, plan, VoicePreferences.DEFAULT)
                .json(Optional.empty()));

        assertThat(fieldNames(root)).containsExactly("catalogue", "totalSeconds", "phases", "voice");
        JsonNode phases = root.get("phases");
        assertThat(phases).hasSize(plan.size());
        for (JsonNode phase : phases) {
            assertThat(fieldNames(phase)).containsExactly("exercise", "kind", "side", "direction", "repetition", "of",
                    "seconds", "phrases");
        }
        JsonNode first = phases.get(0).get("phrases").get(0);
        assertThat(first.get("at").asDouble()).isZero();
        assertThat(first.get("kind").asText()).isEqualTo("get-ready");
        assertThat(first.get("text").asText()).startsWith("Lower back rotations.");
        JsonNode check = phases.get(plan.firstPhaseOf(1)).get("phrases").get(0);
        assertThat(check.get("at").isNull()).isTrue();
        assertThat(check.get("kind").asText()).isEqualTo("check");
        JsonNode count = phases.get(1).get("phrases").get(0);
        assertThat(count.get("kind").asText()).isEqualTo("countdown");
        assertThat(count.get("at").asDouble()).isEqualTo(17.0);
        assertThat(root.get("voice").get("verbosity").asText()).isEqualTo("full");
        assertThat(root.get("voice").get("painStop").asText()).contains(hip.safety().stopRule());
    }

    @Test
    void whatThePlanShowsObeysTheTimingRulesAndTheVerbosityChosen() {
        VoicePlan counts = new VoicePlan(setup, plan, VoicePreferences.DEFAULT.withVerbosity(Verbosity.COUNTS));
        VoicePlan full = new VoicePlan(setup, plan, VoicePreferences.DEFAULT);

        EstimatedDurations estimate = new EstimatedDurations(100);
        long lastEnd = 0;
        for (int i = 0; i < plan.size(); i++) {
            for (Fitting.Spoken spoken : full.spoken(i)) {
                assertThat(spoken.atMillis()).isGreaterThanOrEqualTo(lastEnd);
                assertThat(spoken.endMillis()).isLessThanOrEqualTo(plan.endMillis(i))
                        .isEqualTo(spoken.atMillis() + estimate.millis(spoken.text()).orElseThrow());
                lastEnd = spoken.endMillis();
            }
            assertThat(counts.spoken(i)).allSatisfy(spoken -> assertThat(spoken.text()).matches("\\d+"));
        }
        assertThat(counts.text(hip.title())).doesNotContain("check   \u201c");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
