package org.exerciseplayer.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exerciseplayer.figure.FigureFrame.Arrow;
import org.exerciseplayer.figure.FigureFrame.Face;
import org.exerciseplayer.figure.FigureFrame.Point;
import org.exerciseplayer.figure.FigureFrame.Ring;
import org.exerciseplayer.figure.FigureFrame.Shape;
import org.exerciseplayer.figure.FigureFrame.Stroke;
import org.exerciseplayer.figure.FigureFrame.Tone;

/**
 * Draws one exercise's figure at any {@link Moment}: places the body (with the hands where the catalogue puts
 * them), mirrors it for the left side, keeps the anchor still, and adds the surface, the props, the marks on the
 * highlighted joints, the movement's arrow and the words for what the body is doing. What does not change from
 * frame to frame is worked out once: the surface (one mat under the whole movement, on either side), the arrows,
 * and one frame size for the whole exercise ({@link #bounds()}), so the picture neither jumps nor rescales.
 */
public final class Drawing {

    /** How far a highlighted part's halo reaches beyond its edge, in figure units. */
    public static final double HALO = 4.5;

    private static final double MAT_MARGIN = 12;
    private static final double MAT_THICKNESS = 3;
    private static final double FLOOR_MARGIN = 26;
    private static final int FRAMING_SAMPLES_PER_STEP = 4;

    private final Figure figure;
    private final boolean holds;
    private final FigureFrame.Mat floor;
    private final List<Face> surface;
    private final Map<Integer, List<Arrow>> arrows = new HashMap<>();
    private final FigureWords words;
    private final Rotation camera;
    private final Bounds bounds;

    private Drawing(Figure figure, boolean holds, FigureWords words) {
        this.figure = figure;
        this.holds = holds;
        this.words = words;
        this.camera = figure.view().camera();
        // The whole movement, on either side, placed once: the mat goes under it and the frame round it.
        Map<Moment, Body> framing = new java.util.LinkedHashMap<>();
        for (boolean otherSide : new boolean[] {false, true}) {
            for (Moment moment : framingMoments(otherSide)) {
                framing.put(moment, body(figure, moment));
            }
        }
        FigureFrame.Mat mat = mat(framing);
        this.floor = mat;
        double thickness = figure.surface() == Figure.Surface.MAT ? MAT_THICKNESS : 0;
        Box slab = new Box(new Vec3((mat.minX() + mat.maxX()) / 2, 0, (mat.minZ() + mat.maxZ()) / 2),
                new Vec3(1, 0, 0), (mat.maxX() - mat.minX()) / 2, (mat.maxZ() - mat.minZ()) / 2, -thickness, 0);
        List<Face> faces = slab.faces(figure.view());
        if (figure.surface() == Figure.Surface.FLOOR) {
            faces = faces.stream().filter(f -> f.shade() == FigureFrame.Shade.TOP)
                    .map(f -> new Face(f.corners(), FigureFrame.Shade.FLOOR)).toList();
        }
        this.surface = faces;
        this.bounds = frameBounds(framing);
    }

    /**
     * The drawing of {@code figure} for a dose that {@code holds} (moves into a pose and stays: its arrow points one
     * way) or repeats (there and back, or round: its arrow shows that), with words in the default locale.
     */
    public static Drawing of(Figure figure, boolean holds) {
        return new Drawing(figure, holds, FigureWords.of(figure));
    }

    public static Drawing of(Figure figure, boolean holds, java.util.Locale locale) {
        return new Drawing(figure, holds, FigureWords.of(figure, locale));
    }

    public Figure figure() {
        return figure;
    }

    /** A rectangle on the picture that holds the whole movement, on either side, with everything drawn round it. */
    public Bounds bounds() {
        return bounds;
    }

    /** The floor area the mat (or the floor drawn) covers, in room coordinates. */
    FigureFrame.Mat floor() {
        return floor;
    }

    /** The picture at a moment. */
    public FigureFrame frame(Moment moment) {
        return frame(moment, true);
    }

    private FigureFrame frame(Moment moment, boolean withWords) {
        return frame(moment, body(figure, moment), withWords);
    }

    private FigureFrame frame(Moment moment, Body body, boolean withWords) {
        List<Arrow> shown = new ArrayList<>(arrows(moment));
        double[] reach = figure.contacts().isEmpty() ? null : figure.reach(moment);
        for (int i = 0; i < figure.contacts().size(); i++) {
            Contact contact = figure.contacts().get(i);
            if (contact.action() == Contact.Action.PRESS && reach[i] >= 0.5) {
                BodyPoint hand = moment.otherSide() ? contact.hand().opposite() : contact.hand();
                shown.add(MotionArrows.press(body.at(hand), figure.view()));
            }
        }
        return draw(body, moment.otherSide(), shown, withWords ? words.sentence(moment) : "");
    }

