package org.exerciseplayer.ui.figure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.StrokeLineCap;
import org.exerciseplayer.figure.Drawing;
import org.exerciseplayer.figure.FigureFrame;
import org.exerciseplayer.figure.Segment;

/**
 * Draws a {@link FigureFrame}: a mat, then the body as rounded strokes from the farthest part to the nearest, the
 * far-side limbs paler, and each highlighted part with a wide halo behind it and a dashed ring round its joint,
 * so the highlight shows by shape as well as colour. It scales the picture to its size, keeping the whole
 * exercise's {@link Drawing.Bounds} in view, and may shrink to nothing. Colours come from the stylesheet.
 */
public final class FigureView extends Region {

    private static final double PADDING = 6;

    private final Polygon mat = new Polygon();
    private final Map<Segment, Line> parts = new EnumMap<>(Segment.class);
    private final Map<Segment, Line> halos = new EnumMap<>(Segment.class);
    private final Map<Segment, Line> outlines = new EnumMap<>(Segment.class);
    private final List<Circle> rings = new ArrayList<>();
    private FigureFrame frame;
    private Drawing.Bounds bounds;

    public FigureView() {
        getStyleClass().add("figure");
        mat.getStyleClass().add("figure-mat");
        for (Segment segment : Segment.values()) {
            parts.put(segment, line("figure-part"));
            halos.put(segment, line("figure-halo"));
            outlines.put(segment, line("figure-outline"));
        }
        setMinSize(0, 0);
        setPrefSize(360, 220);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setFocusTraversable(false);
        setMouseTransparent(true);
    }

    private static Line line(String styleClass) {
        Line line = new Line();
        line.getStyleClass().add(styleClass);
        line.setStrokeLineCap(StrokeLineCap.ROUND);
        line.setManaged(false);
        return line;
    }

    /** Shows a frame, scaled so that {@code frameBounds} fills the view; null shows nothing. */
    public void show(FigureFrame newFrame, Drawing.Bounds frameBounds) {
        frame = newFrame;
        bounds = frameBounds;
        requestLayout();
        draw();
    }

    /** The frame on show, or null. */
    public FigureFrame frame() {
        return frame;
    }

    @Override
    protected void layoutChildren() {
        draw();
    }

    private void draw() {
        if (frame == null || bounds == null || getWidth() <= 2 * PADDING || getHeight() <= 2 * PADDING) {
            getChildren().clear();
            return;
        }
        double scale = Math.min((getWidth() - 2 * PADDING) / bounds.width(),
                (getHeight() - 2 * PADDING) / bounds.height());
        double left = (getWidth() - bounds.width() * scale) / 2 - bounds.minX() * scale;
        double bottom = (getHeight() + bounds.height() * scale) / 2 + bounds.minY() * scale;
        List<Node> children = new ArrayList<>();
        List<Double> corners = new ArrayList<>();
        for (FigureFrame.Point p : frame.mat()) {
            corners.add(left + p.x() * scale);
            corners.add(bottom - p.y() * scale);
        }
        mat.getPoints().setAll(corners);
        children.add(mat);
        for (FigureFrame.Stroke stroke : frame.strokes()) {
            if (stroke.highlighted()) {
                Line halo = halos.get(stroke.segment());
                place(halo, stroke, left, bottom, scale, (stroke.width() + 8) * scale + 4);
                children.add(halo);
            }
            // A thin edge in the background colour keeps overlapping parts apart.
            Line outline = outlines.get(stroke.segment());
            place(outline, stroke, left, bottom, scale, stroke.width() * scale + 3);
            children.add(outline);
            Line part = parts.get(stroke.segment());
            place(part, stroke, left, bottom, scale, stroke.width() * scale);
            String tone = "figure-" + stroke.tone().name().toLowerCase(java.util.Locale.ROOT);
            if (part.getStyleClass().size() != 2 || !part.getStyleClass().get(1).equals(tone)) {
                part.getStyleClass().setAll("figure-part", tone);
            }
            children.add(part);
        }
        while (rings.size() < frame.rings().size()) {
            Circle ring = new Circle();
            ring.getStyleClass().add("figure-ring");
            ring.setManaged(false);
            rings.add(ring);
        }
        for (int i = 0; i < frame.rings().size(); i++) {
            Circle ring = rings.get(i);
            FigureFrame.Point p = frame.rings().get(i);
            ring.setCenterX(left + p.x() * scale);
            ring.setCenterY(bottom - p.y() * scale);
            ring.setRadius(Math.max(5, 10 * scale));
            ring.setStrokeWidth(Math.max(1.5, 1.5 * scale));
            ring.getStrokeDashArray().setAll(Math.max(3, 3.5 * scale), Math.max(2, 2.5 * scale));
            children.add(ring);
        }
        if (!children.equals(getChildren())) {
            getChildren().setAll(children);
        }
    }

    private static void place(Line line, FigureFrame.Stroke stroke, double left, double bottom, double scale,
                              double width) {
        line.setStartX(left + stroke.from().x() * scale);
        line.setStartY(bottom - stroke.from().y() * scale);
        // A stroke of no length (the head, a hand) is drawn as a dot by its round caps.
        line.setEndX(left + stroke.to().x() * scale + (stroke.from().equals(stroke.to()) ? 0.01 : 0));
        line.setEndY(bottom - stroke.to().y() * scale);
        line.setStrokeWidth(width);
    }
}
