package org.exerciseplayer.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;

/**
 * Reads every visible text of a window as it is drawn: each {@link Text} node (a label's, a button's, a tick box's,
 * a text field's or its prompt's, a chart's), its colour against the background it sits on, and whether its
 * control shows it whole. The background is found as it is painted: the background fills of the text's ancestors
 * that cover it, from the nearest up to the first opaque one, composed with their opacity. Text in a disabled
 * control is left out, as WCAG leaves out inactive controls.
 */
final class ReadableText {

    /** WCAG 2 AAA: 7:1 for text. */
    static final double AAA = 7.0;

    /** One text as drawn: where, what, its colour and background, their contrast, and what is wrong, if anything. */
    record Reading(String where, String text, Color fill, Color background, double contrast, String problem) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s \"%s\": %s on %s, %.2f:1%s", where, shorten(text), hex(fill),
                    hex(background), contrast, problem.isEmpty() ? "" : " (" + problem + ")");
        }
    }

    private ReadableText() {
    }

    /** Every visible, enabled text of {@code scene}. */
    static List<Reading> of(Scene scene) {
        List<Reading> readings = new ArrayList<>();
        collect(scene, scene.getRoot(), readings);
        return readings;
    }

    /** Every visible text inside {@code within}, read against what is drawn behind it in {@code scene}. */
    static List<Reading> of(Scene scene, Node within) {
        List<Reading> readings = new ArrayList<>();
        collect(scene, within, readings);
        return readings;
    }

    private static void collect(Scene scene, Node node, List<Reading> readings) {
        if (!node.isVisible() || node.getOpacity() == 0 || node.isDisabled()) {
            return;
        }
        if (node instanceof Text text && !text.getText().isBlank()) {
            readings.add(read(scene, text));
        }
        if (node instanceof Parent parent) {
            List<Node> children = parent.getChildrenUnmodifiable();
            // What lies under a question's scrim is not meant to be read while it is asked.
            int from = 0;
            for (int i = 0; i < children.size(); i++) {
                if (children.get(i).isVisible() && children.get(i).getStyleClass().contains("overlay")) {
                    from = i;
                }
            }
            for (Node child : children.subList(from, children.size())) {
                collect(scene, child, readings);
            }
        }
    }

    private static Reading read(Scene scene, Text text) {
        Color background = backgroundOf(scene, text);
        Color fill = over(worst(text.getFill(), background), background, opacityUpTo(text, null));
        double contrast = contrast(fill, background);
        List<String> problems = new ArrayList<>();
        if (contrast < AAA) {
            problems.add(String.format(Locale.ROOT, "below %.0f:1", AAA));
        }
        cutOff(scene, text).ifPresent(problems::add);
        return new Reading(describe(text), text.getText(), fill, background, contrast, String.join(", ", problems));
    }

    // Colours ---------------------------------------------------------------------------------------------------

    /** The colour behind the middle of {@code text}: the fills of its ancestors that cover it, composed. */
    static Color backgroundOf(Scene scene, Node text) {
        Bounds bounds = text.localToScene(text.getBoundsInLocal());
        Point2D middle = new Point2D(bounds.getCenterX(), bounds.getCenterY());
        List<Color> layers = new ArrayList<>();
        Color base = null;
        for (Parent up = text.getParent(); up != null && base == null; up = up.getParent()) {
            if (!(up instanceof Region region) || region.getBackground() == null) {
                continue;
            }
            // Text in a scroll pane's content may be out of view: it is read as it would be once scrolled to.
            Point2D local = clamp(region.sceneToLocal(middle), region);
            List<BackgroundFill> fills = region.getBackground().getFills();
            double opacity = opacityUpTo(region, null);
            for (int i = fills.size() - 1; i >= 0 && base == null; i--) {
                BackgroundFill fill = fills.get(i);
                if (!covers(region, fill, local)) {
                    continue;
                }
                Color colour = average(fill.getFill());
                Color seen = Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(),
                        colour.getOpacity() * opacity);
                if (seen.getOpacity() >= 0.999) {
                    base = seen;
                } else if (seen.getOpacity() > 0) {
                    layers.add(seen);
                }
            }
        }
        Color result = base != null ? base : scene.getFill() instanceof Color c ? c : Color.WHITE;
        for (int i = layers.size() - 1; i >= 0; i--) {
            Color layer = layers.get(i);
            result = over(layer, result, 1);
        }
        return result;
    }

    /**
     * The point, or the nearest one a little inside the region: text scrolled out of view is read against what it
     * would be drawn on, not against the region's border (a text area's is its outermost fill).
     */
    private static Point2D clamp(Point2D point, Region region) {
        double inX = Math.min(4, region.getWidth() / 2);
        double inY = Math.min(4, region.getHeight() / 2);
        return new Point2D(Math.min(Math.max(point.getX(), inX), region.getWidth() - inX),
                Math.min(Math.max(point.getY(), inY), region.getHeight() - inY));
    }

    private static boolean covers(Region region, BackgroundFill fill, Point2D local) {
        var insets = fill.getInsets();
        return local.getX() >= insets.getLeft() && local.getX() <= region.getWidth() - insets.getRight()
                && local.getY() >= insets.getTop() && local.getY() <= region.getHeight() - insets.getBottom();
    }

    /** The product of the opacities from {@code node} up to (not including) {@code stop}. */
    private static double opacityUpTo(Node node, Node stop) {
        double opacity = 1;
        for (Node up = node; up != null && up != stop; up = up.getParent()) {
            opacity *= up.getOpacity();
        }
        return opacity;
    }

    /** A text's paint as one colour: for a gradient, the stop that contrasts least with the background. */
    private static Color worst(Paint paint, Color background) {
        List<Stop> stops = paint instanceof LinearGradient linear ? linear.getStops()
                : paint instanceof RadialGradient radial ? radial.getStops() : List.of();
        if (paint instanceof Color colour) {
            return colour;
        }
        return stops.stream().map(Stop::getColor)
                .min(java.util.Comparator.comparingDouble(c -> contrast(over(c, background, 1), background)))
                .orElse(Color.BLACK);
    }

    private static Color average(Paint paint) {
        if (paint instanceof Color colour) {
            return colour;
        }
        List<Stop> stops = paint instanceof LinearGradient linear ? linear.getStops()
                : paint instanceof RadialGradient radial ? radial.getStops() : List.of();
        double r = 0, g = 0, b = 0, a = 0;
        for (Stop stop : stops) {
            r += stop.getColor().getRed();
            g += stop.getColor().getGreen();
            b += stop.getColor().getBlue();
            a += stop.getColor().getOpacity();
        }
        int n = Math.max(1, stops.size());
        return Color.color(r / n, g / n, b / n, a / n);
    }

    /** {@code top}, faded by {@code opacity}, painted over the opaque {@code bottom}. */
    static Color over(Color top, Color bottom, double opacity) {
        double alpha = top.getOpacity() * opacity;
        return Color.color(top.getRed() * alpha + bottom.getRed() * (1 - alpha),
                top.getGreen() * alpha + bottom.getGreen() * (1 - alpha),
                top.getBlue() * alpha + bottom.getBlue() * (1 - alpha));
    }

    /** WCAG 2's contrast ratio of two opaque colours, 1 to 21. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    // Cut off ---------------------------------------------------------------------------------------------------

    /**
     * Why {@code text} is not shown whole: its control shortened it ("Start sessi..."), or it lies outside the window
     * where no scroll pane can bring it into view.
     */
    private static java.util.Optional<String> cutOff(Scene scene, Text text) {
        if (text.getParent() instanceof Labeled labeled && labeled.getText() != null) {
            String meant = labeled.isMnemonicParsing() ? withoutMnemonic(labeled.getText()) : labeled.getText();
            if (!meant.equals(text.getText()) && !meant.isBlank()) {
                return java.util.Optional.of("shortened from \"" + shorten(meant) + "\"");
            }
        }
        if (insideScrollContent(text)) {
            return java.util.Optional.empty();
        }
        Bounds bounds = text.localToScene(text.getBoundsInLocal());
        double slack = 1;
        if (bounds.getMinX() < -slack || bounds.getMinY() < -slack || bounds.getMaxX() > scene.getWidth() + slack
                || bounds.getMaxY() > scene.getHeight() + slack) {
            return java.util.Optional.of(String.format(Locale.ROOT, "outside the window: %.0f,%.0f to %.0f,%.0f",
                    bounds.getMinX(), bounds.getMinY(), bounds.getMaxX(), bounds.getMaxY()));
        }
        return java.util.Optional.empty();
    }

    private static boolean insideScrollContent(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane || up instanceof javafx.scene.control.ListView
                    || up instanceof javafx.scene.control.TextInputControl) {
                return true;
            }
        }
        return false;
    }

    private static String withoutMnemonic(String text) {
        int at = text.indexOf('_');
        return at < 0 || at + 1 >= text.length() ? text : text.substring(0, at) + text.substring(at + 1);
    }

    // Words -----------------------------------------------------------------------------------------------------

    private static String describe(Node text) {
        StringBuilder path = new StringBuilder();
        for (Node up = text.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null) {
                path.insert(0, "#" + up.getId() + " ");
                break;
            }
        }
        Node owner = text.getParent();
        path.append(owner == null ? "Text" : owner.getClass().getSimpleName()
                + (owner.getStyleClass().isEmpty() ? "" : "." + String.join(".", owner.getStyleClass())));
        return path.toString();
    }

    private static String shorten(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 50 ? line.substring(0, 47) + "..." : line;
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
