package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.routine.RoutineFixtures;
import org.exerciseplayer.routine.RoutineWriter;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.player.PlayerViewModel;
import org.exerciseplayer.ui.player.RecordingScreenAwake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The player's questions and the physio's box in presenter mode and with large text (issue 17): "From your physio"
 * readable (it was white on pale blue), nothing of the check between exercises or the pain question cut off ("Next:
 * Single leg knee h…", "No worse, con…"), and the pain numbers growing with the text.
 */
@ExtendWith(ApplicationExtension.class)
class PlayerPresenterTest {

    private final Settings settings = Settings.inMemory();
    private Stage stage;
    private AppWindow window;
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new AppWindow(stage, Optional::empty, new Services(settings, RecordingSoundCues::new,
                new RecordingScreenAwake(), Runnable::run, new ManualClock()));
        stage.show();
    }

    private PlayerViewModel startRoutine(FxRobot robot, double width, double height, boolean presenter)
            throws Exception {
        Path file = folder.resolve("sam.routine.json");
        RoutineWriter.save(RoutineFixtures.threeExercises(BundledCatalogue.load()), file);
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            window.open(Optional.of(file));
            window.showPresenterLayout(presenter);
            stage.requestFocus();
        });
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        return window.player().orElseThrow();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080", "1280, 720"})
    void inPresenterModeThePhysiosNotesAndTheQuestionsAreReadableAndWhole(double width, double height,
                                                                         FxRobot robot) throws Exception {
        PlayerViewModel player = startRoutine(robot, width, height, true);

        robot.interact(() -> {
            Node physio = stage.getScene().lookup("#player-physio-notes");
            assertThat(physio.isVisible()).isTrue();
            for (Node line : physio.lookupAll(".label")) {
                Labeled label = (Labeled) line;
                assertThat(contrast((Color) label.getTextFill(), background(label))).as(label.getText())
                        .isGreaterThanOrEqualTo(7);
            }
        });
        robot.type(KeyCode.P);
        assertWhole(robot, "#pain-confirm");
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.ESCAPE);
        assertWhole(robot, "#end-confirm");
        robot.type(KeyCode.K);
        robot.interact(player::skipExercise);
        assertWhole(robot, "#between-check");
    }

    @Test
    void thePainNumbersGrowWithTheText(FxRobot robot) throws Exception {
        startRoutine(robot, 1366, 768, false);
        robot.type(KeyCode.P);
        double[] normal = OnFxThread.read(() -> size("#pain-rate-10"));
        assertWhole(robot, "#pain-confirm");

        robot.press(KeyCode.CONTROL);
        for (int step = 0; step < 10; step++) {
            robot.type(KeyCode.EQUALS);
        }
        robot.release(KeyCode.CONTROL);
        assertThat(window.textScale()).isEqualTo(2.0);
        double[] large = OnFxThread.read(() -> size("#pain-rate-10"));

        assertThat(large[0]).as("width").isGreaterThanOrEqualTo(1.8 * normal[0]);
        assertThat(large[1]).as("height").isGreaterThanOrEqualTo(1.8 * normal[1]);
        assertWhole(robot, "#pain-confirm");
    }

    private double[] size(String id) {
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
        Region button = (Region) stage.getScene().lookup(id);
        return new double[] {button.getWidth(), button.getHeight()};
    }

    /** Every text of the card is whole (not ellipsised) and inside the card and the window. */
    private void assertWhole(FxRobot robot, String cardId) {
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            Parent card = (Parent) stage.getScene().lookup(cardId);
            assertThat(card.isVisible()).as(cardId).isTrue();
            Bounds cardBounds = card.localToScene(card.getLayoutBounds());
            assertThat(cardBounds.getMinX()).isGreaterThanOrEqualTo(0);
            assertThat(cardBounds.getMinY()).isGreaterThanOrEqualTo(0);
            assertThat(cardBounds.getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
            assertThat(cardBounds.getMaxY()).isLessThanOrEqualTo(stage.getScene().getHeight());
            List<Labeled> texts = new ArrayList<>();
            card.lookupAll(".label").forEach(n -> texts.add((Labeled) n));
            card.lookupAll(".button").forEach(n -> texts.add((Labeled) n));
            assertThat(texts).isNotEmpty();
            for (Labeled labeled : texts) {
                if (!labeled.isVisible() || labeled.getText() == null || labeled.getText().isEmpty()) {
                    continue;
                }
                Text shown = (Text) labeled.lookup(".text");
                assertThat(shown.getText()).as(cardId + ": " + labeled.getText()).isEqualTo(labeled.getText());
                Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
                assertThat(bounds.getMaxX()).as(labeled.getText()).isLessThanOrEqualTo(cardBounds.getMaxX() + 0.5);
                assertThat(bounds.getMaxY()).as(labeled.getText()).isLessThanOrEqualTo(cardBounds.getMaxY() + 0.5);
            }
        });
    }

    /** The colour behind a node: the first solid background fill of it or a parent. */
    private static Color background(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (up instanceof Region region && region.getBackground() != null) {
                for (var fill : region.getBackground().getFills()) {
                    if (fill.getFill() instanceof Color color && color.getOpacity() > 0.99) {
                        return color;
                    }
                }
            }
        }
        return Color.WHITE;
    }

    /** WCAG 2 contrast ratio. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double value) {
        return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
