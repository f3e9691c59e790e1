package org.exerciseplayer.ui.figure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.exerciseplayer.figure.Drawing;
import org.exerciseplayer.figure.FigureFrame;
import org.exerciseplayer.figure.Segment;

/**
 * Draws a {@link FigureFrame}: the mat or floor, a halo behind each highlighted part (under every part, so it
 * never covers one), the body as rounded strokes from the farthest part to the nearest with the props among
 * them, the far-side limbs paler, a dashed ring round each highlighted joint, then the movement's arrows, so the
 * highlight and the movement show by shape as well as colour. It scales the picture to its size, keeping the
 * whole exercise's {@link Drawing.Bounds} in view, and may shrink to nothing. Its accessible text is the frame's
 * description of what the body is doing. Colours come from the stylesheet.
 */
public final class FigureView extends Region {

    private static final double PADDING = 4;

    private final Map<Segment, Line> parts = new EnumMap<>(Segment.class);
    private final Map<Segment, Line> halos = new EnumMap<>(Segment.class);
    private final Map<Segment, Line> outlines = new EnumMap<>(Segment.class);
    private final Pool<Polygon> faces = new Pool<>(Polygon::new);
    private final Pool<Polygon> propFaces = new Pool<>(Polygon::new);
    private final Pool<Line> propRolls = new Pool<>(FigureView::roundLine);
    private final Pool<Circle> rings = new Pool<>(Circle::new);
    private final Pool<Polyline> arrowLines = new Pool<>(FigureView::arrowLine);
    private final Pool<Polygon> arrowHeads = new Pool<>(Polygon::new);
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private FigureFrame frame;
    private Drawing.Bounds bounds;

    public FigureView() {
        getStyleClass().add("figure");
        for (Segment segment : Segment.values()) {
            parts.put(segment, styled(roundLine(), "figure-part"));
            halos.put(segment, styled(roundLine(), "figure-halo"));
            outlines.put(segment, styled(roundLine(), "figure-outline"));
        }
        setMinSize(0, 0);
        setPrefSize(360, 220);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        accessibleTextProperty().bind(description);
        setFocusTraversable(false);
        setMouseTransparent(true);
    }

    private static Line roundLine() {
        Line line = new Line();
        line.setStrokeLineCap(StrokeLineCap.ROUND);
        line.setManaged(false);
        return line;
    }

    private static Polyline arrowLine() {
        Polyline line = new Polyline();
        line.setStrokeLineCap(StrokeLineCap.ROUND);
        line.setStrokeLineJoin(StrokeLineJoin.ROUND);
        line.setFill(null);
        line.setManaged(false);
        return line;
    }

    private static <T extends Shape> T styled(T shape, String... styleClasses) {
        if (!shape.getStyleClass().equals(List.of(styleClasses))) {
            shape.getStyleClass().setAll(styleClasses);
        }
        shape.setManaged(false);
        return shape;
    }

    /** Shows a frame, scaled so that {@code frameBounds} fills the view; null shows nothing. */
    public void show(FigureFrame newFrame, Drawing.Bounds frameBounds) {
        frame = newFrame;
        bounds = frameBounds;
        description.set(newFrame == null ? "" : newFrame.description());
        requestLayout();
        draw();
    }

    /** The frame on show, or null. */
    public FigureFrame frame() {
        return frame;
    }