    /**
     * The placed body at a moment: grounded, the hands on their places, its anchor over the middle of the room, and
     * mirrored for the other side.
     */
    public static Body body(Figure figure, Moment moment) {
        Body body = Arms.reach(Skeleton.place(figure.pose(moment)), figure.contacts(), figure.reach(moment))
                .anchoredAt(figure.anchor());
        return moment.otherSide() ? body.mirrored() : body;
    }

    /** The arrows of the keyframes a moment walks, worked out once for each direction and side. */
    private List<Arrow> arrows(Moment moment) {
        boolean preparing = moment.stage() == Moment.Stage.PREPARING && !figure.preparation().isEmpty();
        int key = (preparing ? 4 : moment.direction() % 2 * 2) + (moment.otherSide() ? 1 : 0);
        return arrows.computeIfAbsent(key, k -> MotionArrows.of(figure, preparing, moment.direction() % 2,
                preparing || !holds, moment.otherSide()));
    }

    private FigureFrame draw(Body body, boolean otherSide, List<Arrow> shownArrows, String description) {
        View view = figure.view();
        Map<BodyPoint, View.Seen> seen = new EnumMap<>(BodyPoint.class);
        body.points().forEach((point, at) -> seen.put(point, View.see(camera, at)));
        Set<Joint> highlighted = highlight(otherSide);
        Joint.Side near = nearSide(seen);
        record Placed(Stroke stroke, List<Shape> shapes, double depth) {}
        List<Placed> placed = new ArrayList<>(Segment.values().length + figure.props().size());
        for (Segment segment : Segment.values()) {
            View.Seen a = seen.get(segment.from());
            View.Seen b = seen.get(segment.to());
            Tone tone = segment.side() == null || near == null ? Tone.MIDDLE
                    : segment.side() == near ? Tone.NEAR : Tone.FAR;
            placed.add(new Placed(new Stroke(segment, new Point(a.x(), a.y()), new Point(b.x(), b.y()),
                    segment.thickness(), tone, highlighted.contains(segment.movedBy())), null,
                    (a.depth() + b.depth()) / 2 + depthBias(segment)));
        }
        for (Prop prop : figure.props()) {
            PropShapes.Placed at = PropShapes.place(prop, body, otherSide);
            List<Shape> shapes = new ArrayList<>();
            double depth;
            if (at.box() != null) {
                for (Face face : at.box().faces(view)) {
                    shapes.add(new Shape(prop.kind(), face, 0, prop.imaginary(), 0));
                }
                depth = at.box().depth(view);
            } else {
                View.Seen a = View.see(camera, at.from());
                View.Seen b = View.see(camera, at.to());
                shapes.add(new Shape(prop.kind(), new Face(List.of(new Point(a.x(), a.y()), new Point(b.x(), b.y())),
                        FigureFrame.Shade.TOP), at.width(), prop.imaginary(), 0));
                depth = (a.depth() + b.depth()) / 2;
            }
            placed.add(new Placed(null, shapes, depth));
        }
        placed.sort(Comparator.comparingDouble(Placed::depth));
        List<Stroke> strokes = new ArrayList<>(Segment.values().length);
        List<Shape> shapes = new ArrayList<>();
        for (Placed item : placed) {
            if (item.stroke() != null) {
                strokes.add(item.stroke());
            } else {
                for (Shape shape : item.shapes()) {
                    shapes.add(new Shape(shape.kind(), shape.face(), shape.width(), shape.imaginary(),
                            strokes.size()));
                }
            }
        }
        List<Ring> rings = new ArrayList<>();
        for (Joint joint : highlighted) {
            BodyPoint point = FigureFrame.pointOf(joint);
            View.Seen at = seen.get(point);
            rings.add(new Ring(new Point(at.x(), at.y()), ringRadius(point)));
        }
        return new FigureFrame(surface, strokes, shapes, rings, shownArrows, description);
    }

    /** Wide enough to pass round the thickest limb at the joint and leave the joint in view inside. */
    private static double ringRadius(BodyPoint point) {
        double thickest = 0;
        for (Segment segment : Segment.values()) {
            if ((segment.from() == point || segment.to() == point) && segment.from() != segment.to()) {
                thickest = Math.max(thickest, Math.min(segment.thickness(), 16));
            }
        }
        return Math.max(thickest, 12) / 2 + 5;
    }

    private Set<Joint> highlight(boolean otherSide) {
        Set<Joint> joints = EnumSet.noneOf(Joint.class);
        for (Joint joint : figure.highlight()) {
            joints.add(otherSide ? joint.opposite() : joint);
        }
        return joints;
    }

    /** Small nudges so the nose sits on the head and the hands on the forearms whatever the depths say. */
    private static double depthBias(Segment segment) {
        return switch (segment) {
            case NOSE -> 0.5;
            case HEAD -> 0.25;
            case RIGHT_HAND, LEFT_HAND -> 0.1;
            default -> 0;
        };
    }

