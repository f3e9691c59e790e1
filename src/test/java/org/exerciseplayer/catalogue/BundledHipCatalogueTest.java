package org.exerciseplayer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled catalogue, loaded through the real loader from the class path, holds each leaflet exercise in its
 * section with its steps and its dose as numbers; each case quotes the leaflet's own dose sentence, which must
 * stand in the leaflet, so the numbers are checked against the leaflet's text.
 */
class BundledHipCatalogueTest {

    private static Catalogue hip;
    private static String leaflet;

    @BeforeAll
    static void load() throws Exception {
        hip = BundledCatalogue.load();
        try (InputStream in = BundledHipCatalogueTest.class.getResourceAsStream("/leaflet/hip-exercises-page.txt")) {
            leaflet = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace('\u00a0', ' ')
                    .replaceAll(" {2,}", " ");
        }
    }

    /** What one leaflet exercise says, and the sentence of the leaflet that says its dose. */
    record Expected(String id, String section, String name, int steps, Dose.Kind kind, int hold, int repetitions,
                    int duration, Sides sides, List<String> directions, Integer timesPerDay, String doseSentence) {
        @Override
        public String toString() {
            return id;
        }
    }

    static final String ROM = "Range of movement exercises";
    static final String STRETCHES = "Stretches for the muscles of the hip joint";
    static final String STRENGTH = "Strengthening for the hip, glute and core muscles";

