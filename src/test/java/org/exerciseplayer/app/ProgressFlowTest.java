package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.history.ExerciseResult;
import org.exerciseplayer.history.InMemoryHistoryStore;
import org.exerciseplayer.history.OpenedHistory;
import org.exerciseplayer.history.SessionRecord;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.player.RecordingScreenAwake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The history seen through the window: the review advice on home and progress after two weeks without easing,
 * and both exports written where the person chose, or a plain message where they cannot be.
 */
@ExtendWith(ApplicationExtension.class)
class ProgressFlowTest {

    private static final Instant NOW = Instant.parse("2026-11-25T19:00:00Z");

    @TempDir
    static Path folder;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Stage stage;
    private AppWindow window;

    /** Fifteen days of sessions with pain staying at 5: the review advice applies. */
    private static InMemoryHistoryStore painNotEasing() throws Exception {
        InMemoryHistoryStore store = new InMemoryHistoryStore();
        for (int day = 15; day >= 0; day--) {
            Instant start = NOW.minus(Duration.ofDays(day)).minus(Duration.ofHours(10));
            long id = store.sessionStarted(start, "hip", "Hip exercises", Optional.empty(), OptionalInt.of(5));
            store.exerciseFinished(id, new ExerciseResult(0, "clam", "Clam exercise", ExerciseResult.Outcome.DONE,
                    20, 20, 0, 20));
            store.sessionEnded(id, start.plusSeconds(1200), SessionRecord.Ending.COMPLETED, Optional.empty());
            store.painAfter(id, 5);
        }
        return store;
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        InMemoryHistoryStore history = painNotEasing();
        window = new AppWindow(stage, dialogs, new Services(Settings.inMemory(), RecordingSoundCues::new,
                new RecordingScreenAwake(), Runnable::run, new ManualClock(),
                () -> new OpenedHistory(history, Optional.empty()), Clock.fixed(NOW, ZoneOffset.UTC)));
        window.open(Optional.empty());
        stage.show();
    }

    @Test
    void reviewAdviceShowsOnHomeAndProgressAfterTwoWeeksWithoutEasing(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        String advice = robot.lookup("#home-advice").queryAs(Label.class).getText();
        assertThat(advice).isEqualTo("Your pain has not eased since your first days of exercises. Should your"
                + " symptoms not ease after two weeks of completing these exercises, a physiotherapy assessment may"
                + " be required.");

        robot.clickOn("#home-progress");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#progress-advice").queryAs(Label.class).getText()).isEqualTo(advice);
        assertThat(robot.lookup("#progress-streak").queryAs(Label.class).getText())
                .isEqualTo("Current streak: 16 days in a row");
    }

    @Test
    void bothExportsAreWrittenWhereThePersonChose(FxRobot robot) throws Exception {
        robot.clickOn("#home-progress");
        WaitForAsyncUtils.waitForFxEvents();
        Path csv = folder.resolve("sessions.csv");
        Path pdf = folder.resolve("report.pdf");

        dialogs.saveAs(csv);
        robot.clickOn("#progress-export-csv");
        assertThat(ScriptedDialogs.alertTitle(robot)).isEqualTo("The file was saved");
        assertThat(ScriptedDialogs.closeAlert(robot)).isEqualTo("Saved to " + csv);
        dialogs.saveAs(pdf);
        robot.clickOn("#progress-export-pdf");
        assertThat(ScriptedDialogs.closeAlert(robot)).isEqualTo("Saved to " + pdf);

        assertThat(Files.readAllLines(csv)).hasSize(1 + 16).first().asString().startsWith("session id,");
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document).replace("\n", " ")).contains("Hip exercises",
                    "Period: 10 November 2026 to 25 November 2026", "a physiotherapy assessment", "Sessions done: 16 of the 32");
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhereAndWhy(FxRobot robot) {
        robot.clickOn("#home-progress");
        WaitForAsyncUtils.waitForFxEvents();
        Path nowhere = folder.resolve("no-such-folder").resolve("sessions.csv");

        dialogs.saveAs(nowhere);
        robot.clickOn("#progress-export-csv");

        assertThat(ScriptedDialogs.alertTitle(robot)).isEqualTo("The file was not saved");
        assertThat(ScriptedDialogs.closeAlert(robot)).startsWith("Could not save " + nowhere + ": ")
                .endsWith("Nothing in your history was changed.");
        assertThat(Files.exists(nowhere)).isFalse();
        assertThat(Window.getWindows()).hasSize(1);
    }
}
