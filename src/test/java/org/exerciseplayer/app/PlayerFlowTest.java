package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.player.PlayerViewModel;
import org.exerciseplayer.ui.player.RecordingScreenAwake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Whole flows through the real window, headless: a short catalogue played by keyboard at demo speed, the pain
 * stop from the button and from P with both answers, pause, skip and back, mute and the no-sound note, and the
 * presenter keys. Time is the test's own clock, so nothing waits in real time.
 */
@ExtendWith(ApplicationExtension.class)
class PlayerFlowTest {

    private static final Path SHORT = Path.of("src/test/resources/catalogues/short.json");

    private final ManualClock clock = new ManualClock();
    private final RecordingSoundCues sound = new RecordingSoundCues();
    private final RecordingScreenAwake awake = new RecordingScreenAwake();
    private Stage stage;
    private AppWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new AppWindow(stage, Optional::empty, new Services(Settings.inMemory(), () -> sound, awake,
                Runnable::run, clock));
        window.open(Optional.of(SHORT));
        stage.show();
    }

    @BeforeEach
    void focus(FxRobot robot) {
        robot.interact(stage::requestFocus);
    }

    private void startSessionByKeyboard(FxRobot robot) {
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#start-stop-rule").queryAs(Label.class).getText())
                .startsWith("Should your pain increase");
        robot.type(KeyCode.ENTER);
        assertThat(window.player()).isPresent();
    }

    /** Moves the session's clock on and lets the player read it, as a frame would. */
    private void advance(FxRobot robot, double seconds) {
        clock.advanceMillis(Math.round(seconds * 1000));
        robot.interact(() -> window.player().ifPresent(PlayerViewModel::tick));
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private boolean visible(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node.isVisible() && (node.getParent() == null || node.getParent().isVisible());
    }

    @Test
    void wholeSessionByKeyboardAtDemoSpeed(FxRobot robot) {
        startSessionByKeyboard(robot);
        assertThat(text(robot, "#player-exercise")).isEqualTo("Short hold");
        robot.type(KeyCode.CLOSE_BRACKET, 3);
        assertThat(text(robot, "#player-speed")).isEqualTo("Demo speed 8\u00d7");

        for (int frame = 0; frame < 400 && window.player().isPresent(); frame++) {
            advance(robot, 0.25);
            if (window.player().isPresent()
                    && window.player().get().overlayProperty().get() == PlayerViewModel.Overlay.BETWEEN_CHECK) {
                assertThat(robot.lookup("#check-next").queryAs(Label.class).getText())
                        .isEqualTo("Next: Short repetitions");
                robot.type(KeyCode.ENTER);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#end-title")).isEqualTo("\u2714 Session complete");
        assertThat(robot.lookup("#end-done").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(3);
        assertThat(sound.played()).last().isEqualTo(org.exerciseplayer.audio.Cue.SESSION_DONE);
        assertThat(awake.isHeld()).isFalse();
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#home-title").queryAs(Label.class).getText()).isEqualTo("Short test session");
    }

    @Test
    void painButtonAndYesEndTheSessionWithTheLeafletsAdvice(FxRobot robot) {
        startSessionByKeyboard(robot);
        advance(robot, 4);
        robot.clickOn("#player-pain");
        assertThat(visible(robot, "#pain-confirm")).isTrue();
        assertThat(window.player().orElseThrow().screen().pausedProperty().get()).isTrue();
        robot.clickOn("#pain-yes");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#end-title")).isEqualTo("\u26A0 Session stopped: your pain got worse");
        assertThat(text(robot, "#end-stop-place")).isEqualTo("Stopped during Short hold: hold 1 of 2 on the right side");
        assertThat(robot.lookup("#end-advice").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .map(n -> ((Label) n).getText()).first().asString().startsWith("Should your pain increase");
    }

    @Test
    void keyPAndNoCarryOnExactlyWhereItWas(FxRobot robot) {
        startSessionByKeyboard(robot);
        advance(robot, 3 + 1.5);
        String before = text(robot, "#player-countdown");

        robot.type(KeyCode.P);
        assertThat(visible(robot, "#pain-confirm")).isTrue();
        advance(robot, 30);
        robot.clickOn("#pain-no");

        assertThat(visible(robot, "#player-overlay")).isFalse();
        assertThat(text(robot, "#player-countdown")).isEqualTo(before).isEqualTo("3");
        assertThat(window.player().orElseThrow().screen().pausedProperty().get()).isFalse();

        robot.type(KeyCode.P);
        robot.type(KeyCode.ESCAPE);
        assertThat(window.player()).isPresent();
        assertThat(window.player().get().screen().pausedProperty().get()).isFalse();
    }

    @Test
    void spacePausesAndResumesArrowsSkipAndGoBack(FxRobot robot) {
        startSessionByKeyboard(robot);
        robot.type(KeyCode.SPACE);
        assertThat(visible(robot, "#player-paused")).isTrue();
        assertThat(robot.lookup("#player-pause").queryAs(Button.class).getText()).isEqualTo("Resume");
        advance(robot, 60);
        assertThat(text(robot, "#player-phase")).isEqualTo("Get into position");
        robot.type(KeyCode.SPACE);
        assertThat(visible(robot, "#player-paused")).isFalse();

        robot.type(KeyCode.RIGHT);
        assertThat(text(robot, "#player-phase")).isEqualTo("Hold");
        assertThat(text(robot, "#player-repetition")).isEqualTo("1 of 2");
        robot.type(KeyCode.LEFT);
        assertThat(text(robot, "#player-phase")).isEqualTo("Get into position");
    }

    @Test
    void escAsksFirstAndASecondEscEndsKeepingWhatWasDone(FxRobot robot) {
        startSessionByKeyboard(robot);
        advance(robot, 3 + 4 + 0.5);
        robot.type(KeyCode.ESCAPE);
        assertThat(visible(robot, "#end-confirm")).isTrue();
        assertThat(window.player().orElseThrow().screen().pausedProperty().get()).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#end-title")).isEqualTo("\u26A0 Session stopped");
        assertThat(text(robot, "#end-stop-place")).isEqualTo("Stopped during Short hold: the rest after hold 1 of 2 on the right side");
        assertThat(robot.lookup("#end-stopped-during .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Stopped during", "\u2022 Short hold \u2013 right side 1 of 2 done, left side 0 of 2 done");
    }

    @Test
    void thePlayersFramesRunOnlyWhileItIsShownAndRunningAndStopForGoodWhenItGoes(FxRobot robot) {
        startSessionByKeyboard(robot);
        Screen.Playing playing = (Screen.Playing) window.screen();
        assertThat(OnFxThread.read(playing.playerView()::isReadingFrames)).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(OnFxThread.read(playing.playerView()::isReadingFrames)).as("paused").isFalse();
        robot.type(KeyCode.SPACE);
        assertThat(OnFxThread.read(playing.playerView()::isReadingFrames)).isTrue();

        robot.type(KeyCode.ESCAPE, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.screen()).isInstanceOf(Screen.End.class);
        assertThat(OnFxThread.read(playing.playerView()::isReadingFrames)).as("gone").isFalse();
        assertThat(awake.isHeld()).isFalse();
        robot.interact(() -> playing.player().tick());
        assertThat(window.screen()).isInstanceOf(Screen.End.class);
    }

    @Test
    void aKnockOnAnotherKeyAfterEscCarriesOn(FxRobot robot) {
        startSessionByKeyboard(robot);
        advance(robot, 3 + 1);
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.K);

        assertThat(window.player()).isPresent();
        assertThat(visible(robot, "#player-overlay")).isFalse();
        assertThat(window.player().orElseThrow().screen().pausedProperty().get()).isFalse();
        assertThat(window.player().orElseThrow().screen().countdownProperty().get()).isEqualTo("3");
    }

    @Test
    void mKeyMutesAndMissingSoundIsSaidOnce(FxRobot robot) {
        startSessionByKeyboard(robot);
        assertThat(visible(robot, "#player-sound-note")).isFalse();

        robot.interact(() -> sound.loseSound("No sound device was found; cues are shown on screen instead."));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#player-sound-note"))
                .isEqualTo("Sound: No sound device was found; cues are shown on screen instead.");

        robot.type(KeyCode.M);
        assertThat(sound.isMuted()).isTrue();
        assertThat(robot.lookup("#player-mute").queryAs(Button.class).getText()).isEqualTo("Unmute");
        robot.type(KeyCode.M);
        assertThat(sound.isMuted()).isFalse();
    }

    @Test
    void presenterModeKeys(FxRobot robot) {
        startSessionByKeyboard(robot);
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isPresenter()).isTrue();
        assertThat(robot.lookup("#menu-bar").query().isVisible()).isFalse();

        robot.type(KeyCode.PAGE_DOWN);
        assertThat(text(robot, "#player-phase")).isEqualTo("Hold");
        robot.type(KeyCode.PAGE_UP);
        assertThat(text(robot, "#player-phase")).isEqualTo("Get into position");
        robot.type(KeyCode.CLOSE_BRACKET);
        assertThat(text(robot, "#player-speed")).isEqualTo("Demo speed 2\u00d7");

        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isPresenter()).isFalse();
        assertThat(robot.lookup("#menu-bar").query().isVisible()).isTrue();
    }

    @Test
    void textSizeKeysScaleTheWholeWindow(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertThat(window.textScale()).isEqualTo(1.2);
        assertThat(robot.lookup("#frame").query().getStyle()).isEqualTo("-fx-font-size: 16.8px;");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertThat(window.textScale()).isEqualTo(1.0);
    }

    @Test
    void aPainStopIsKeptAndShownOnTheProgressScreen(FxRobot robot) {
        startSessionByKeyboard(robot);
        advance(robot, 3 + 4 + 2 + 1);
        robot.type(KeyCode.P);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#end-pain-6");
        robot.clickOn("#end-home");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#home-progress");
        WaitForAsyncUtils.waitForFxEvents();

        // A session stopped for pain is shown as stopped, never as done (issue 16).
        assertThat(text(robot, "#progress-adherence")).startsWith("Since your first session on ")
                .endsWith(": 0 sessions done of the 2 suggested (twice a day), 0%");
        assertThat(text(robot, "#progress-stopped")).isEqualTo("Not counted as done: 1 stopped for pain, 0 stopped early");
        assertThat(robot.lookup("#progress-pain-stops .label").queryAllAs(Label.class)).singleElement()
                .extracting(Label::getText).asString().endsWith(": Short hold (hold, right, 2/2)");
        assertThat(robot.lookup("#progress-pain-chart").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#home-title").queryAs(Label.class).getText()).isEqualTo("Short test session");
    }

    @Test
    void theVolumeSliderTakesTheArrowKeysWhenFocused(FxRobot robot) {
        startSessionByKeyboard(robot);
        javafx.scene.control.Slider volume = robot.lookup("#player-volume").queryAs(javafx.scene.control.Slider.class);
        double before = volume.getValue();
        robot.interact(volume::requestFocus);

        robot.type(KeyCode.LEFT, 3);

        assertThat(volume.getValue()).isLessThan(before);
        assertThat(sound.volume()).isEqualTo(Math.round(volume.getValue() * 20) / 20.0);
        assertThat(text(robot, "#player-phase")).as("arrows on the slider do not skip").isEqualTo("Get into position");
    }
}
