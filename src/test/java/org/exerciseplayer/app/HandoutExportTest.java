package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.DialogPane;
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
import org.testfx.util.WaitForAsyncUtils;

/** The File menu's handout items: the handout saved where the person chose, in normal or large type. */
@ExtendWith(ApplicationExtension.class)
class HandoutExportTest {

    @TempDir
    static Path folder;

    private final Deque<Path> saveAnswers = new ArrayDeque<>();
    private final List<String> titles = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    @Start
    void start(Stage stage) {
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Optional<Path> chooseCatalogue() {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseSaveFile(String title, String name, String filter, String pattern) {
                titles.add(title);
                names.add(name);
                return Optional.ofNullable(saveAnswers.poll());
            }
        };
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

    private String alertText(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String text = pane.getContentText();
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        return text;
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

        saveAnswers.add(normal);
        MenuItem handout = fileItem(robot, "menu-file-handout");
        assertThat(handout.isDisable()).isFalse();
        robot.interact(handout::fire);
        assertThat(alertText(robot)).isEqualTo("Saved to " + normal);
        saveAnswers.add(large);
        robot.interact(fileItem(robot, "menu-file-handoutLarge")::fire);
        assertThat(alertText(robot)).isEqualTo("Saved to " + large);

        assertThat(titles).containsExactly("Save the handout to print", "Save the large-type handout to print");
        assertThat(names).containsExactly("hip-exercises-handout.pdf", "hip-exercises-handout-large-type.pdf");
        String text = text(normal);
        assertThat(text).startsWith(hip.title() + " When to stop").contains(hip.safety().stopRule());
        hip.exercises().forEach(e -> assertThat(text).contains(e.name()));
        assertThat(pages(large)).isGreaterThan(pages(normal));
    }
}
