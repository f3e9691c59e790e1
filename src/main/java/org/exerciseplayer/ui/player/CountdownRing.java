package org.exerciseplayer.ui.player;

import javafx.animation.FadeTransition;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/**
 * A large countdown readable across a room: a ring whose arc shrinks as the phase runs out, with the seconds in
 * the middle. It scales with the space it is given, and can flash so that every sound cue is also seen.
 */
final class CountdownRing extends StackPane {

    private final DoubleProperty fractionLeft = new SimpleDoubleProperty(1);
    private final Circle track = new Circle();
    private final Arc arc = new Arc();
    private final Circle flash = new Circle();
    private final Label number = new Label();
    private final FadeTransition flashing = new FadeTransition(Duration.millis(350), flash);

    CountdownRing() {
        getStyleClass().add("countdown-ring");
        track.getStyleClass().add("ring-track");
        arc.getStyleClass().add("ring-arc");
        arc.setType(ArcType.OPEN);
        arc.setStartAngle(90);
        flash.getStyleClass().add("ring-flash");
        flash.setOpacity(0);
        flash.setMouseTransparent(true);
        number.getStyleClass().add("countdown-number");
        number.setId("player-countdown");
        number.setAlignment(Pos.CENTER);
        number.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        arc.lengthProperty().bind(fractionLeft.multiply(-360));
        flashing.setFromValue(0.55);
        flashing.setToValue(0);
        getChildren().addAll(track, flash, arc, number);
        setMinSize(96, 96);
        setPrefSize(320, 320);
        setAccessibleRole(AccessibleRole.TEXT);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double size = Math.min(getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset());
        double stroke = Math.max(8, size * 0.07);
        double radius = Math.max(10, (size - stroke) / 2);
        track.setRadius(radius);
        track.setStrokeWidth(stroke);
        flash.setRadius(radius - stroke / 2);
        arc.setRadiusX(radius);
        arc.setRadiusY(radius);
        arc.setStrokeWidth(stroke);
        // An inline style, since the window's text size (a style too) would override a font set in code.
        String style = String.format(java.util.Locale.ROOT, "-fx-font-size: %.0fpx; -fx-font-weight: bold;",
                radius * 0.75);
        if (!style.equals(number.getStyle())) {
            number.setStyle(style);
        }
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
