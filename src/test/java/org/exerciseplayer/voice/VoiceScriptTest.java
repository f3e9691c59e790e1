package org.exerciseplayer.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.session.Guidance;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.settings.VoicePreferences.Verbosity;
import org.junit.jupiter.api.Test;

/** What the voice says in each phase of the hip leaflet's exercises, at each verbosity. */
class VoiceScriptTest {

    private final Catalogue hip = CoachRun.hip();

    private VoiceScript script(Verbosity verbosity, String... ids) {
        return VoiceScript.of(setup(PainRule.anyIncrease(), List.of(), ids), verbosity);
    }

    private SessionSetup setup(PainRule rule, List<Guidance> guidance, String... ids) {
        Routine routine = Routine.of(java.util.Arrays.stream(ids).map(id -> hip.exercise(id).orElseThrow()).toList());
        return new SessionSetup(hip, routine, guidance, rule, Optional.empty());
    }

    private static List<String> firstWords(VoiceScript script, Line.Kind kind) {
        return script.lines().stream().filter(line -> line.kind() == kind).map(line -> line.variants().get(0))
                .toList();
    }

    @Test
    void theGetReadyNamesTheExerciseItsSideHowToGetIntoPositionAndTheHoldWithShorterFormsAfter() {
        VoiceScript script = script(Verbosity.FULL, "hip-flexor-stretch");

        Line getReady = script.lines().get(0);
        assertThat(getReady.kind()).isEqualTo(Line.Kind.GET_READY);
        assertThat(getReady.variants()).containsExactly(
                "Hip flexor stretch, right side. Start in a kneeling position. Hold for 20 seconds, 3 times.",
                "Hip flexor stretch, right side. Hold for 20 seconds, 3 times.",
                "Hip flexor stretch, right side.");
        assertThat(getReady.atMillis()).isZero();
        assertThat(getReady.endByMillis()).as("ends before the hold begins").isEqualTo(10_000);
    }

    @Test
    void aHoldIsCountedDownAndTheRestSaysReleaseAndWhatComesNextTheSwitchWhereTo() {
        VoiceScript script = script(Verbosity.FULL, "hip-flexor-stretch");
        Plan plan = script.plan();

        assertThat(script.lines()).filteredOn(line -> line.kind() == Line.Kind.COUNTDOWN).hasSize(18)
                .allSatisfy(line -> assertThat(line.fixed()).isTrue()).first()
                .satisfies(line -> {
                    assertThat(line.variants()).containsExactly("3");
                    assertThat(line.atMillis()).isEqualTo(plan.endMillis(1) - 3000);
                });
        assertThat(firstWords(script, Line.Kind.RELEASE)).containsExactly("Release. Next, 2 of 3.",
                "Release. Next, the last one.", "Release. Next, 2 of 3.", "Release. Next, the last one.");
        assertThat(firstWords(script, Line.Kind.SWITCH)).containsExactly("Release. Switch to your left side.");
        assertThat(firstWords(script, Line.Kind.GET_READY)).containsExactly(
                "Hip flexor stretch, right side. Start in a kneeling position. Hold for 20 seconds, 3 times.",
                "Hold for 20 seconds, 3 times.");
    }

    @Test
    void sidesTakingTurnsAreSaidWithEachRepetitionAndTheirCount() {
        VoiceScript holds = script(Verbosity.FULL, "lower-back-rotations");
        VoiceScript reps = script(Verbosity.FULL, "single-leg-stretch");

        assertThat(holds.lines().get(0).variants().get(0)).endsWith(
                "Hold for 10 seconds, 10 times on each side, starting on your right.");
        assertThat(firstWords(holds, Line.Kind.RELEASE)).startsWith("Release. Next, left side, 1 of 10.",
                "Release. Next, right side, 2 of 10.").endsWith("Release. Next, left side, the last one.");
        assertThat(firstWords(reps, Line.Kind.REPETITION)).startsWith("Right, 1.", "Left, 1.", "Right, 2.")
                .hasSize(20);
    }

    @Test
    void directionsAreSaidAsTheCatalogueNamesThem() {
        VoiceScript script = script(Verbosity.FULL, "single-leg-rotations");

        assertThat(firstWords(script, Line.Kind.GET_READY)).containsExactly(
                "Single leg rotations, right side. Lie on your back and hug one knee into the chest. Keep going "
                        + "clockwise, for 30 seconds.",
                "Keep going anticlockwise, for 30 seconds.", "Keep going clockwise, for 30 seconds.",
                "Keep going anticlockwise, for 30 seconds.");
        assertThat(firstWords(script, Line.Kind.SWITCH)).containsExactly("And rest. Now anticlockwise.",
                "And rest. Switch to your left side, clockwise.", "And rest. Now anticlockwise.");
    }

