package org.exerciseplayer.ui.player;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What to do now in words beside the countdown, as large as the ring allows: the phase ("Hold", "Repetition 9 of
 * 12"), the count ("4 of 10", "30 seconds clockwise"), the side and direction, and, smaller, what comes next.
 * Their size follows the ring's, never below the window's text size, so they read from as far as the numeral does.
 */
final class PhaseWordsBox extends VBox {

    /** The phase's type size as a share of the ring's diameter: "Repetition 10 of 20" fits in twice the diameter. */
    static final double PHASE = 0.18;

    private final Label phase;
    private final List<Label> details;
    private final Label next;
    private double sizedFor = -1;
    private double sizedBase = -1;

    PhaseWordsBox(SessionScreen screen) {
        phase = label("player-phase", screen.phaseTitleProperty(), "phase-title");
        details = List.of(label("player-repetition", screen.repetitionProperty(), "phase-detail"),
                label("player-side", screen.sideProperty(), "phase-detail"),
                label("player-direction", screen.directionProperty(), "phase-detail"));
        next = label("player-next", screen.nextProperty(), Styles.TEXT_MUTED);
        getChildren().add(phase);
        getChildren().addAll(details);
        getChildren().add(next);
        setSpacing(4);
        setMinHeight(0);
        getStyleClass().add("phase-words");
    }

    private static Label label(String id, ObservableValue<String> text, String style) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinWidth(0);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** Aligns the words: centred under a ring, or left beside it. */
    void align(boolean centred) {
        Pos position = centred ? Pos.TOP_CENTER : Pos.CENTER_LEFT;
        if (getAlignment() != position) {
            setAlignment(position);
            for (javafx.scene.Node child : getChildren()) {
                ((Label) child).setTextAlignment(centred ? javafx.scene.text.TextAlignment.CENTER
                        : javafx.scene.text.TextAlignment.LEFT);
            }
        }
    }

    /**
     * Sizes the words for a ring of {@code diameter} pixels: the phase at {@value #PHASE} of it, the details at about
     * an eighth, never smaller than the window's text size ({@code base}, in pixels) and a little more.
     */
    void sizeFor(double diameter, double base) {
        if (diameter == sizedFor && base == sizedBase) {
            return;
        }
        sizedFor = diameter;
        sizedBase = base;
        phase.setStyle(fontSize(Math.max(1.3 * base, PHASE * diameter)));
        String detail = fontSize(Math.max(1.15 * base, 0.13 * diameter));
        details.forEach(label -> label.setStyle(detail));
        // What comes next as large as the steps' type, readable from the floor (0.07 of the ring was 16 px at 1366x768).
        next.setStyle(fontSize(Math.max(base, 0.085 * diameter)));
        applyCss();
    }

    private static String fontSize(double pixels) {
        return String.format(Locale.ROOT, "-fx-font-size: %.0fpx;", Math.floor(pixels));
    }
}