    /** What the body is doing in the frame on show, in words (also the view's accessible text). */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
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
        Placement at = new Placement((getWidth() - bounds.width() * scale) / 2 - bounds.minX() * scale,
                (getHeight() + bounds.height() * scale) / 2 + bounds.minY() * scale, scale);
        for (Pool<?> pool : List.of(faces, propFaces, propRolls, rings, arrowLines, arrowHeads)) {
            pool.restart();
        }
        List<Node> children = new ArrayList<>();
        for (FigureFrame.Face face : frame.surface()) {
            Polygon polygon = styled(faces.next(), switch (face.shade()) {
                case TOP -> "figure-mat";
                case SIDE -> "figure-mat-edge";
                case FLOOR -> "figure-floor";
            });
            polygon.getPoints().setAll(at.points(face.corners()));
            children.add(polygon);
        }
        for (FigureFrame.Stroke stroke : frame.strokes()) {
            if (stroke.highlighted()) {
                Line halo = halos.get(stroke.segment());
                place(halo, stroke, at, (stroke.width() + 2 * Drawing.HALO) * scale);
                children.add(halo);
            }
        }
        int prop = 0;
        List<FigureFrame.Stroke> strokes = frame.strokes();
        for (int i = 0; i <= strokes.size(); i++) {
            while (prop < frame.props().size() && frame.props().get(prop).drawBefore() == i) {
                addProp(frame.props().get(prop++), at, children);
            }
            if (i == strokes.size()) {
                break;
            }
            FigureFrame.Stroke stroke = strokes.get(i);
            // A thin edge in the background colour keeps overlapping parts apart.
            Line outline = outlines.get(stroke.segment());
            place(outline, stroke, at, stroke.width() * scale + 3);
            children.add(outline);
            Line part = parts.get(stroke.segment());
            place(part, stroke, at, stroke.width() * scale);
            styled(part, "figure-part", "figure-" + stroke.tone().name().toLowerCase(Locale.ROOT));
            children.add(part);
        }
        for (FigureFrame.Ring mark : frame.rings()) {
            Circle ring = styled(rings.next(), "figure-ring");
            ring.setCenterX(at.x(mark.centre().x()));
            ring.setCenterY(at.y(mark.centre().y()));
            ring.setRadius(Math.max(6, mark.radius() * scale));
            ring.setStrokeWidth(Math.max(1.5, 1.3 * scale));
            ring.getStrokeDashArray().setAll(Math.max(3, 3.5 * scale), Math.max(2, 2.5 * scale));
            children.add(ring);
        }
        double arrowWidth = Math.max(2, 1.9 * scale);
        for (FigureFrame.Arrow arrow : frame.arrows()) {
            List<Double> path = at.points(arrow.path());
            Polyline outline = styled(arrowLines.next(), "figure-arrow-outline");
            outline.getPoints().setAll(path);
            outline.setStrokeWidth(arrowWidth + 3);
            Polyline line = styled(arrowLines.next(), "figure-arrow");
            line.getPoints().setAll(path);
            line.setStrokeWidth(arrowWidth);
            children.add(outline);
            children.add(line);
            for (List<FigureFrame.Point> head : arrow.heads()) {
                Polygon triangle = styled(arrowHeads.next(), "figure-arrow-head");
                triangle.getPoints().setAll(at.points(head));
                children.add(triangle);
            }
        }
        if (!children.equals(getChildren())) {
            getChildren().setAll(children);
        }
    }

    private void addProp(FigureFrame.Shape shape, Placement at, List<Node> children) {
        String look = shape.imaginary() ? "figure-prop-imaginary" : "figure-prop";
        if (shape.face().corners().size() == 2) {
            FigureFrame.Point from = shape.face().corners().get(0);
            FigureFrame.Point to = shape.face().corners().get(1);
            Line edge = styled(propRolls.next(), "figure-prop-edge");
            Line fill = styled(propRolls.next(), look);
            for (Line line : List.of(edge, fill)) {
                line.setStartX(at.x(from.x()));
                line.setStartY(at.y(from.y()));
                line.setEndX(at.x(to.x()) + 0.01);
                line.setEndY(at.y(to.y()));
            }
            edge.setStrokeWidth(shape.width() * at.scale() + 3);
            fill.setStrokeWidth(shape.width() * at.scale());
            children.add(edge);
            children.add(fill);
            return;
        }
        Polygon face = styled(propFaces.next(), look,
                shape.face().shade() == FigureFrame.Shade.SIDE ? "figure-prop-side" : "figure-prop-top");
        face.getPoints().setAll(at.points(shape.face().corners()));
        children.add(face);
    }

    private static void place(Line line, FigureFrame.Stroke stroke, Placement at, double width) {
        line.setStartX(at.x(stroke.from().x()));
        line.setStartY(at.y(stroke.from().y()));
        // A stroke of no length (the head, a hand) is drawn as a dot by its round caps.
        line.setEndX(at.x(stroke.to().x()) + (stroke.from().equals(stroke.to()) ? 0.01 : 0));
        line.setEndY(at.y(stroke.to().y()));
        line.setStrokeWidth(width);
    }

    /** From figure units (y up) to the view's pixels (y down). */
    private record Placement(double left, double bottom, double scale) {

        double x(double figureX) {
            return left + figureX * scale;
        }

        double y(double figureY) {
            return bottom - figureY * scale;
        }

        List<Double> points(List<FigureFrame.Point> points) {
            List<Double> xy = new ArrayList<>(points.size() * 2);
            for (FigureFrame.Point p : points) {
                xy.add(x(p.x()));
                xy.add(y(p.y()));
            }
            return xy;
        }
    }

    /** Nodes made once and handed out again on every draw, so a moving figure makes no new nodes. */
    private static final class Pool<T> {
        private final java.util.function.Supplier<T> make;
        private final List<T> made = new ArrayList<>();
        private int used;

        Pool(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        void restart() {
            used = 0;
        }

        T next() {
            if (used == made.size()) {
                made.add(make.get());
            }
            return made.get(used++);
        }
    }
}