    static Stream<Arguments> leafletExercises() {
        return Stream.of(
                new Expected("lower-back-rotations", ROM, "Lower back rotations", 5, Dose.Kind.HOLD, 10, 10, 0,
                        Sides.ALTERNATING, List.of(), 2,
                        "Hold this position for 10 seconds and repeat 10 times, twice daily."),
                new Expected("single-leg-knee-hugs", ROM, "Single leg knee hugs", 3, Dose.Kind.HOLD, 10, 10, 0,
                        Sides.EACH, List.of(), 2, "Hold this position for 10 seconds and repeat 10 times, twice daily."),
                new Expected("single-leg-rotations", ROM, "Single leg rotations", 3, Dose.Kind.TIMED, 0, 1, 30,
                        Sides.EACH, List.of("clockwise", "anticlockwise"), 2,
                        "Complete for 30 seconds in each direction, twice daily."),
                new Expected("lower-back-rotation-stretch", STRETCHES, "Lower back rotation stretch", 6,
                        Dose.Kind.HOLD, 20, 3, 0, Sides.ALTERNATING, List.of(), 2,
                        "Hold the stretch for 20 seconds; repeat three times on each side, twice daily."),
                new Expected("hip-flexor-stretch", STRETCHES, "Hip flexor stretch", 6, Dose.Kind.HOLD, 20, 3, 0,
                        Sides.EACH, List.of(), 2,
                        "Hold the stretch for 20 seconds; repeat three times on each side, twice daily."),
                new Expected("inner-thigh-stretch", STRETCHES, "Inner thigh stretch", 4, Dose.Kind.HOLD, 20, 3, 0,
                        Sides.NONE, List.of(), 2, "Hold the stretch for 20 seconds; repeat three times, twice daily."),
                new Expected("glute-stretch", STRETCHES, "Gluteal muscle (glute) stretch", 5, Dose.Kind.HOLD, 20, 3,
                        0, Sides.EACH, List.of(), 2,
                        "Hold the stretch for 20 seconds; repeat three times on each side, twice daily."),
                new Expected("hamstring-stretch", STRETCHES, "Hamstring stretch", 7, Dose.Kind.HOLD, 20, 3, 0,
                        Sides.EACH, List.of(), 2,
                        "Hold the stretch for 20 seconds; repeat three times on each side, twice daily."),
                new Expected("deep-core-activation", STRENGTH, "Deep core muscle activation (transversus abdominis)",
                        8, Dose.Kind.REPETITIONS, 0, 10, 0, Sides.NONE,
                        List.of("backwards (posterior tilt)", "forwards (anterior tilt)"), null,
                        "Repeat 10 times in each direction, keeping the movements slow and controlled."),
                new Expected("single-leg-stretch", STRENGTH, "Single leg stretch", 7, Dose.Kind.REPETITIONS, 0, 10,
                        0, Sides.ALTERNATING, List.of(), 2, "Complete 10 repetitions on each side, twice daily"),
                new Expected("single-leg-hip-openers", STRENGTH, "Single leg hip openers", 5, Dose.Kind.REPETITIONS,
                        0, 10, 0, Sides.EACH, List.of(), 2, "Complete 10 repetitions on each side, twice daily."),
                new Expected("clam", STRENGTH, "Clam exercise", 6, Dose.Kind.REPETITIONS, 0, 20, 0, Sides.EACH,
                        List.of(), 2, "Complete 20 repetitions on each side, twice daily."),
                new Expected("side-leg-lift", STRENGTH, "Side leg lift", 7, Dose.Kind.REPETITIONS, 0, 10, 0,
                        Sides.EACH, List.of(), 2, "Complete 10 repetitions on each side, twice daily."),
                new Expected("donkey-kicks", STRENGTH, "Donkey kicks", 5, Dose.Kind.REPETITIONS, 0, 20, 0,
                        Sides.EACH, List.of(), 2, "Complete 20 repetitions on each leg, twice daily.")
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("leafletExercises")
    void exerciseMatchesTheLeaflet(Expected expected) {
        Exercise exercise = hip.exercise(expected.id()).orElseThrow();

        assertThat(leaflet).contains(expected.doseSentence());
        assertThat(exercise.steps()).anyMatch(step -> step.contains(expected.doseSentence()));
        assertThat(exercise.name()).isEqualTo(expected.name());
        assertThat(hip.sectionOf(exercise).orElseThrow().title()).isEqualTo(expected.section());
        assertThat(exercise.steps()).hasSize(expected.steps());
        Dose dose = exercise.dose();
        assertThat(dose.kind()).isEqualTo(expected.kind());
        assertThat(dose.holdSeconds()).isEqualTo(expected.hold());
        assertThat(dose.repetitions()).isEqualTo(expected.repetitions());
        assertThat(dose.durationSeconds()).isEqualTo(expected.duration());
        assertThat(dose.sides()).isEqualTo(expected.sides());
        assertThat(dose.directions().names()).isEqualTo(expected.directions());
        assertThat(dose.timesPerDay()).isEqualTo(expected.timesPerDay() == null ? OptionalInt.empty()
                : OptionalInt.of(expected.timesPerDay()));
    }

    @Test
    void holdsAllFourteenExercisesInLeafletOrder() {
        assertThat(hip.exercises()).extracting(Exercise::id).containsExactlyElementsOf(
                leafletExercises().map(a -> ((Expected) a.get()[0]).id()).toList());
    }

    @Test
    void groupsTheSideWorkAndGluteMaxExercisesInsideStrengthening() {
        Section strengthening = hip.sections().get(2);
        assertThat(strengthening.groups()).extracting(Group::title).containsExactly(
                "Side work series - glute muscles to support the hip", "Glute max to support lower back");
        assertThat(strengthening.groups().get(0).exercises()).extracting(Exercise::id)
                .containsExactly("clam", "side-leg-lift");
        assertThat(strengthening.groups().get(1).exercises()).extracting(Exercise::id)
                .containsExactly("donkey-kicks");
    }

    @Test
    void carriesTheLeafletsSafetyTextsAndNumbers() {
        assertThat(leaflet).contains(hip.safety().stopRule(), hip.safety().review().text(),
                hip.safety().maintenance().text());
        assertThat(hip.safety().review().text()).contains("two weeks");
        assertThat(hip.safety().review().days()).isEqualTo(14);
        assertThat(hip.safety().maintenance().text()).contains("once or twice a day");
        assertThat(hip.safety().maintenance().minTimesPerDay()).isEqualTo(1);
        assertThat(hip.safety().maintenance().maxTimesPerDay()).isEqualTo(2);
    }

    @Test
    void keepsEachExercisesCautionsAndVariations() {
        assertThat(hip.exercise("single-leg-hip-openers").orElseThrow().cautions())
                .anyMatch(c -> c.startsWith("Stop as soon as you feel movement coming from the lower back"));
        assertThat(hip.exercise("donkey-kicks").orElseThrow().dose().preparation())
                .contains(new Preparation("cat/camel stretch", 4));
        Variation harder = hip.exercise("hamstring-stretch").orElseThrow().variations().get(0);
        assertThat(harder.kind()).isEqualTo(Variation.Kind.HARDER);
        assertThat(harder.text()).isEqualTo("To increase this stretch, walk your hands up towards your foot.");
        assertThat(harder.dose().orElseThrow().holdSeconds()).isEqualTo(20);
        Variation easier = hip.exercise("single-leg-stretch").orElseThrow().variations().get(0);
        assertThat(easier.kind()).isEqualTo(Variation.Kind.EASIER);
        assertThat(easier.text()).startsWith("To simplify this exercise");
        assertThat(easier.dose().orElseThrow().sides()).isEqualTo(Sides.EACH);
        assertThat(hip.exercise("clam").orElseThrow().variations()).extracting(Variation::kind)
                .containsExactly(Variation.Kind.HARDER);
        assertThat(hip.exercise("deep-core-activation").orElseThrow().notes())
                .anyMatch(note -> note.contains("transverus abdominus"));
    }
}
