package org.exerciseplayer.ui.player;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/**
 * A large countdown readable across a room: a ring whose arc shrinks as the phase runs out, with the seconds in
 * the middle. It scales with the space it is given, and can flash so that every sound cue is also seen.
 *
 * <p>The ring's shapes are placed on its centre by hand, not centred by their bounds: a short arc's bounds are small,
 * and centring them drew the last seconds' arc across the numeral (issue 17).
 */
final class CountdownRing extends Region {

    private final DoubleProperty fractionLeft = new SimpleDoubleProperty(1);
    private final Circle track = new Circle();
    private final Arc arc = new Arc();
    private final Circle flash = new Circle();
    private final Label number = new Label();
    /** The flash fades in three steps rather than every frame: three redraws instead of twenty. */
    private final Timeline flashing = new Timeline(
            new KeyFrame(Duration.ZERO, new KeyValue(flash.opacityProperty(), 0.55, Interpolator.DISCRETE)),
            new KeyFrame(Duration.millis(120), new KeyValue(flash.opacityProperty(), 0.3, Interpolator.DISCRETE)),
            new KeyFrame(Duration.millis(240), new KeyValue(flash.opacityProperty(), 0.12, Interpolator.DISCRETE)),
            new KeyFrame(Duration.millis(350), new KeyValue(flash.opacityProperty(), 0, Interpolator.DISCRETE)));
    private double diameter;

    CountdownRing() {
        setId("player-ring");
        getStyleClass().add("countdown-ring");
        track.getStyleClass().add("ring-track");
        arc.getStyleClass().add("ring-arc");
        arc.setType(ArcType.OPEN);
        arc.setStartAngle(90);
        flash.getStyleClass().add("ring-flash");
        flash.setOpacity(0);
        flash.setMouseTransparent(true);
        for (javafx.scene.Node shape : new javafx.scene.Node[] {track, flash, arc}) {
            shape.setManaged(false);
        }
        number.getStyleClass().add("countdown-number");
        number.setId("player-countdown");
        number.setAlignment(Pos.CENTER);
        arc.lengthProperty().bind(fractionLeft.multiply(-360));
        getChildren().addAll(track, flash, arc, number);
        setMinSize(96, 96);
        setPrefSize(320, 320);
        setAccessibleRole(AccessibleRole.TEXT);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        double size = Math.max(0, Math.min(width, height));
        double centreX = snappedLeftInset() + width / 2;
        double centreY = snappedTopInset() + height / 2;
        double stroke = Math.max(8, size * 0.07);
        double radius = Math.max(10, (size - stroke) / 2);
        for (Circle circle : new Circle[] {track, flash}) {
            circle.setCenterX(centreX);
            circle.setCenterY(centreY);
        }
        track.setRadius(radius);
        track.setStrokeWidth(stroke);
        flash.setRadius(radius - stroke / 2);
        arc.setCenterX(centreX);
        arc.setCenterY(centreY);
        arc.setRadiusX(radius);
        arc.setRadiusY(radius);
        arc.setStrokeWidth(stroke);
        diameter = 2 * radius + stroke;
        // An inline style, since the window's text size (a style too) would override a font set in code. The
        // numeral stays inside the ring's hole: two digits at 0.8 of the radius do, longer texts ("Done?") smaller.
        int length = number.getText() == null ? 2 : Math.max(2, number.getText().length());
        String style = String.format(java.util.Locale.ROOT, "-fx-font-size: %.0fpx; -fx-font-weight: bold;",
                radius * 0.8 * Math.min(1, 2.5 / length));
        if (!style.equals(number.getStyle())) {
            number.setStyle(style);
        }
        double inner = 2 * (radius - stroke / 2);
        number.resizeRelocate(centreX - inner / 2, centreY - inner / 2, inner, inner);
    }

    /** The ring's outer diameter as last laid out, in pixels. */
    double diameter() {
        return diameter;
    }

    DoubleProperty fractionLeftProperty() {
        return fractionLeft;
    }

    StringProperty textProperty() {
        return number.textProperty();
    }

    Label number() {
        return number;
    }

    void flash() {
        flashing.playFromStart();
    }
}
