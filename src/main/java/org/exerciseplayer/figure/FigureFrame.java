package org.exerciseplayer.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One picture of the figure, ready to draw: the mat, then the parts of the body from the farthest to the nearest,
 * and a ring round each highlighted joint. Coordinates are figure units with y up; the view scales and flips them.
 *
 * @param mat     the corners of the mat on the floor, as seen
 * @param strokes the body's parts in drawing order
 * @param rings   the highlighted joints
 */
public record FigureFrame(List<Point> mat, List<Stroke> strokes, List<Point> rings) {

    public FigureFrame {
        mat = List.copyOf(mat);
        strokes = List.copyOf(strokes);
        rings = List.copyOf(rings);
    }

    /** A point on the picture. */
    public record Point(double x, double y) {}

    /** Whether a part is on the side nearer the viewer, the farther side (drawn paler), or in the middle. */
    public enum Tone { MIDDLE, NEAR, FAR }

    /** One rounded stroke: a body part, from one point to another, its width, shade and whether it is highlighted. */
    public record Stroke(Segment segment, Point from, Point to, double width, Tone tone, boolean highlighted) {}

    /** The floor area under the body, in room coordinates. */
    public record Mat(double minX, double maxX, double minZ, double maxZ) {

        public Mat including(Mat other) {
            return new Mat(Math.min(minX, other.minX), Math.max(maxX, other.maxX), Math.min(minZ, other.minZ),
                    Math.max(maxZ, other.maxZ));
        }

        /** The floor under a body with a margin round it. */
        public static Mat under(Body body, double margin) {
            double minX = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double minZ = Double.POSITIVE_INFINITY;
            double maxZ = Double.NEGATIVE_INFINITY;
            for (Vec3 p : body.points().values()) {
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
                minZ = Math.min(minZ, p.z());
                maxZ = Math.max(maxZ, p.z());
            }
            return new Mat(minX - margin, maxX + margin, minZ - margin, maxZ + margin);
        }
    }

    /**
     * The picture of a placed body seen from {@code view}, on {@code mat}, with the parts moved by the
     * {@code highlighted} joints marked.
     */
    public static FigureFrame draw(Body body, View view, Mat mat, Set<Joint> highlighted) {
        Map<BodyPoint, View.Seen> seen = new EnumMap<>(BodyPoint.class);
        body.points().forEach((point, at) -> seen.put(point, view.see(at)));
        Joint.Side near = nearSide(seen);
        record Placed(Stroke stroke, double depth) {}
        List<Placed> placed = new ArrayList<>();
        for (Segment segment : Segment.values()) {
            View.Seen a = seen.get(segment.from());
            View.Seen b = seen.get(segment.to());
            Tone tone = segment.side() == null || near == null ? Tone.MIDDLE
                    : segment.side() == near ? Tone.NEAR : Tone.FAR;
            placed.add(new Placed(new Stroke(segment, new Point(a.x(), a.y()), new Point(b.x(), b.y()),
                    segment.thickness(), tone, highlighted.contains(segment.movedBy())),
                    (a.depth() + b.depth()) / 2 + depthBias(segment)));
        }
        placed.sort(Comparator.comparingDouble(Placed::depth));
        List<Point> rings = new ArrayList<>();
        for (Joint joint : highlighted) {
            View.Seen at = seen.get(pointOf(joint));
            rings.add(new Point(at.x(), at.y()));
        }
        List<Point> corners = new ArrayList<>();
        for (double[] corner : new double[][] {{mat.minX(), mat.minZ()}, {mat.maxX(), mat.minZ()},
                {mat.maxX(), mat.maxZ()}, {mat.minX(), mat.maxZ()}}) {
            View.Seen at = view.see(new Vec3(corner[0], 0, corner[1]));
            corners.add(new Point(at.x(), at.y()));
        }
        return new FigureFrame(corners, placed.stream().map(Placed::stroke).toList(), rings);
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

    /** Where the ring of a highlighted joint goes. */
    public static BodyPoint pointOf(Joint joint) {
        return switch (joint) {
            case NECK -> BodyPoint.NECK;
            case SPINE -> BodyPoint.WAIST;
            case PELVIS -> BodyPoint.PELVIS;
            default -> BodyPoint.valueOf(joint.name());
        };
    }
}
