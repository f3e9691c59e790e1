package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.history.ExerciseResult;
import org.exerciseplayer.history.InMemoryHistoryStore;
import org.exerciseplayer.history.MorningCheck;
import org.exerciseplayer.history.OpenedHistory;
import org.exerciseplayer.history.SessionRecord;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.player.RecordingScreenAwake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * By keyboard: Enter does the screen's main action from a tick box, a pain number or a menu button (not what that
 * control would do), and digits choose a pain number wherever one is asked, without reaching the buttons first.
 */
@ExtendWith(ApplicationExtension.class)
class EnterAndDigitsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    private final InMemoryHistoryStore history = new InMemoryHistoryStore();
    private final Settings settings = Settings.inMemory();
    private Stage stage;
    private AppWindow window;
    private int catalogueAsked;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new AppWindow(stage, () -> {
            catalogueAsked++;
            return Optional.empty();
        }, new Services(settings, RecordingSoundCues::new, new RecordingScreenAwake(), Runnable::run,
                new ManualClock(), () -> new OpenedHistory(history, Optional.empty()), Clock.fixed(NOW,
                ZoneOffset.UTC)));
        stage.show();
    }

    private void open(FxRobot robot, Optional<Path> file) {
        settings.setMorningCheckAskedOn(java.time.LocalDate.ofInstant(NOW, ZoneOffset.UTC));
        robot.interact(() -> window.open(file));
        robot.interact(stage::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().isPresent();
    }

    private ToggleButton number(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ToggleButton.class);
    }

    @Test
    void onHomeEnterStartsFromATickBoxAndFromTheHandoutMenuButtonWithoutOpeningItsMenu(FxRobot robot) {
        open(robot, Optional.empty());
        robot.interact(() -> robot.lookup("#home-handout").query().requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#start-begin")).as("Enter on the handout button starts").isTrue();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#include-clam").query().requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#start-begin")).as("Enter on a tick box starts, and does not untick it").isTrue();
    }

    @Test
    void beforeYouStartADigitChoosesThePainFromAnywhereAndEnterThenBegins(FxRobot robot) {
        open(robot, Optional.empty());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#start-begin").query().isFocused()).isTrue();

        robot.type(KeyCode.DIGIT7);
        assertThat(number(robot, "#start-pain-7").isSelected()).isTrue();
        assertThat(number(robot, "#start-pain-7").isFocused()).isTrue();
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT0);
        assertThat(number(robot, "#start-pain-10").isSelected()).as("1 then 0 is 10").isTrue();
        robot.type(KeyCode.BACK_SPACE);
        assertThat(robot.lookup("#start-pain .toggle-button").queryAllAs(ToggleButton.class))
                .noneMatch(ToggleButton::isSelected);
        robot.type(KeyCode.NUMPAD0);
        assertThat(number(robot, "#start-pain-0").isSelected()).as("the keypad's digits too").isTrue();
        robot.clickOn("#start-pain-4");
        assertThat(number(robot, "#start-pain-4").isSelected()).isTrue();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.player()).as("Enter on a chosen number begins, rather than un-choosing it").isPresent();
        robot.interact(() -> {
            window.player().orElseThrow().requestEnd();
            window.player().orElseThrow().confirmEnd();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#end-pain-comparison").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("Pain before: 4/10");
    }

    @Test
    void atTheEndADigitRatesThePainAfterAndEnterGoesBackToTheExercises(FxRobot robot) {
        open(robot, Optional.empty());
        robot.type(KeyCode.ENTER, KeyCode.ENTER);
        robot.interact(() -> {
            window.player().orElseThrow().requestEnd();
            window.player().orElseThrow().confirmEnd();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#end-home")).isTrue();

        robot.type(KeyCode.DIGIT3);
        assertThat(number(robot, "#end-pain-3").isSelected()).isTrue();
        assertThat(robot.lookup("#end-pain-comparison").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("Pain after: 3/10");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#home-start")).isTrue();
    }

    @Test
    void afterAStopAboveThePhysiosLimitTheEndDoesNotAskForThePainAgain(FxRobot robot) {
        open(robot, Optional.of(ScreenTour.ROUTINE));
        robot.type(KeyCode.ENTER, KeyCode.ENTER);
        robot.interact(() -> {
            window.player().orElseThrow().reportPainIncrease();
            window.player().orElseThrow().answerPain(6);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#end-home")).isTrue();
        assertThat(shown(robot, "#end-pain")).as("the 0-10 scale is not shown again").isFalse();
        javafx.scene.control.Label comparison = robot.lookup("#end-pain-comparison")
                .queryAs(javafx.scene.control.Label.class);
        assertThat(comparison.getText()).isEqualTo("Pain when you stopped: 6/10");

        robot.type(KeyCode.DIGIT2);
        assertThat(comparison.getText()).as("a digit gives no second rating").isEqualTo("Pain when you stopped: 6/10");
    }

    @Test
    void theNextMorningUnderALimitADigitAndEnterGiveTheNumber(FxRobot robot) throws Exception {
        Instant yesterday = NOW.minus(Duration.ofHours(14));
        long id = history.sessionStarted(yesterday, "hip", "Hip exercises", Optional.empty(), OptionalInt.of(3));
        history.exerciseFinished(id, new ExerciseResult(0, "clam", "Clam exercise", ExerciseResult.Outcome.DONE,
                10, 10, 0, 10));
        history.sessionEnded(id, yesterday.plusSeconds(1800), SessionRecord.Ending.COMPLETED, Optional.empty());
        robot.interact(() -> window.open(Optional.of(ScreenTour.ROUTINE)));
        robot.interact(stage::requestFocus);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> shown(robot, "#morning-give"));
        robot.interact(() -> robot.lookup("#morning-skip").query().requestFocus());

        robot.type(KeyCode.DIGIT2);
        assertThat(number(robot, "#morning-pain-2").isSelected()).isTrue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> shown(robot, "#home-start"));

        assertThat(history.morningChecks()).singleElement().satisfies(check -> {
            assertThat(check.rating()).isEqualTo(OptionalInt.of(2));
            assertThat(check.answer()).as("2/10, against 3/10 before yesterday's session")
                    .isEqualTo(MorningCheck.Answer.BETTER);
        });
    }

    @Test
    void aFilesProblemsScreenOpensAnotherFileWithEnter(FxRobot robot) {
        open(robot, Optional.of(ScreenTour.BROKEN));
        assertThat(shown(robot, "#problems-list")).isTrue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(catalogueAsked).isEqualTo(1);
    }
}
