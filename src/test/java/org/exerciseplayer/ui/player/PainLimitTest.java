package org.exerciseplayer.ui.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Variation;
import org.exerciseplayer.session.ExerciseOutcome;
import org.exerciseplayer.session.Guidance;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.session.SessionSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A physio's pain limit in the player: the questions ask for a number, and only a number above it stops. */
class PainLimitTest {

    /** Inner thigh stretch: get ready 10 s, then 3 holds of 20 s with 5 s rests; the check comes after it. */
    private static final double TO_THE_CHECK = 10 + 3 * 20 + 2 * 5 + 0.3;

    private final ManualClock clock = new ManualClock();
    private List<SessionSummary> ended;
    private PlayerSessions sessions;
    private PlayerViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        sessions = new PlayerSessions(BundledCatalogue.load(), clock, new RecordingSoundCues(),
                new RecordingScreenAwake());
        ended = sessions.ended;
    }

    private PlayerViewModel start(PainRule rule, List<Guidance> guidance, String... ids) {
        model = sessions.start(rule, guidance, ids);
        return model;
    }

    private PlayerViewModel start(PainRule rule) {
        return start(rule, List.of(), "inner-thigh-stretch", "clam");
    }

    private void advanceSeconds(double seconds) {
        clock.advanceMillis(Math.round(seconds * 1000));
        model.tick();
    }

    @Test
    void theCheckAsksForANumberAndTheLimitItselfContinues() {
        start(PainRule.limit(3));
        advanceSeconds(TO_THE_CHECK);

        assertThat(model.overlayProperty().get()).isEqualTo(PlayerViewModel.Overlay.BETWEEN_CHECK);
        assertThat(model.asksForPainNumber()).isTrue();
        assertThat(model.painLimitText()).isEqualTo("Your physio\u2019s limit is 3/10: above 3, the session stops.");

        model.answerPain(3);

        assertThat(ended).isEmpty();
        assertThat(model.overlayProperty().get()).isEqualTo(PlayerViewModel.Overlay.NONE);
        assertThat(model.screen().exerciseNameProperty().get()).isEqualTo("Clam exercise");
        assertThat(model.screen().phaseTitleProperty().get()).isEqualTo("Get into position");
        assertThat(model.screen().pausedProperty().get()).isFalse();
        assertThat(model.painRatingProperty().get()).isEqualTo(3);
        assertThat(model.session().summary()).isEmpty();
    }

    @Test
    void aNumberAboveTheLimitAtTheCheckIsAPainStop() {
        start(PainRule.limit(3));
        advanceSeconds(TO_THE_CHECK);

        model.answerPain(4);

        assertThat(ended).singleElement().satisfies(summary ->
                assertThat(summary.ending()).isEqualTo(SessionSummary.Ending.PAIN_STOP));
        assertThat(ended.get(0).exercises().get(0).outcome()).isEqualTo(ExerciseOutcome.DONE);
        assertThat(ended.get(0).painAtStop()).isEqualTo(OptionalInt.of(4));
    }

    @Test
    void pressingPAtTheCheckDoesNotStopWhenTheCheckAlreadyAsksForANumber() {
        start(PainRule.limit(3));
        advanceSeconds(TO_THE_CHECK);

        model.reportPainIncrease();

        assertThat(ended).isEmpty();
        assertThat(model.overlayProperty().get()).isEqualTo(PlayerViewModel.Overlay.BETWEEN_CHECK);
    }

    @Test
    void pDuringAnExerciseAsksForANumberAndAtTheLimitResumesExactly() {
        start(PainRule.limit(3));
        advanceSeconds(15);

        model.reportPainIncrease();
        assertThat(model.overlayProperty().get()).isEqualTo(PlayerViewModel.Overlay.PAIN_CONFIRM);
        assertThat(model.screen().pausedProperty().get()).isTrue();
        advanceSeconds(60);

        model.answerPain(2);

        assertThat(ended).isEmpty();
        assertThat(model.overlayProperty().get()).isEqualTo(PlayerViewModel.Overlay.NONE);
        assertThat(model.screen().pausedProperty().get()).isFalse();
        assertThat(model.screen().countdownProperty().get()).isEqualTo("15");
    }

    @Test
    void pDuringAnExerciseAndANumberAboveTheLimitStopsWhereItWas() {
        start(PainRule.limit(0));
        advanceSeconds(15);

        model.reportPainIncrease();
        model.answerPain(1);

        assertThat(ended).singleElement().satisfies(summary -> {
            assertThat(summary.ending()).isEqualTo(SessionSummary.Ending.PAIN_STOP);
            assertThat(summary.stop().orElseThrow().exerciseId()).isEqualTo("inner-thigh-stretch");
        });
        assertThat(ended.get(0).painAtStop()).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void stoppingWithoutANumberIsStillAPainStop() {
        start(PainRule.limit(5));
        advanceSeconds(15);
        model.reportPainIncrease();
        model.answerPain(5);
        model.reportPainIncrease();

        model.stopForPain();

        assertThat(ended).singleElement().satisfies(summary ->
                assertThat(summary.ending()).isEqualTo(SessionSummary.Ending.PAIN_STOP));
        assertThat(ended.get(0).painAtStop()).as("5 did not stop it").isEmpty();
    }

    @Test
    void underTheLeafletsRuleNumbersAreIgnoredAndPAtTheCheckStops() {
        start(PainRule.anyIncrease());
        advanceSeconds(TO_THE_CHECK);

        assertThat(model.asksForPainNumber()).isFalse();
        assertThat(model.painLimitText()).isEmpty();
        model.answerPain(9);
        assertThat(ended).isEmpty();
        assertThat(model.overlayProperty().get()).isEqualTo(PlayerViewModel.Overlay.BETWEEN_CHECK);

        model.reportPainIncrease();
        assertThat(ended).singleElement().satisfies(summary ->
                assertThat(summary.ending()).isEqualTo(SessionSummary.Ending.PAIN_STOP));
    }

    @Test
    void aNumberWithoutAQuestionIsIgnoredAndOneOffTheScaleIsAnError() {
        start(PainRule.limit(3));
        advanceSeconds(15);

        model.answerPain(10);
        assertThat(ended).isEmpty();
        assertThat(model.screen().pausedProperty().get()).isFalse();
        assertThatThrownBy(() -> model.answerPain(11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePhysiosNotesAndVariationShowWithTheirExercise() {
        Variation harder = new Variation(Variation.Kind.HARDER, "lift higher.", Optional.empty());
        start(PainRule.limit(3), List.of(new Guidance(Optional.empty(), List.of("Left side is the sore one.")),
                new Guidance(Optional.of(harder), List.of())), "inner-thigh-stretch", "clam");

        assertThat(model.screen().physioNotes()).containsExactly("Left side is the sore one.");
        assertThat(model.screen().variationTextProperty().get()).isEmpty();
        model.skipExercise();
        model.answerPain(0);
        assertThat(model.screen().exerciseNameProperty().get()).isEqualTo("Clam exercise");
        assertThat(model.screen().physioNotes()).isEmpty();
        assertThat(model.screen().variationTextProperty().get()).isEqualTo("Harder: lift higher.");
    }

    @Test
    void guidanceMustMatchThePlan() {
        assertThatThrownBy(() -> start(PainRule.limit(3), List.of(Guidance.NONE), "inner-thigh-stretch",
                "clam")).isInstanceOf(IllegalArgumentException.class);
    }
}
