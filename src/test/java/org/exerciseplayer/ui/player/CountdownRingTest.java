package org.exerciseplayer.ui.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Arc;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The countdown ring draws its arc on the ring at every moment of a phase; in the last seconds, when the arc is
 * short, it was centred by its bounds and drawn across the numeral (issue 17).
 */
@ExtendWith(ApplicationExtension.class)
class CountdownRingTest {

    private CountdownRing ring;

    @Start
    void start(Stage stage) {
        ring = new CountdownRing();
        StackPane root = new StackPane(ring);
        ring.setPrefSize(300, 300);
        stage.setScene(new Scene(root, 300, 300));
        stage.show();
    }

    @ParameterizedTest(name = "{0} of the phase left")
    @ValueSource(doubles = {1.0, 0.5, 0.3, 0.2, 0.1, 0.05, 0.01})
    void theArcStaysOnTheRingAndOffTheNumeral(double fractionLeft, FxRobot robot) {
        robot.interact(() -> {
            ring.fractionLeftProperty().set(fractionLeft);
            ring.textProperty().set("2");
            ring.applyCss();
            ring.layout();
        });
        Circle track = (Circle) ring.lookup(".ring-track");
        Arc arc = (Arc) ring.lookup(".ring-arc");

        assertThat(arc.getLayoutX() + arc.getCenterX()).isCloseTo(track.getLayoutX() + track.getCenterX(), within(0.01));
        assertThat(arc.getLayoutY() + arc.getCenterY()).isCloseTo(track.getLayoutY() + track.getCenterY(), within(0.01));
        assertThat(arc.getRadiusX()).isEqualTo(track.getRadius());
        Bounds arcBounds = arc.getBoundsInParent();
        Bounds trackBounds = track.getBoundsInParent();
        assertThat(arcBounds.getMinY()).as("the arc starts at the top of the ring")
                .isCloseTo(trackBounds.getMinY(), within(1.0));
        assertThat(arc.getStartAngle()).isEqualTo(90);
        assertThat(arc.getLength()).isCloseTo(-360 * fractionLeft, within(1e-9));
        double centreX = track.getLayoutX() + track.getCenterX();
        double centreY = track.getLayoutY() + track.getCenterY();
        double inner = track.getRadius() - track.getStrokeWidth() / 2;
        double halfStroke = track.getStrokeWidth() / 2 + 1;
        if (fractionLeft <= 0.25) {
            // A short arc lies in the ring's top right quarter, from the top clockwise: never over the middle.
            assertThat(arcBounds.getMinX()).isGreaterThanOrEqualTo(centreX - halfStroke);
            assertThat(arcBounds.getMaxY()).isLessThanOrEqualTo(centreY + halfStroke);
            assertThat(arcBounds.getMaxY()).isLessThanOrEqualTo(centreY - inner * Math.cos(
                    Math.toRadians(360 * fractionLeft)) + halfStroke);
        }
        Bounds numeral = ring.number().getBoundsInParent();
        assertThat(Math.hypot(numeral.getWidth(), numeral.getHeight()) / 2).as("the numeral inside the hole")
                .isLessThanOrEqualTo(inner * Math.sqrt(2) + 1);
    }
}
