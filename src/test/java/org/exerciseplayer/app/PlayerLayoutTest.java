package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.player.RecordingScreenAwake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The player at the smallest and largest window sizes, with large text, and what each control tells people. */
@ExtendWith(ApplicationExtension.class)
class PlayerLayoutTest {

    private Stage stage;
    private AppWindow window;
    private final Settings settings = Settings.inMemory();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new AppWindow(stage, Optional::empty, new Services(settings, RecordingSoundCues::new,
                new RecordingScreenAwake(), Runnable::run, new ManualClock()));
        window.open(Optional.of(Path.of("exercises/hip.json")));
        stage.show();
    }

    private void startSession(FxRobot robot) {
        robot.interact(stage::requestFocus);
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        assertThat(window.player()).isPresent();
    }

    private void assertInsideScene(FxRobot robot, String... ids) {
        WaitForAsyncUtils.waitForFxEvents();
        double width = stage.getScene().getWidth();
        double height = stage.getScene().getHeight();
        for (String id : ids) {
            Node node = robot.lookup(id).query();
            Bounds bounds = node.localToScene(node.getBoundsInLocal());
            assertThat(node.isVisible()).as(id + " visible").isTrue();
            assertThat(bounds.getMinX()).as(id + " left").isGreaterThanOrEqualTo(0);
            assertThat(bounds.getMinY()).as(id + " top").isGreaterThanOrEqualTo(0);
            assertThat(bounds.getMaxX()).as(id + " right").isLessThanOrEqualTo(width);
            assertThat(bounds.getMaxY()).as(id + " bottom").isLessThanOrEqualTo(height);
            assertThat(bounds.getHeight()).as(id + " height").isPositive();
        }
    }

    @ParameterizedTest(name = "{0}x{1}, text x{2}")
    @CsvSource({"1024, 640, 1.0", "1024, 640, 2.5", "1920, 1080, 2.5", "3840, 2160, 1.0"})
    void everyControlAndTheCountdownFitTheWindow(double width, double height, double textScale, FxRobot robot) {
        robot.interact(() -> {
            settings.setTextScale(textScale);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        startSession(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);

        javafx.scene.control.Label countdown = robot.lookup("#player-countdown").queryAs(javafx.scene.control.Label.class);
        // The countdown is the largest text on screen, except in the one squeezed case (the largest text in
        // the smallest window), where the controls and the pain stop keep their room and the countdown gives way.
        double baseText = 14 * textScale;
        if (height >= 1080 || textScale <= 1.0) {
            assertThat(countdown.getFont().getSize()).as("countdown text size").isGreaterThan(3 * baseText);
        }
        if (height >= 1080 || textScale <= 1.0) {
            assertInsideScene(robot, "#player-figure");
        }
        assertInsideScene(robot, "#player-pain", "#player-stop", "#player-pause", "#player-back", "#player-skip",
                "#player-countdown", "#player-phase", "#player-exercise", "#player-progress");
    }

    @Test
    void everyPlayerControlSaysWhatItDoesAndWhichKeyDoesIt(FxRobot robot) {
        startSession(robot);

        var controls = robot.lookup("#player .footer .button").queryAllAs(ButtonBase.class);
        assertThat(controls).hasSizeGreaterThanOrEqualTo(7);
        for (ButtonBase control : controls) {
            assertThat(control.getAccessibleText()).as(control.getId()).isNotBlank();
            assertThat(control.getTooltip()).as(control.getId()).isNotNull();
        }
        assertThat(controls).filteredOn(c -> !c.getId().equals("player-manual"))
                .allSatisfy(c -> assertThat(c.getTooltip().getText()).as(c.getId()).matches(".*\\(.+\\)$"));
        assertThat(robot.lookup("#player-pain").queryAs(ButtonBase.class).getTooltip().getText()).endsWith("(P)");
        assertThat(robot.lookup("#player-countdown").query().getAccessibleText())
                .matches("\\d+ seconds left\\. Get into position\\. ?");
    }
}