    @Test
    void briefKeepsTheNameReleaseSidesAndCountsAndCountsOnlyKeepsTheNumbers() {
        VoiceScript brief = script(Verbosity.BRIEF, "hip-flexor-stretch", "lower-back-rotations");
        VoiceScript counts = script(Verbosity.COUNTS, "hip-flexor-stretch", "clam");

        assertThat(brief.lines().get(0).variants()).containsExactly(
                "Hip flexor stretch, right side. Hold, 20 seconds.", "Hip flexor stretch, right side.");
        assertThat(firstWords(brief, Line.Kind.RELEASE)).startsWith("Release.", "Release. Last one.")
                .contains("Release. Left side.");
        assertThat(firstWords(brief, Line.Kind.SWITCH)).containsExactly("Release. Left side.");
        assertThat(counts.lines()).extracting(Line::kind).containsOnly(Line.Kind.COUNTDOWN, Line.Kind.REPETITION);
        assertThat(counts.lines()).allSatisfy(line -> assertThat(line.variants().get(0)).matches("\\d+"));
        assertThat(counts.check(1, Phase.Kind.HOLD)).isEmpty();
        assertThat(counts.painStop(OptionalInt.empty())).as("the pain stop is said at every verbosity")
                .contains(hip.safety().stopRule());
    }

    @Test
    void theCheckSaysWhatComesNextThePhysiosNoteAndHowToAnswer() {
        List<Guidance> guidance = List.of(Guidance.NONE, new Guidance(Optional.empty(), List.of("Keep it gentle.")));
        VoiceScript leaflet = VoiceScript.of(setup(PainRule.anyIncrease(), guidance, "clam", "side-leg-lift"),
                Verbosity.FULL);
        VoiceScript limit = VoiceScript.of(setup(PainRule.limit(3), guidance, "clam", "side-leg-lift"),
                Verbosity.FULL);

        assertThat(leaflet.check(1, null)).isEqualTo("Next: Side leg lift. Your physio's note: Keep it gentle. "
                + "Is your pain any worse? If not, press Enter to carry on. If it is, press P to stop.");
        assertThat(leaflet.check(1, Phase.Kind.HOLD)).startsWith("Release. Next: Side leg lift.");
        assertThat(limit.check(1, null)).endsWith("How much pain do you have now, from 0 to 10? Type the number, "
                + "then press Enter.");
        assertThat(limit.painStop(OptionalInt.of(5))).startsWith("The session has stopped because your pain, 5 out "
                + "of 10, went above the limit your physio set, 3 out of 10.");
        assertThat(leaflet.painQuestion()).isEqualTo("Is your pain getting worse? Press Enter to stop the session, "
                + "or Escape to carry on.");
    }

    @Test
    void thePhysiosNoteForTheFirstExerciseIsOfferedInItsGetReady() {
        List<Guidance> guidance = List.of(new Guidance(Optional.empty(), List.of("Only to the right.")));
        VoiceScript script = VoiceScript.of(setup(PainRule.anyIncrease(), guidance, "clam"), Verbosity.FULL);

        assertThat(script.lines().get(0).variants().get(0)).endsWith("Your physio's note: Only to the right.");
    }

    @Test
    void everyPhraseOfTheSessionIsListedOnceInTheOrderItMayFirstBeNeeded() {
        VoiceScript script = script(Verbosity.FULL, "hip-flexor-stretch", "clam");

        List<String> texts = script.texts();
        assertThat(texts).doesNotHaveDuplicates().doesNotContain("");
        assertThat(texts.get(0)).startsWith("Hip flexor stretch, right side. Start in");
        assertThat(texts).contains(script.painQuestion(), script.endQuestion(), script.check(1, Phase.Kind.HOLD),
                script.completed(null), script.painStop(OptionalInt.empty()));
        assertThat(texts.indexOf(script.check(1, Phase.Kind.HOLD))).isLessThan(texts.indexOf("20"))
                .isGreaterThan(texts.indexOf("Release. Switch to your left side."));
        script.lines().forEach(line -> assertThat(texts).containsAll(line.variants()));
    }

    @Test
    void noPhraseIsEverPutTogetherFromEmptyPieces() {
        for (Verbosity verbosity : Verbosity.values()) {
            VoiceScript script = VoiceScript.of(setup(PainRule.anyIncrease(), List.of(),
                    hip.exercises().stream().map(e -> e.id()).toArray(String[]::new)), verbosity);
            assertThat(script.texts()).allSatisfy(text -> assertThat(text).doesNotContain("  ", "{", "}", " .", " ,")
                    .doesNotStartWith(" ").doesNotEndWith(" "));
            assertThat(Planner.plan(script.plan().routine()).size()).isEqualTo(script.plan().size());
        }
    }
}
