package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.routine.RoutineFixtures;
import org.exerciseplayer.routine.RoutineWriter;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.player.PlayerViewModel;
import org.exerciseplayer.ui.player.RecordingScreenAwake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Control without the keyboard (issue 13): a presentation clicker's keys alone (Page Up, Page Down, B or ".", F5,
 * Esc) run a session from its first step to the end screen and answer every question the player asks; a keyboard's
 * media keys pause, resume and skip; digits choose a pain number wherever the player asks for one (issue 17).
 */
@ExtendWith(ApplicationExtension.class)
class PlayerClickerTest {

    private static final Path SHORT = Path.of("src/test/resources/catalogues/short.json");

    private final ManualClock clock = new ManualClock();
    private Stage stage;
    private AppWindow window;
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new AppWindow(stage, Optional::empty, new Services(Settings.inMemory(), RecordingSoundCues::new,
                new RecordingScreenAwake(), Runnable::run, clock));
        window.open(Optional.of(SHORT));
        stage.show();
    }

    @BeforeEach
    void focus(FxRobot robot) {
        robot.interact(stage::requestFocus);
    }

    /** Home and "Before you start" are the keyboard's (Enter, Enter); from the first step on, only the clicker. */
    private PlayerViewModel startSession(FxRobot robot) {
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        return window.player().orElseThrow();
    }

    private void openRoutineWithALimit(FxRobot robot) throws Exception {
        Path file = folder.resolve("sam.routine.json");
        RoutineWriter.save(RoutineFixtures.threeExercises(BundledCatalogue.load()), file);
        robot.interact(() -> window.open(Optional.of(file)));
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private String focused() {
        Node owner = OnFxThread.read(() -> stage.getScene().getFocusOwner());
        return owner == null ? "" : owner.getId();
    }

    private PlayerViewModel.Overlay overlay(PlayerViewModel player) {
        return OnFxThread.read(() -> player.overlayProperty().get());
    }

    @Test
    void aClickerAloneRunsTheSessionFromItsFirstStepToTheEndScreen(FxRobot robot) {
        PlayerViewModel player = startSession(robot);
        robot.type(KeyCode.B);
        assertThat(player.screen().pausedProperty().get()).as("B, the clicker's blank key, pauses").isTrue();
        robot.type(KeyCode.F5);
        assertThat(player.screen().pausedProperty().get()).as("F5, its play key, goes on").isFalse();
        robot.type(KeyCode.PERIOD, KeyCode.PERIOD);
        assertThat(player.screen().pausedProperty().get()).isFalse();
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(text(robot, "#player-phase")).isEqualTo("Hold");
        robot.type(KeyCode.PAGE_UP);
        assertThat(text(robot, "#player-phase")).isEqualTo("Get into position");
        robot.type(KeyCode.ESCAPE);
        assertThat(overlay(player)).isEqualTo(PlayerViewModel.Overlay.END_CONFIRM);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(overlay(player)).as("any other key carries on").isEqualTo(PlayerViewModel.Overlay.NONE);

        int checks = 0;
        for (int press = 0; press < 40 && window.player().isPresent(); press++) {
            if (overlay(player) == PlayerViewModel.Overlay.BETWEEN_CHECK) {
                checks++;
                assertThat(focused()).as("the check's safe answer is chosen").isEqualTo("check-continue");
                robot.type(KeyCode.B);
            } else {
                robot.type(KeyCode.PAGE_DOWN);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(checks).isEqualTo(1);
        assertThat(window.screen()).isInstanceOf(Screen.End.class);
    }

    @Test
    void aClickerAloneStartsTheSessionFromHomeAndGoesHomeFromTheEnd(FxRobot robot) {
        robot.type(KeyCode.F5);
        assertThat(window.screen()).as("F5 on home: Start session").isInstanceOf(Screen.BeforeStart.class);
        robot.type(KeyCode.B);
        assertThat(window.screen()).as("B on Before you start: Begin").isInstanceOf(Screen.Playing.class);
        PlayerViewModel player = window.player().orElseThrow();
        for (int press = 0; press < 40 && window.player().isPresent(); press++) {
            robot.type(overlay(player) == PlayerViewModel.Overlay.BETWEEN_CHECK ? KeyCode.PERIOD : KeyCode.PAGE_DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.screen()).isInstanceOf(Screen.End.class);

        robot.type(KeyCode.PERIOD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.screen()).as("\".\" on the end screen: back to home").isInstanceOf(Screen.Home.class);
    }

    @Test
    void onHomeBAndFullStopStayLettersInTheSearchBox(FxRobot robot) {
        robot.interact(() -> stage.getScene().lookup("#home-filter").requestFocus());
        robot.type(KeyCode.B, KeyCode.PERIOD);
        assertThat(window.screen()).isInstanceOf(Screen.Home.class);
        assertThat(robot.lookup("#home-filter").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("b.");
    }

    @Test
    void aClickerAnswersTheCheckWithMyPainIsWorse(FxRobot robot) {
        PlayerViewModel player = startSession(robot);
        robot.interact(player::skipExercise);
        assertThat(overlay(player)).isEqualTo(PlayerViewModel.Overlay.BETWEEN_CHECK);

        robot.type(KeyCode.PAGE_DOWN);
        assertThat(focused()).isEqualTo("check-stop");
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(focused()).as("round again").isEqualTo("check-continue");
        robot.type(KeyCode.PAGE_UP);
        assertThat(focused()).isEqualTo("check-stop");
        robot.type(KeyCode.PERIOD);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#end-title")).isEqualTo("\u26A0 Session stopped: your pain got worse");
    }

    @Test
    void aClickerAnswersThePainQuestionAndTheEndQuestion(FxRobot robot) {
        PlayerViewModel player = startSession(robot);
        robot.clickOn("#player-pain");
        assertThat(overlay(player)).isEqualTo(PlayerViewModel.Overlay.PAIN_CONFIRM);
        assertThat(focused()).isEqualTo("pain-yes");
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(focused()).isEqualTo("pain-no");
        robot.type(KeyCode.F5);
        assertThat(overlay(player)).as("No, carry on").isEqualTo(PlayerViewModel.Overlay.NONE);
        assertThat(player.screen().pausedProperty().get()).isFalse();

        robot.type(KeyCode.ESCAPE, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#end-title")).isEqualTo("\u26A0 Session stopped");
    }

    @Test
    void underAPhysiosLimitAClickerChoosesAndGivesANumber(FxRobot robot) throws Exception {
        openRoutineWithALimit(robot);
        PlayerViewModel player = startSession(robot);
        robot.interact(player::skipExercise);
        assertThat(overlay(player)).isEqualTo(PlayerViewModel.Overlay.BETWEEN_CHECK);
        robot.type(KeyCode.B);
        assertThat(overlay(player)).as("no number is chosen for the person").isEqualTo(PlayerViewModel.Overlay.BETWEEN_CHECK);

        robot.type(KeyCode.PAGE_DOWN);
        assertThat(focused()).isEqualTo("check-rate-0");
        robot.type(KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN, KeyCode.PAGE_UP);
        assertThat(focused()).isEqualTo("check-rate-3");
        robot.type(KeyCode.B);

        assertThat(overlay(player)).as("3 is at the limit: on to the next").isEqualTo(PlayerViewModel.Overlay.NONE);
        assertThat(player.session().state().exerciseIndex()).isEqualTo(1);
    }

    @Test
    void digitsChooseAPainNumberWhereverTheFocusIs(FxRobot robot) throws Exception {
        openRoutineWithALimit(robot);
        PlayerViewModel player = startSession(robot);
        robot.type(KeyCode.P);
        assertThat(overlay(player)).isEqualTo(PlayerViewModel.Overlay.PAIN_CONFIRM);
        robot.interact(() -> stage.getScene().lookup("#pain-stop").requestFocus());
        robot.type(KeyCode.DIGIT2);
        assertThat(focused()).as("from the stop button").isEqualTo("pain-rate-2");
        robot.interact(() -> stage.getScene().getRoot().requestFocus());
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT0);
        assertThat(focused()).as("from outside the card, 1 then 0").isEqualTo("pain-rate-10");
        robot.type(KeyCode.NUMPAD1);
        assertThat(focused()).as("the keypad's digits too").isEqualTo("pain-rate-1");
        robot.type(KeyCode.ENTER);

        assertThat(overlay(player)).isEqualTo(PlayerViewModel.Overlay.NONE);
        assertThat(player.painRatingProperty().get()).isEqualTo(1);
    }

    @Test
    void aKeyboardsMediaKeysPauseResumeSkipAndGoBack(FxRobot robot) {
        PlayerViewModel player = startSession(robot);

        robot.type(KeyCode.PLAY);
        assertThat(player.screen().pausedProperty().get()).isTrue();
        robot.type(KeyCode.PLAY);
        assertThat(player.screen().pausedProperty().get()).isFalse();
        robot.type(KeyCode.TRACK_NEXT);
        assertThat(text(robot, "#player-phase")).isEqualTo("Hold");
        robot.type(KeyCode.TRACK_PREV);
        assertThat(text(robot, "#player-phase")).isEqualTo("Get into position");
        robot.type(KeyCode.STOP);
        assertThat(overlay(player)).isEqualTo(PlayerViewModel.Overlay.END_CONFIRM);
        robot.type(KeyCode.STOP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.screen()).isInstanceOf(Screen.End.class);
    }
}
