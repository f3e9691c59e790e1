package org.exerciseplayer.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.exerciseplayer.audio.Cue;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.session.ExerciseOutcome;
import org.exerciseplayer.session.ExerciseRecord;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.session.SessionSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The player's ViewModel, driven in virtual time without a toolkit. */
class PlayerViewModelTest {

    private final ManualClock clock = new ManualClock();
    private final RecordingSoundCues sound = new RecordingSoundCues();
    private final RecordingScreenAwake awake = new RecordingScreenAwake();
    private List<SessionSummary> ended;
    private PlayerSessions sessions;
    private PlayerViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        sessions = new PlayerSessions(BundledCatalogue.load(), clock, sound, awake);
        ended = sessions.ended;
    }

    /** Inner thigh stretch (hold 20 s, 3 times, no sides) then the clam (20 paced repetitions each side). */
    private PlayerViewModel start(String... ids) {
        model = sessions.start(ids);
        return model;
    }

    private void advanceSeconds(double seconds) {
        clock.advanceMillis(Math.round(seconds * 1000));
        model.tick();
    }

    @Test
    void showsTheExerciseItsStepsCautionsAndTheGetReady() {
        start("single-leg-hip-openers");

        assertThat(model.screen().exerciseNameProperty().get()).isEqualTo("Single leg hip openers");
        assertThat(model.screen().sectionNameProperty().get()).isEqualTo("Strengthening for the hip, glute and core muscles");
        assertThat(model.screen().steps()).hasSize(5);
        assertThat(model.screen().cautions()).singleElement().asString().startsWith("Stop as soon as you feel movement");
        assertThat(model.screen().phaseTitleProperty().get()).isEqualTo("Get into position");
        assertThat(model.screen().countdownProperty().get()).isEqualTo("10");
        assertThat(model.screen().nextProperty().get()).isEqualTo("Next: repetition 1 of 10, right side");
        assertThat(model.screen().progressTextProperty().get()).startsWith("Exercise 1 of 1");
    }

    @Test
    void holdCountsDownWithRepetitionAndCues() {
        start("inner-thigh-stretch");
        advanceSeconds(10);

        assertThat(model.screen().phaseKindProperty().get()).isEqualTo(Phase.Kind.HOLD);
        assertThat(model.screen().phaseTitleProperty().get()).isEqualTo("Hold");
        assertThat(model.screen().countdownProperty().get()).isEqualTo("20");
        assertThat(model.screen().repetitionProperty().get()).isEqualTo("1 of 3");
        assertThat(sound.played()).endsWith(Cue.HOLD_START);

        advanceSeconds(17.5);
        assertThat(model.screen().countdownProperty().get()).isEqualTo("3");
        advanceSeconds(2.5);
        assertThat(model.screen().phaseTitleProperty().get()).isEqualTo("Rest and release");
        assertThat(sound.played()).containsSubsequence(Cue.HOLD_START, Cue.COUNTDOWN, Cue.COUNTDOWN, Cue.COUNTDOWN,
                Cue.HOLD_END);
        assertThat(model.cueCountProperty().get()).isEqualTo(sound.played().size());
    }

    @Test
    void pauseKeepsTheRemainingTimeAndReleasesTheScreen() {
        start("inner-thigh-stretch");
        advanceSeconds(10 + 7.2);
        assertThat(awake.isHeld()).isTrue();

        model.togglePause();
        advanceSeconds(300);

        assertThat(model.screen().pausedProperty().get()).isTrue();
        assertThat(model.screen().countdownProperty().get()).isEqualTo("13");
        assertThat(model.screen().accessibleStatusProperty().get()).endsWith("Paused.");
        assertThat(awake.isHeld()).isFalse();

        model.togglePause();
        advanceSeconds(12.8);
        assertThat(model.screen().phaseTitleProperty().get()).isEqualTo("Rest and release");
        assertThat(awake.calls).containsExactly("hold", "release", "hold");
    }

    @Test
    void painButtonPausesAtOnceAndNoResumesExactlyWhereItWas() {
        start("inner-thigh-stretch");
        advanceSeconds(15);

        model.reportPainIncrease();
        assertThat(model.overlayProperty().get()).isEqualTo(PlayerViewModel.Overlay.PAIN_CONFIRM);
        assertThat(model.screen().pausedProperty().get()).isTrue();
        advanceSeconds(60);
        model.togglePause();
        assertThat(model.screen().pausedProperty().get()).as("space does not resume behind the question").isTrue();

        model.carryOn();
        assertThat(model.overlayProperty().get()).isEqualTo(PlayerViewModel.Overlay.NONE);
        assertThat(model.screen().pausedProperty().get()).isFalse();
        assertThat(model.screen().countdownProperty().get()).isEqualTo("15");
        assertThat(ended).isEmpty();
    }

    @Test
    void confirmedPainStopEndsTheSessionAndRecordsWhere() {
        start("inner-thigh-stretch", "clam");
        advanceSeconds(10 + 20 + 5 + 4);

        model.reportPainIncrease();
        model.stopForPain();

        assertThat(ended).singleElement().satisfies(summary -> {
            assertThat(summary.ending()).isEqualTo(SessionSummary.Ending.PAIN_STOP);
            assertThat(summary.stop()).hasValueSatisfying(stop -> {
                assertThat(stop.exerciseId()).isEqualTo("inner-thigh-stretch");
                assertThat(stop.phase().orElseThrow().kind()).isEqualTo(Phase.Kind.HOLD);
                assertThat(stop.phase().orElseThrow().repetition()).isEqualTo(2);
            });
        });
        assertThat(awake.isHeld()).isFalse();
    }

    @Test
    void betweenExercisesAskBeforeGoingOnAndContinueStartsTheNextGetReady() {
        start("inner-thigh-stretch", "clam");
        advanceSeconds(10 + 3 * 20 + 2 * 5 + 0.3);

        assertThat(model.overlayProperty().get()).isEqualTo(PlayerViewModel.Overlay.BETWEEN_CHECK);
        assertThat(model.checkTextProperty().get()).isEqualTo("Next: Clam exercise");
        assertThat(model.screen().pausedProperty().get()).isTrue();
        assertThat(awake.isHeld()).isFalse();
        advanceSeconds(120);

        model.carryOn();
        assertThat(model.screen().exerciseNameProperty().get()).isEqualTo("Clam exercise");
        assertThat(model.screen().phaseTitleProperty().get()).isEqualTo("Get into position");
        assertThat(model.screen().countdownProperty().get()).isEqualTo("10");
        assertThat(awake.isHeld()).isTrue();
    }

    @Test
    void myPainIsWorseAtTheCheckIsAPainStopWithoutASecondQuestion() {
        start("inner-thigh-stretch", "clam");
        advanceSeconds(10 + 3 * 20 + 2 * 5 + 0.3);

        model.stopForPain();

        assertThat(ended).singleElement().satisfies(summary ->
                assertThat(summary.ending()).isEqualTo(SessionSummary.Ending.PAIN_STOP));
        assertThat(ended.get(0).exercises().get(0).outcome()).isEqualTo(ExerciseOutcome.DONE);
    }

    @Test
    void pressingPAtTheCheckStopsForPain() {
        start("inner-thigh-stretch", "clam");
        advanceSeconds(10 + 3 * 20 + 2 * 5 + 0.3);

        model.reportPainIncrease();

        assertThat(ended).singleElement().satisfies(summary ->
                assertThat(summary.ending()).isEqualTo(SessionSummary.Ending.PAIN_STOP));
    }

    @Test
    void skipAndBackMoveThroughTheSession() {
        start("inner-thigh-stretch", "clam");
        model.skip();
        assertThat(model.screen().phaseTitleProperty().get()).isEqualTo("Hold");
        model.back();
        assertThat(model.screen().phaseTitleProperty().get()).isEqualTo("Get into position");
        model.skipExercise();
        assertThat(model.overlayProperty().get()).isEqualTo(PlayerViewModel.Overlay.BETWEEN_CHECK);
        model.carryOn();
        assertThat(model.screen().exerciseNameProperty().get()).isEqualTo("Clam exercise");
        model.back();
        assertThat(model.screen().exerciseNameProperty().get()).isEqualTo("Inner thigh stretch");
    }

    @Test
    void demoSpeedIsShownWhileFasterThanRealTime() {
        start("inner-thigh-stretch");
        assertThat(model.screen().speedTextProperty().get()).isEmpty();

        model.faster();
        model.faster();
        assertThat(model.screen().speedTextProperty().get()).isEqualTo("Demo speed 4\u00d7");
        advanceSeconds(2.5);
        assertThat(model.screen().phaseTitleProperty().get()).isEqualTo("Hold");
        model.faster();
        model.faster();
        assertThat(model.screen().speedProperty().get()).isEqualTo(8);
        model.slower();
        model.slower();
        model.slower();
        model.slower();
        assertThat(model.screen().speedProperty().get()).isEqualTo(1);
        assertThat(model.screen().speedTextProperty().get()).isEmpty();
    }

    @Test
    void muteSilencesTheCuesButTheyAreStillShown() {
        start("inner-thigh-stretch");
        model.toggleMute();
        int shown = model.cueCountProperty().get();
        advanceSeconds(10);

        assertThat(model.mutedProperty().get()).isTrue();
        assertThat(sound.played()).isEmpty();
        assertThat(model.cueCountProperty().get()).isGreaterThan(shown);
    }

    @Test
    void missingSoundIsSaidOnceQuietly() {
        start("inner-thigh-stretch");
        assertThat(model.soundNoteProperty().get()).isEmpty();

        sound.loseSound("No sound device was found; cues are shown on screen instead.");
        advanceSeconds(10);

        assertThat(model.soundNoteProperty().get())
                .isEqualTo("No sound device was found; cues are shown on screen instead.");
        assertThat(model.cueCountProperty().get()).isPositive();
    }

    @Test
    void countingRepetitionsMyselfWaitsForDone() {
        start("clam");
        model.setManual(true);
        advanceSeconds(10);
        assertThat(model.screen().awaitingDoneProperty().get()).isTrue();
        assertThat(model.screen().countdownProperty().get()).isEqualTo("Done?");
        advanceSeconds(60);
        assertThat(model.screen().phaseTitleProperty().get()).isEqualTo("Repetition 1 of 20");

        model.done();
        model.done();
        assertThat(model.screen().phaseTitleProperty().get()).isEqualTo("Repetition 3 of 20");
        assertThat(model.session().record(0).doneRight()).isEqualTo(2);
    }

    @Test
    void aWholeSessionAtDemoSpeedEndsWithTheDoneChimeAndEverythingDone() {
        start("single-leg-rotations", "inner-thigh-stretch", "donkey-kicks");
        model.setSpeed(8);
        for (int frame = 0; frame < 200_000 && ended.isEmpty(); frame++) {
            advanceSeconds(0.016);
            if (model.overlayProperty().get() == PlayerViewModel.Overlay.BETWEEN_CHECK) {
                model.carryOn();
            }
        }

        assertThat(ended).singleElement().satisfies(summary -> {
            assertThat(summary.ending()).isEqualTo(SessionSummary.Ending.COMPLETED);
            assertThat(summary.with(ExerciseOutcome.DONE)).extracting(ExerciseRecord::index).containsExactly(0, 1, 2);
            assertThat(summary.exercises().get(2).doneLeft()).isEqualTo(20);
        });
        assertThat(sound.played()).last().isEqualTo(Cue.SESSION_DONE);
        assertThat(awake.isHeld()).isFalse();
    }

    @Test
    void volumeGoesToTheCuesInFivePercentSteps() {
        start("inner-thigh-stretch");
        model.setVolume(0.42);

        assertThat(sound.volume()).isEqualTo(0.4);
        assertThat(model.volumeProperty().get()).isEqualTo(0.4);
        advanceSeconds(10);
        assertThat(sound.plays()).last().extracting(RecordingSoundCues.Played::volume).isEqualTo(0.4);
    }

    @Test
    void aComputerThatCannotStayAwakeIsSaidOnceAndTheSessionCarriesOn() {
        awake.unavailable = true;
        start("inner-thigh-stretch", "clam");

        assertThat(model.noteProperty().get()).startsWith("This computer could not be asked");
        model.togglePause();
        model.togglePause();
        advanceSeconds(12);
        assertThat(model.screen().phaseTitleProperty().get()).isEqualTo("Hold");
    }
}
