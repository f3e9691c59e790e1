package org.exerciseplayer.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.ui.player.PlayerViewModel;

/**
 * Measures the player as a person on the floor sees it, for every exercise of a session: the figure's size, the
 * countdown ring's, and which of the exercise's steps, cautions and physio's notes are cut off (ellipsised, or
 * outside what is visible without scrolling). Used by {@code PlayerFloorLayoutTest} (headless) and by
 * {@code FloorScreenshots} (under Xvfb, with pictures). Call on the JavaFX thread.
 */
final class FloorMeasures {

    /** What one exercise's screen measured. */
    record Measure(String exercise, double figureWidth, double figureHeight, double drawnWidth, double drawnHeight,
                   double ringSize, List<String> cutOff) {

        String row() {
            return String.format(Locale.ROOT, "%-52s figure %4.0f x %4.0f (drawn %4.0f x %4.0f), ring %4.0f, cut off: %s",
                    exercise, figureWidth, figureHeight, drawnWidth, drawnHeight, ringSize,
                    cutOff.isEmpty() ? "none" : String.join(" | ", cutOff));
        }
    }

    private FloorMeasures() {
    }

    /** Into the current exercise's first work phase, a few seconds in (the figure in position). */
    static void toWork(PlayerViewModel player, ManualClock clock) {
        for (int guard = 0; guard < 20 && player.screen().phaseKindProperty().get() != null
                && isLeadIn(player.screen().phaseKindProperty().get()); guard++) {
            player.skip();
        }
        clock.advanceMillis(2_600);
        player.tick();
    }

    private static boolean isLeadIn(Phase.Kind kind) {
        return kind == Phase.Kind.POSITION || kind == Phase.Kind.SWITCH;
    }

    /** On to the next exercise, through the check between exercises. */
    static void nextExercise(PlayerViewModel player) {
        player.skipExercise();
        if (player.overlayProperty().get() == PlayerViewModel.Overlay.BETWEEN_CHECK) {
            player.carryOn();
        }
    }

    static Measure measure(Stage stage, String exercise) {
        Parent root = stage.getScene().getRoot();
        root.applyCss();
        root.layout();
        Node figure = root.lookup("#player-figure");
        Bounds box = figure == null || !figure.isVisible() ? new BoundingBox(0, 0, 0, 0)
                : figure.localToScene(figure.getLayoutBounds());
        Bounds drawn = drawnBounds(figure);
        // The ring's outer diameter: its track circle, stroke included (also in builds before the ring had an id).
        Node trackNode = root.lookup(".ring-track");
        double ringSize = trackNode == null ? 0 : trackNode.getBoundsInParent().getHeight();
        List<String> cut = new ArrayList<>();
        for (String id : List.of("#player-steps", "#player-cautions", "#player-physio-notes")) {
            Node box2 = root.lookup(id);
            if (box2 == null || !box2.isVisible()) {
                continue;
            }
            for (Node line : box2.lookupAll(".label")) {
                if (line instanceof Label label && label.isVisible() && !label.getText().isEmpty()
                        && isCutOff(stage, label)) {
                    cut.add(shortName(label.getText()));
                }
            }
        }
        return new Measure(exercise, box.getWidth(), box.getHeight(), drawn.getWidth(), drawn.getHeight(), ringSize,
                List.copyOf(cut));
    }

    private static String shortName(String text) {
        return text.length() <= 24 ? text : text.substring(0, 24) + "\u2026";
    }

    /** The union of what the figure draws (mat and body), in scene pixels. */
    private static Bounds drawnBounds(Node figure) {
        if (!(figure instanceof Parent parent) || !figure.isVisible() || parent.getChildrenUnmodifiable().isEmpty()) {
            return new BoundingBox(0, 0, 0, 0);
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Node child : parent.getChildrenUnmodifiable()) {
            Bounds b = child.getBoundsInParent();
            minX = Math.min(minX, b.getMinX());
            minY = Math.min(minY, b.getMinY());
            maxX = Math.max(maxX, b.getMaxX());
            maxY = Math.max(maxY, b.getMaxY());
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /**
     * Whether a line of text cannot be read whole without scrolling: ellipsised by its label, or not entirely inside
     * the visible part of every scroll pane and clip around it, and the window.
     */
    static boolean isCutOff(Stage stage, Label label) {
        Text text = (Text) label.lookup(".text");
        if (text != null && !text.getText().equals(label.getText())) {
            return true;
        }
        Bounds line = label.localToScene(label.getLayoutBounds());
        double minX = 0;
        double minY = 0;
        double maxX = stage.getScene().getWidth();
        double maxY = stage.getScene().getHeight();
        for (Node up = label.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane || up.getClip() != null) {
                Bounds visible = up.localToScene(up.getLayoutBounds());
                minX = Math.max(minX, visible.getMinX());
                minY = Math.max(minY, visible.getMinY());
                maxX = Math.min(maxX, visible.getMaxX());
                maxY = Math.min(maxY, visible.getMaxY());
            }
        }
        double slack = 1;
        return line.getHeight() < 1 || line.getMinX() < minX - slack || line.getMinY() < minY - slack
                || line.getMaxX() > maxX + slack || line.getMaxY() > maxY + slack;
    }
}
