package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.history.FillingHistoryStore;
import org.exerciseplayer.history.OpenedHistory;
import org.exerciseplayer.history.SessionRecord;
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
 * A disk that fills just after the session starts, through the real window, headless: the player says so beside the
 * keep-awake note, the end screen and home say the session is not in the history yet, the session is saved to a CSV
 * file the person chooses, closing asks first, and once the disk has room "Try again now" saves it all.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryFaultFlowTest {

    private static final Path SHORT = Path.of("src/test/resources/catalogues/short.json");

    private final ManualClock clock = new ManualClock();
    private final RecordingScreenAwake awake = new RecordingScreenAwake();
    private final FillingHistoryStore disk = new FillingHistoryStore();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Stage stage;
    private AppWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        awake.unavailable = true;
        window = new AppWindow(stage, dialogs, new Services(Settings.inMemory(), RecordingSoundCues::new, awake,
                Runnable::run, clock, () -> new OpenedHistory(disk, Optional.empty()),
                Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC)));
        window.open(Optional.of(SHORT));
        stage.show();
    }

    @BeforeEach
    void focus(FxRobot robot) {
        robot.interact(stage::requestFocus);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private boolean shown(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node.isVisible() && node.isManaged();
    }

    private void playToTheEnd(FxRobot robot) {
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.CLOSE_BRACKET, 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(disk.kept.sessions()).as("the session's start was written").hasSize(1);
        disk.full = true; // from here on, as on a disk that has just filled up
        String notes = "";
        for (int frame = 0; frame < 400 && window.player().isPresent(); frame++) {
            clock.advanceMillis(250);
            robot.interact(() -> window.player().ifPresent(PlayerViewModel::tick));
            if (window.player().isPresent()) {
                notes = window.player().get().noteProperty().get();
                if (window.player().get().overlayProperty().get() == PlayerViewModel.Overlay.BETWEEN_CHECK) {
                    robot.type(KeyCode.ENTER);
                }
            }
        }
        assertThat(notes.lines().toList()).as("the player's notes, one a line, at the last frame").containsExactly(
                "This computer could not be asked to keep the screen awake; if it dims during a hold, move the mouse "
                        + "or change the power settings.",
                FillingHistoryStore.FULL + " Nothing of this session is lost: Exercise Player keeps it while it stays "
                        + "open and tries again until it can be saved; the end screen can also save it to a file.");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDiskThatFillsMidSessionIsSaidOnThePlayerTheEndScreenAndHomeAndLosesNothing(FxRobot robot)
            throws Exception {
        playToTheEnd(robot);

        assertThat(text(robot, "#end-title")).isEqualTo("\u2714 Session complete");
        assertThat(shown(robot, "#end-keeping")).isTrue();
        assertThat(text(robot, "#end-keeping-text")).startsWith("This session is not in your history yet. "
                + FillingHistoryStore.FULL);
        assertThat(disk.kept.sessions().get(0).exercises()).as("what the disk took").isEmpty();

        Path csv = folder.resolve("today.csv");
        dialogs.saveAs(csv);
        robot.clickOn("#end-keeping-save");
        assertThat(ScriptedDialogs.closeAlert(robot)).isEqualTo("Saved to " + csv);
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(3);
        assertThat(rows.subList(1, 3)).allSatisfy(row -> assertThat(row).contains("COMPLETED").endsWith(",done"));
        assertThat(rows.get(1)).contains("Short hold");
        assertThat(rows.get(2)).contains("Short repetitions");
        assertThat(text(robot, "#end-keeping-text")).endsWith("It was saved to " + csv + ".");

        robot.clickOn("#end-home");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#home-keeping")).isTrue();
        assertThat(text(robot, "#home-keeping-text")).startsWith("One session from this run is not in your history "
                + "yet. " + FillingHistoryStore.FULL).endsWith("It was saved to " + csv + ".");

        List<String> asked = new ArrayList<>();
        window.keeping().answerCloseQuestionWith(question -> {
            asked.add(question);
            return HistoryKeeping.CloseAnswer.STAY;
        });
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(stage.isShowing()).isTrue();
        assertThat(asked).singleElement().asString().endsWith("If you close Exercise Player now, it is lost.");

        disk.full = false;
        robot.clickOn("#home-keeping-retry");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#home-keeping").query().isVisible());
        SessionRecord kept = disk.kept.sessions().get(0);
        assertThat(kept.exercises()).hasSize(2);
        assertThat(kept.ending()).isEqualTo(SessionRecord.Ending.COMPLETED);
        assertThat(window.keeping().mayClose()).as("nothing left to ask about").isTrue();
    }
}
