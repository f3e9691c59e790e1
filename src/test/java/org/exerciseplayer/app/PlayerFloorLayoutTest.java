package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.player.PlayerViewModel;
import org.exerciseplayer.ui.player.RecordingScreenAwake;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The player for someone on the floor (issue 13), for every exercise of the hip session at the window sizes and text
 * sizes people use: the figure never below 240 pixels tall, at 1366x768 at least as tall as the countdown ring, and
 * every step, caution and physio's note readable without scrolling at 1366x768 and larger (normal text). Each run
 * writes its measures to {@code target/floor-layout/} for the record; {@code bench/floor-screens.sh} takes the
 * pictures.
 */
@ExtendWith(ApplicationExtension.class)
class PlayerFloorLayoutTest {

    private final ManualClock clock = new ManualClock();
    private final Settings settings = Settings.inMemory();
    private Stage stage;
    private AppWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new AppWindow(stage, Optional::empty, new Services(settings, RecordingSoundCues::new,
                new RecordingScreenAwake(), Runnable::run, clock));
        window.open(Optional.of(Path.of("exercises/hip.json")));
        stage.show();
    }

    @ParameterizedTest(name = "{0}x{1}, text x{2}")
    @CsvSource({"1024, 640, 1.0", "1024, 640, 2.0", "1366, 768, 1.0", "1366, 768, 2.0",
            "1920, 1080, 1.0", "1920, 1080, 2.0", "3840, 2160, 1.0", "3840, 2160, 2.0"})
    void theFigureStaysLargeAndEveryStepIsReadableWithoutScrolling(double width, double height, double textScale,
                                                                   FxRobot robot) throws Exception {
        robot.interact(() -> {
            settings.setTextScale(textScale);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.requestFocus();
        });
        // The window reads the text size when it changes: one step down and up again applies the one set.
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertThat(window.textScale()).isEqualTo(textScale);
        robot.interact(() -> {
            ((javafx.scene.control.ButtonBase) stage.getScene().lookup("#home-start")).fire();
        });
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            ((javafx.scene.control.ButtonBase) stage.getScene().lookup("#start-begin")).fire();
        });
        List<FloorMeasures.Measure> measures = new ArrayList<>();
        for (int guard = 0; guard < 20 && window.player().isPresent(); guard++) {
            robot.interact(() -> FloorMeasures.toWork(window.player().orElseThrow(), clock));
            measures.add(OnFxThread.read(() -> FloorMeasures.measure(stage,
                    window.player().orElseThrow().screen().exerciseNameProperty().get())));
            assertControlsInside(robot);
            robot.interact(() -> FloorMeasures.nextExercise(window.player().orElseThrow()));
        }
        String name = String.format(Locale.ROOT, "%.0fx%.0f-text%.1f", width, height, textScale);
        Path record = Path.of("target", "floor-layout", name + ".txt");
        Files.createDirectories(record.getParent());
        Files.write(record, measures.stream().map(FloorMeasures.Measure::row).toList());

        assertThat(measures).as("every exercise of the hip session").hasSize(14);
        for (FloorMeasures.Measure measure : measures) {
            assertThat(measure.figureHeight()).as(name + " " + measure.exercise() + ": figure height")
                    .isGreaterThanOrEqualTo(240);
            if (width >= 1366 && textScale <= 1.0) {
                assertThat(measure.cutOff()).as(name + " " + measure.exercise() + ": cut off").isEmpty();
                assertThat(measure.figureHeight()).as(name + " " + measure.exercise() + ": figure against ring")
                        .isGreaterThanOrEqualTo(measure.ringSize());
                assertThat(measure.ringSize()).as("ring").isGreaterThanOrEqualTo(200);
            }
        }
    }

    /** The countdown's numeral, the words of the phase and every control are inside the window. */
    private void assertControlsInside(FxRobot robot) {
        robot.interact(() -> {
            double width = stage.getScene().getWidth();
            double height = stage.getScene().getHeight();
            for (String id : List.of("#player-pain", "#player-stop", "#player-pause", "#player-countdown",
                    "#player-phase", "#player-ring")) {
                Node node = stage.getScene().lookup(id);
                Bounds bounds = node.localToScene(node.getLayoutBounds());
                assertThat(bounds.getMinX()).as(id).isGreaterThanOrEqualTo(-0.5);
                assertThat(bounds.getMinY()).as(id).isGreaterThanOrEqualTo(-0.5);
                assertThat(bounds.getMaxX()).as(id).isLessThanOrEqualTo(width + 0.5);
                assertThat(bounds.getMaxY()).as(id).isLessThanOrEqualTo(height + 0.5);
            }
            PlayerViewModel player = window.player().orElseThrow();
            assertThat(player.screen().phaseTitleProperty().get()).isNotBlank();
        });
    }
}
