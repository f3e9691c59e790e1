package org.exerciseplayer.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Variation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the figure's words say the body is doing, for the bundled hip exercises, on either side and at each stage. */
class FigureWordsTest {

    private static Catalogue hip;

    @BeforeAll
    static void loadTheHipCatalogue() throws Exception {
        hip = BundledCatalogue.load();
    }

    private static Figure figure(String exerciseId) {
        return hip.exercise(exerciseId).orElseThrow().figure().orElseThrow();
    }

    private static String say(String exerciseId, Moment.Stage stage, int direction, double share, boolean left) {
        return FigureWords.of(figure(exerciseId), Locale.UK).sentence(new Moment(stage, direction, share, left));
    }

    @Test
    void theClamsTopKneeOpensThenTheKneesCloseAndTheLeftSideLiesOnTheRight() {
        assertThat(say("clam", Moment.Stage.REPEATING, 0, 0.2, false))
                .isEqualTo("Lying on your left side, knees bent, top knee opening");
        assertThat(say("clam", Moment.Stage.REPEATING, 0, 0.7, false))
                .isEqualTo("Lying on your left side, knees bent, knees closing");
        assertThat(say("clam", Moment.Stage.REPEATING, 0, 0.2, true))
                .isEqualTo("Lying on your right side, knees bent, top knee opening");
    }

    @Test
    void aHoldSaysHowItIsHeldAndTheOtherSideSwapsRightAndLeft() {
        assertThat(say("lower-back-rotations", Moment.Stage.MOVING_IN, 0, 0.5, false))
                .isEqualTo("Lying on your back, knees bent, a pillow between your knees, legs rolling over to your "
                        + "right, head turning to your left");
        assertThat(say("lower-back-rotations", Moment.Stage.HOLDING, 0, 1, true))
                .isEqualTo("Lying on your back, knees bent, a pillow between your knees, legs over to your left, "
                        + "head turned to your right, holding");
        assertThat(say("lower-back-rotations", Moment.Stage.COMING_BACK, 0, 0.5, false))
                .endsWith("coming back to the start");
        assertThat(say("lower-back-rotations", Moment.Stage.RESTING, 0, 0, false)).endsWith("resting");
        assertThat(say("lower-back-rotations", Moment.Stage.READY, 0, 0, false)).endsWith("ready to start");
    }

    @Test
    void theHandsAreSaidWhereTheyHoldOrPressAndOnlyOnceTheyAreThere() {
        assertThat(say("hamstring-stretch", Moment.Stage.HOLDING, 0, 1, false))
                .isEqualTo("Lying on your back, both hands holding your right thigh, right knee straight, holding");
        assertThat(say("hamstring-stretch", Moment.Stage.READY, 0, 0, false)).doesNotContain("hands");
        assertThat(say("lower-back-rotation-stretch", Moment.Stage.HOLDING, 0, 1, false))
                .contains("your right hand pressing down on your left knee");
        assertThat(say("lower-back-rotation-stretch", Moment.Stage.HOLDING, 0, 1, true))
                .contains("your left hand pressing down on your right knee");
        assertThat(say("single-leg-knee-hugs", Moment.Stage.HOLDING, 0, 1, false))
                .isEqualTo("Lying on your back, both hands holding your right knee, right knee in to your chest, "
                        + "holding");
    }

    @Test
    void aPelvicTiltIsNamedInEachDirectionAndCirclesAsCircles() {
        assertThat(say("deep-core-activation", Moment.Stage.REPEATING, 0, 0.2, false))
                .isEqualTo("Lying on your back, knees bent, pelvis tilting back, flattening your lower back");
        assertThat(say("deep-core-activation", Moment.Stage.REPEATING, 1, 0.2, false))
                .isEqualTo("Lying on your back, knees bent, pelvis tilting forwards, arching your lower back");
        assertThat(say("single-leg-rotations", Moment.Stage.REPEATING, 0, 0.3, false))
                .endsWith("drawing circles with your right hip");
        assertThat(say("single-leg-rotations", Moment.Stage.REPEATING, 1, 0.3, true))
                .endsWith("drawing circles with your left hip, the other way");
    }

    @Test
    void theLeaningLungeTheHeelPushAndTheCatCamelHaveWordsOfTheirOwn() {
        assertThat(say("hip-flexor-stretch", Moment.Stage.MOVING_IN, 0, 0.5, false))
                .isEqualTo("Kneeling on your left knee, right foot forward, both hands holding your right thigh, "
                        + "leaning forwards");
        assertThat(say("donkey-kicks", Moment.Stage.REPEATING, 0, 0.2, false))
                .isEqualTo("On all fours, right heel pushing up towards the ceiling");
        assertThat(say("donkey-kicks", Moment.Stage.PREPARING, 0, 0.1, false))
                .isEqualTo("On all fours, back curving up towards the ceiling");
        assertThat(say("donkey-kicks", Moment.Stage.PREPARING, 0, 0.45, false))
                .isEqualTo("On all fours, back dipping towards the floor");
        assertThat(say("inner-thigh-stretch", Moment.Stage.MOVING_IN, 0, 0.5, false))
                .isEqualTo("Lying on your back, knees bent, both knees dropping outwards");
    }

    @Test
    void theHarderClamSaysItsImaginaryStool() {
        Figure harder = hip.exercise("clam").orElseThrow().variation(Variation.Kind.HARDER).orElseThrow().figure()
                .orElseThrow();

        assertThat(FigureWords.of(harder, Locale.UK).sentence(Moment.of(Moment.Stage.READY, 0, false)))
                .isEqualTo("Lying on your left side, knees bent, feet on an imaginary stool, ready to start");
    }

    /** Every exercise, at every stage, share, side and direction, says something particular, never "moving". */
    @Test
    void everyHipFigureHasParticularWordsForEveryMomentOfItsMovement() {
        String generic = ResourceBundle.getBundle(FigureWords.BUNDLE, Locale.UK).getString("stage.moving");
        List<Figure> figures = new ArrayList<>();
        for (Exercise exercise : hip.exercises()) {
            figures.add(exercise.figure().orElseThrow());
            exercise.variations().forEach(v -> v.figure().ifPresent(figures::add));
        }
        for (Figure figure : figures) {
            FigureWords words = FigureWords.of(figure, Locale.UK);
            for (Moment.Stage stage : Moment.Stage.values()) {
                for (int direction = 0; direction < 2; direction++) {
                    for (double share = 0; share < 1; share += 0.05) {
                        for (boolean left : new boolean[] {false, true}) {
                            String sentence = words.sentence(new Moment(stage, direction, share, left));
                            assertThat(sentence).as(figure.movement() + " " + stage + " " + share)
                                    .matches("[A-Z][a-z ,]+[a-z]").doesNotContain(generic).doesNotContain("  ");
                        }
                    }
                }
            }
        }
    }
}