    /** The side whose hip is nearer the viewer, or null when both are as near (seen from the head or feet). */
    private static Joint.Side nearSide(Map<BodyPoint, View.Seen> seen) {
        double difference = seen.get(BodyPoint.RIGHT_HIP).depth() - seen.get(BodyPoint.LEFT_HIP).depth();
        if (Math.abs(difference) < 2) {
            return null;
        }
        return difference > 0 ? Joint.Side.RIGHT : Joint.Side.LEFT;
    }

    /** The moments that make up the whole movement, for framing: every keyframe and the ways between. */
    private List<Moment> framingMoments(boolean otherSide) {
        List<Moment> moments = new ArrayList<>();
        // The second direction walks the same keyframes the other way round unless it has its own: the same
        // places, so the first frames it (its arrows are added in frameBounds).
        int directions = figure.otherDirection().isEmpty() ? 1 : 2;
        Moment.Stage stage = holds ? Moment.Stage.MOVING_IN : Moment.Stage.REPEATING;
        for (int direction = 0; direction < directions; direction++) {
            int steps = FRAMING_SAMPLES_PER_STEP * figure.movement(direction).size();
            for (int i = 0; i <= steps; i++) {
                moments.add(new Moment(stage, direction, i / (double) steps, otherSide));
            }
        }
        int steps = FRAMING_SAMPLES_PER_STEP * figure.preparation().size();
        for (int i = 0; i < steps; i++) {
            moments.add(new Moment(Moment.Stage.PREPARING, 0, i / (double) steps, otherSide));
        }
        return moments;
    }

    /** One mat under the whole movement on either side, with room for the props on it. */
    private FigureFrame.Mat mat(Map<Moment, Body> framing) {
        double margin = figure.surface() == Figure.Surface.MAT ? MAT_MARGIN : FLOOR_MARGIN;
        FigureFrame.Mat mat = null;
        for (Map.Entry<Moment, Body> placed : framing.entrySet()) {
            Body body = placed.getValue();
            FigureFrame.Mat under = FigureFrame.Mat.under(body, margin);
            for (Prop prop : figure.props()) {
                PropShapes.Placed at = PropShapes.place(prop, body, placed.getKey().otherSide());
                if (at.box() != null) {
                    for (Vec3 corner : at.box().corners()) {
                        under = under.including(new FigureFrame.Mat(corner.x() - 4, corner.x() + 4,
                                corner.z() - 4, corner.z() + 4));
                    }
                }
            }
            mat = mat == null ? under : mat.including(under);
        }
        return mat;
    }

    private Bounds frameBounds(Map<Moment, Body> framing) {
        Bounds.Builder extent = new Bounds.Builder();
        framing.forEach((moment, body) -> extent.include(frame(moment, body, false)));
        for (boolean otherSide : new boolean[] {false, true}) {
            Moment otherWay = new Moment(holds ? Moment.Stage.MOVING_IN : Moment.Stage.REPEATING, 1, 0, otherSide);
            extent.include(new FigureFrame(List.of(), List.of(), List.of(), List.of(), arrows(otherWay), ""));
        }
        return extent.build();
    }

    /** A rectangle on the picture, y up. */
    public record Bounds(double minX, double minY, double maxX, double maxY) {

        public double width() {
            return maxX - minX;
        }

        public double height() {
            return maxY - minY;
        }

        /** Grows a rectangle to hold everything a frame draws. */
        static final class Builder {
            private double minX = Double.POSITIVE_INFINITY;
            private double minY = Double.POSITIVE_INFINITY;
            private double maxX = Double.NEGATIVE_INFINITY;
            private double maxY = Double.NEGATIVE_INFINITY;

            void include(FigureFrame frame) {
                for (Face face : frame.surface()) {
                    face.corners().forEach(p -> add(p, 0));
                }
                for (Stroke stroke : frame.strokes()) {
                    double r = stroke.width() / 2 + (stroke.highlighted() ? HALO : 0);
                    add(stroke.from(), r);
                    add(stroke.to(), r);
                }
                for (Shape shape : frame.props()) {
                    shape.face().corners().forEach(p -> add(p, shape.width() / 2));
                }
                for (Ring ring : frame.rings()) {
                    add(ring.centre(), ring.radius() + 1);
                }
                for (Arrow arrow : frame.arrows()) {
                    arrow.path().forEach(p -> add(p, 1.5));
                    arrow.heads().forEach(head -> head.forEach(p -> add(p, 1)));
                }
            }

            private void add(Point p, double r) {
                minX = Math.min(minX, p.x() - r);
                maxX = Math.max(maxX, p.x() + r);
                minY = Math.min(minY, p.y() - r);
                maxY = Math.max(maxY, p.y() + r);
            }

            Bounds build() {
                return new Bounds(minX, minY, maxX, maxY);
            }
        }
    }
}
