package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.figure.FigureView;
import org.exerciseplayer.ui.player.PlayerViewModel;
import org.exerciseplayer.ui.player.RecordingScreenAwake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The figure on the player screen, headless, with the bundled hip catalogue: it is shown, it moves while a hold
 * runs as the session's clock advances, it stays still while the session is paused, and its accessible text says
 * what the body is doing at each stage.
 */
@ExtendWith(ApplicationExtension.class)
class PlayerFigureTest {

    private final ManualClock clock = new ManualClock();
    private Stage stage;
    private AppWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new AppWindow(stage, Optional::empty, new Services(Settings.inMemory(), RecordingSoundCues::new,
                new RecordingScreenAwake(), Runnable::run, clock));
        window.open(Optional.of(Path.of("exercises/hip.json")));
        stage.show();
    }

    private void advance(FxRobot robot, double seconds) {
        clock.advanceMillis(Math.round(seconds * 1000));
        robot.interact(() -> window.player().ifPresent(PlayerViewModel::tick));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Where every drawn part of the figure is, as the screen shows it. */
    private List<List<Double>> drawnParts(FxRobot robot) {
        FigureView figure = robot.lookup("#player-figure").queryAs(FigureView.class);
        return figure.getChildrenUnmodifiable().stream().filter(node -> node instanceof Line && node.isVisible())
                .map(node -> (Line) node)
                .map(line -> List.of(line.getStartX(), line.getStartY(), line.getEndX(), line.getEndY()))
                .toList();
    }

    @Test
    void theFigureMovesWhileAHoldRunsAndStandsStillWhilePaused(FxRobot robot) {
        robot.interact(stage::requestFocus);
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        FigureView figure = robot.lookup("#player-figure").queryAs(FigureView.class);
        assertThat(figure.isVisible()).isTrue();
        assertThat(figure.getHeight()).isGreaterThan(50);
        // Its accessible text says what the body is doing, and follows it.
        assertThat(figure.getAccessibleText())
                .isEqualTo("Lying on your back, knees bent, a pillow between your knees, ready to start");

        // Getting ready (10 s): the figure waits in the starting position.
        List<List<Double>> ready = drawnParts(robot);
        assertThat(ready).hasSizeGreaterThan(15);
        advance(robot, 5);
        assertThat(drawnParts(robot)).isEqualTo(ready);

        // The hold begins: the knees roll over, so the figure moves as the clock runs.
        advance(robot, 5.5);
        List<List<Double>> rolling = drawnParts(robot);
        assertThat(rolling).isNotEqualTo(ready);
        assertThat(figure.getAccessibleText()).endsWith("legs rolling over to your right, head turning to your left");
        advance(robot, 0.5);
        List<List<Double>> further = drawnParts(robot);
        assertThat(further).isNotEqualTo(rolling);

        // Paused: however much time passes, the figure does not move.
        robot.type(KeyCode.SPACE);
        List<List<Double>> paused = drawnParts(robot);
        advance(robot, 3);
        assertThat(drawnParts(robot)).isEqualTo(paused);

        // Running again, it carries on into the held position and stays there while the countdown runs.
        robot.type(KeyCode.SPACE);
        advance(robot, 2);
        List<List<Double>> held = drawnParts(robot);
        assertThat(held).isNotEqualTo(paused);
        advance(robot, 1.5);
        assertThat(drawnParts(robot)).isEqualTo(held);
        assertThat(figure.getAccessibleText()).isEqualTo("Lying on your back, knees bent, a pillow between your "
                + "knees, legs over to your right, head turned to your left, holding");
    }
}
