package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javafx.scene.control.Menu;
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
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.player.RecordingScreenAwake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The File menu's handout items: the handout saved where the person chose, in normal or large type. */
@ExtendWith(ApplicationExtension.class)
class HandoutExportTest {

    @TempDir
    static Path folder;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        AppWindow window = new AppWindow(stage, dialogs, new Services(Settings.inMemory(), RecordingSoundCues::new,
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
}
