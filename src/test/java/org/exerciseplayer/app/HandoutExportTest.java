package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.history.InMemoryHistoryStore;
import org.exerciseplayer.history.OpenedHistory;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineLoader;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.player.RecordingScreenAwake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The handout from the File menu and the home screen: the open catalogue's or routine's handout saved where the
 * person chose, in normal or large type.
 */
@ExtendWith(ApplicationExtension.class)
class HandoutExportTest {

    @TempDir
    static Path folder;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private AppWindow window;

    @Start
    void start(Stage stage) {
        window = new AppWindow(stage, dialogs, new Services(Settings.inMemory(), RecordingSoundCues::new,
                new RecordingScreenAwake(), Runnable::run, new ManualClock(),
                () -> new OpenedHistory(new InMemoryHistoryStore(), Optional.empty()),
                Clock.fixed(Instant.parse("2026-11-25T19:00:00Z"), ZoneOffset.UTC)));
        window.open(Optional.empty());
        stage.show();
    }

    private static MenuItem fileItem(FxRobot robot, String id) {
        Menu file = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        robot.interact(() -> file.getOnShowing().handle(null));
        return file.getItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private static String text(Path pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static int pages(Path pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void theFileMenuSavesTheOpenCataloguesHandoutInNormalAndLargeType(FxRobot robot) throws Exception {
        Catalogue hip = BundledCatalogue.load();
        Path normal = folder.resolve("normal.pdf");
        Path large = folder.resolve("large.pdf");

        dialogs.saveAs(normal);
        MenuItem handout = fileItem(robot, "menu-file-handout");
        assertThat(handout.isDisable()).isFalse();
        robot.interact(handout::fire);
        assertThat(ScriptedDialogs.closeAlert(robot)).isEqualTo("Saved to " + normal);
        dialogs.saveAs(large);
        robot.interact(fileItem(robot, "menu-file-handoutLarge")::fire);
        assertThat(ScriptedDialogs.closeAlert(robot)).isEqualTo("Saved to " + large);

        assertThat(dialogs.titles).containsExactly("Save the handout to print", "Save the large-type handout to print");
        assertThat(dialogs.suggestedNames).containsExactly("hip-exercises-handout.pdf", "hip-exercises-handout-large-type.pdf");
        String text = text(normal);
        assertThat(text).startsWith(hip.title() + " When to stop").contains(hip.safety().stopRule());
        hip.exercises().forEach(e -> assertThat(text).contains(e.name()));
        assertThat(pages(large)).isGreaterThan(pages(normal));
    }

    @Test
    void withTheEditorOpenTheHandoutIsOfTheRoutineBeingEdited(FxRobot robot) throws Exception {
        Catalogue hip = BundledCatalogue.load();
        Path edited = folder.resolve("edited.pdf");
        robot.interact(window::newRoutine);
        var editor = window.routineEditor().orElseThrow();
        robot.interact(() -> editor.add(hip.exercises().get(2).id()));

        dialogs.saveAs(edited);
        robot.interact(fileItem(robot, "menu-file-handout")::fire);
        assertThat(ScriptedDialogs.closeAlert(robot)).isEqualTo("Saved to " + edited);

        String text = text(edited);
        assertThat(text).contains(hip.exercises().get(2).name()).doesNotContain(hip.exercises().get(0).name());
        assertThat(dialogs.suggestedNames).containsExactly("my-routine-handout.pdf");
    }

    @Test
    void homeSavesTheOpenRoutinesHandoutWithItsPrescriberPainLimitAndNotes(FxRobot robot) throws Exception {
        Path example = Path.of("exercises/examples/hip-starter.routine.json");
        RoutineDocument routine = RoutineLoader.load(example);
        robot.interact(() -> window.open(Optional.of(example)));
        Path large = folder.resolve("routine-large.pdf");

        dialogs.saveAs(large);
        MenuButton handout = robot.lookup("#home-handout").queryAs(MenuButton.class);
        assertThat(handout.getTooltip().getText()).contains("large type");
        robot.interact(() -> handout.getItems().stream().filter(i -> "home-handout-large".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        assertThat(ScriptedDialogs.closeAlert(robot)).isEqualTo("Saved to " + large);

        assertThat(dialogs.suggestedNames).containsExactly("hip-starter-routine-example-handout-large-type.pdf");
        String text = text(large);
        assertThat(text).startsWith(routine.title() + " Prescribed by " + routine.prescribedBy().orElseThrow())
                .contains("pain up to 3 out of 10").contains(routine.notes().get(0))
                .contains(routine.item(0).notes().get(0)).contains("Easier version:");
        for (int i = 0; i < routine.size(); i++) {
            assertThat(text).contains((i + 1) + ". " + routine.exercise(i).name());
        }
        assertThat(text).doesNotContain("Hip flexor stretch");
    }
}
