package org.exerciseplayer.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.paint.Color;

/**
 * What a walk round a window with Tab needs: the controls Tab should reach, Tab pressed as the keyboard does, each
 * control drawn with and without its focus, whether a ring is seen (the pixels round it that change by at least 3:1
 * cover at least a 2 px line round it, as WCAG 2.4.13 asks), and whether one control follows another in reading
 * order. Call its methods on the JavaFX thread.
 */
final class KeyboardWalk {

    /** A control reached by Tab, and how much of a ring it showed. */
    record Stop(Node control, Bounds bounds, int changedPixels, int neededPixels) {
        boolean ringSeen() {
            return changedPixels >= neededPixels;
        }

        String name() {
            return KeyboardWalk.name(control);
        }
    }

    private final Scene scene;

    KeyboardWalk(Scene scene) {
        this.scene = scene;
    }

    /** Every control Tab can reach now: focus-traversable, shown, enabled, and not behind a question's scrim. */
    static Set<Node> focusable(Scene scene) {
        Set<Node> found = new LinkedHashSet<>();
        collect(scene.getRoot(), found);
        return found;
    }

    private static void collect(Node node, Set<Node> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        // Of a group of toggles with one chosen, Tab reaches the chosen one (the arrows and digits move within).
        boolean groupedAway = node instanceof javafx.scene.control.Toggle toggle && toggle.getToggleGroup() != null
                && toggle.getToggleGroup().getSelectedToggle() != null && !toggle.isSelected();
        if (node.isFocusTraversable() && node instanceof Control && !groupedAway) {
            found.add(node);
        }
        if (node instanceof Parent parent) {
            List<Node> children = parent.getChildrenUnmodifiable();
            int from = 0;
            for (int i = 0; i < children.size(); i++) {
                if (children.get(i).isVisible() && children.get(i).getStyleClass().contains("overlay")) {
                    from = i;
                }
            }
            for (Node child : children.subList(from, children.size())) {
                collect(child, found);
            }
        }
    }

    /** Presses Tab as the keyboard does (through the focused control, so that it may take the key first). */
    void tab() {
        Node owner = scene.getFocusOwner() == null ? scene.getRoot() : scene.getFocusOwner();
        Event.fireEvent(owner, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, false, false, false));
        Event.fireEvent(owner, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.TAB, false, false, false, false));
    }

    Node focusOwner() {
        return scene.getFocusOwner();
    }

    /** Draws {@code control} as if it had the keyboard focus or not, leaving the focus where it is. */
    static void showFocused(Node control, boolean focused) {
        control.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("focused"), focused);
    }

    WritableImage snapshot() {
        return scene.snapshot(null);
    }

    /**
     * The part of the window inside {@code area} (scene coordinates), drawn as the whole window would draw it: drawing
     * only what round a control is looked at, not the whole window twice for each control, keeps a walk quick.
     */
    WritableImage snapshot(javafx.geometry.Rectangle2D area) {
        javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
        parameters.setViewport(area);
        parameters.setFill(scene.getFill() == null ? javafx.scene.paint.Color.WHITE : scene.getFill());
        return scene.getRoot().snapshot(parameters, null);
    }

    /**
     * How many pixels round a control differ by at least 3:1 between a picture with it focused (where it was then)
     * and one without (where it is now, if a pane scrolled in between), and how many a 2 px ring would need.
     */
    static Stop ring(Node control, WritableImage focused, Bounds then, WritableImage unfocused, Bounds now) {
        int changed = changedPixels(focused, then, unfocused, now, 9);
        // A 2 px line round the control, less a little for rounded corners.
        int needed = (int) Math.round(0.9 * 2 * 2 * (then.getWidth() + then.getHeight()));
        return new Stop(control, then, changed, needed);
    }

    /** Pixels round {@code inA} in {@code a} and {@code inB} in {@code b} (grown by {@code margin}) that differ by 3:1. */
    static int changedPixels(WritableImage a, Bounds inA, WritableImage b, Bounds inB, int margin) {
        PixelReader one = a.getPixelReader();
        PixelReader two = b.getPixelReader();
        int dx = (int) Math.round(inB.getMinX() - inA.getMinX());
        int dy = (int) Math.round(inB.getMinY() - inA.getMinY());
        int minX = (int) Math.floor(inA.getMinX()) - margin;
        int minY = (int) Math.floor(inA.getMinY()) - margin;
        int maxX = (int) Math.ceil(inA.getMaxX()) + margin;
        int maxY = (int) Math.ceil(inA.getMaxY()) + margin;
        int changed = 0;
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                if (x < 0 || y < 0 || x >= a.getWidth() || y >= a.getHeight() || x + dx < 0 || y + dy < 0
                        || x + dx >= b.getWidth() || y + dy >= b.getHeight()) {
                    continue;
                }
                Color c1 = one.getColor(x, y);
                Color c2 = two.getColor(x + dx, y + dy);
                if (!c1.equals(c2) && ReadableText.contrast(c1, c2) >= 3.0) {
                    changed++;
                }
            }
        }
        return changed;
    }

    /**
     * Whether going from {@code a} to {@code b} follows the reading order: on down the page, on along the same line,
     * or up to the top of a column further right (the editor's panes side by side).
     */
    static boolean readingOrder(Bounds a, Bounds b) {
        double slack = 4;
        boolean lower = b.getMinY() >= a.getMaxY() - slack;
        boolean sameLineOnwards = b.getMinY() < a.getMaxY() - slack && b.getMaxY() > a.getMinY() + slack
                && b.getMinX() >= a.getMinX() - slack;
        boolean nextColumn = b.getMinX() >= a.getMaxX() - slack;
        boolean insideBelow = b.getMinY() >= a.getMinY() - slack && b.getMinX() >= a.getMinX() - slack;
        return lower || sameLineOnwards || nextColumn || insideBelow;
    }

    static String name(Node node) {
        if (node == null) {
            return "nothing";
        }
        String text = node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null
                ? " \"" + labeled.getText() + "\"" : "";
        return (node.getId() == null ? node.getClass().getSimpleName() : "#" + node.getId()) + text;
    }

    static String where(Bounds b) {
        return String.format(Locale.ROOT, "(%.0f,%.0f %.0fx%.0f)", b.getMinX(), b.getMinY(), b.getWidth(),
                b.getHeight());
    }
}
