package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.catalogue.Fifos;
import org.exerciseplayer.catalogue.FormatGuide;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.player.RecordingScreenAwake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window with files that are not what they seem, and the format guide it carries (Help &gt; File formats), to
 * which its problems screen points.
 */
@ExtendWith(ApplicationExtension.class)
class FileFormatsWindowTest {

    @TempDir
    Path folder;

    private AppWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        window = new AppWindow(stage, dialogs, new Services(Settings.inMemory(), RecordingSoundCues::new,
                new RecordingScreenAwake(), Runnable::run, new ManualClock()));
        window.open(Optional.empty());
        stage.show();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aNamedPipeOpenedInTheWindowIsNamedForWhatItIsWithoutWaiting(FxRobot robot) throws Exception {
        Path pipe = Fifos.make(folder.resolve("pipe.json"));
        robot.interact(() -> window.open(Optional.of(pipe)));

        assertThat(robot.lookup("#problems-list").queryAs(TextArea.class).getText()).isEqualTo(pipe
                + ": is a named pipe (FIFO), not a file; only a catalogue or routine saved as a file (.json) can be"
                + " opened");
    }

    @Test
    void theProblemsScreenCountsEveryProblemAndPointsToTheGuideTheAppCarries(FxRobot robot) throws Exception {
        StringBuilder fields = new StringBuilder("{");
        for (int i = 0; i < 500; i++) {
            fields.append("\"x").append(i).append("\":0,");
        }
        Path file = Files.writeString(folder.resolve("many.json"), fields + "\"formatVersion\": 1}",
                StandardCharsets.UTF_8);
        robot.interact(() -> window.open(Optional.of(file)));

        // The path may break after each folder (issue 17: a zero-width space there); the words are the same.
        assertThat(robot.lookup(".label").queryAllAs(Label.class))
                .extracting(label -> label.getText().replace("\u200B", ""))
                .contains("508 problems were found in " + file + ":")
                .anyMatch(text -> text.contains("Help > File formats"))
                .noneMatch(text -> text.contains("docs/"));
    }

    @Test
    void helpFileFormatsShowsTheGuidesAndSavesACopy(FxRobot robot) throws Exception {
        robot.clickOn("Help");
        robot.clickOn("#menu-help-formats");
        WaitForAsyncUtils.waitForFxEvents();

        Window guide = robot.listTargetWindows().stream().filter(w -> w instanceof Stage stage
                && stage.getTitle().equals("File formats: catalogues and routines")).findFirst().orElseThrow();
        TextArea catalogue = robot.from(guide.getScene().getRoot()).lookup("#guide-text-catalogue")
                .queryAs(TextArea.class);
        assertThat(catalogue.getText()).startsWith("# Writing an exercise catalogue")
                .isEqualTo(FormatGuide.text(FormatGuide.Kind.CATALOGUE));

        Path saved = folder.resolve("guide.md");
        dialogs.saveAs(saved);
        robot.clickOn("#guide-save");
        assertThat(ScriptedDialogs.closeAlert(robot)).isEqualTo("The guide was saved as " + saved + ".");
        assertThat(Files.readString(saved)).isEqualTo(FormatGuide.text(FormatGuide.Kind.CATALOGUE));
        assertThat(dialogs.suggestedNames).containsExactly("catalogue-format.md");
        robot.interact(() -> ((Stage) guide).close());
    }
}
