package org.exerciseplayer.figure;

import java.util.List;

/**
 * One picture of the figure, ready to draw, in figure units with y up (the view scales and flips them): the
 * surface the body is on, the parts of the body from the farthest to the nearest with the props placed among them
 * at their depth, a ring round each highlighted joint, the arrows that show the movement, and in words what the
 * body is doing. A drawer draws, in this order: the surface, a halo behind every highlighted part (so that a
 * highlight never covers another part), the strokes with each prop before the stroke it is {@code drawBefore},
 * the rings, then the arrows.
 *
 * @param surface     the faces of the mat or floor
 * @param strokes     the body's parts in drawing order
 * @param props       the props, each with the number of strokes drawn before it
 * @param rings       the highlighted joints
 * @param arrows      the movement's arrow, and a small one at each pressing hand
 * @param description what the body is doing, for those who cannot see the picture
 */
public record FigureFrame(List<Face> surface, List<Stroke> strokes, List<Shape> props, List<Ring> rings,
                          List<Arrow> arrows, String description) {

    public FigureFrame {
        surface = List.copyOf(surface);
        strokes = List.copyOf(strokes);
        props = List.copyOf(props);
        rings = List.copyOf(rings);
        arrows = List.copyOf(arrows);
        description = description == null ? "" : description;
    }

    /** A point on the picture. */
    public record Point(double x, double y) {}

    /** Whether a part is on the side nearer the viewer, the farther side (drawn paler), or in the middle. */
    public enum Tone { MIDDLE, NEAR, FAR }

    /** One rounded stroke: a body part, from one point to another, its width, shade and whether it is highlighted. */
    public record Stroke(Segment segment, Point from, Point to, double width, Tone tone, boolean highlighted) {}

    /** How a flat face is shaded: the top of a mat or prop, one of its sides (darker), or the bare floor. */
    public enum Shade { TOP, SIDE, FLOOR }

    /** A flat face: a polygon. */
    public record Face(List<Point> corners, Shade shade) {
        public Face {
            corners = List.copyOf(corners);
        }
    }

    /**
     * A prop's part: a rounded stroke {@code width} wide when it has two points (a pillow), else a face. An
     * imaginary prop is drawn as a dashed outline only.
     */
    public record Shape(Prop.Kind kind, Face face, double width, boolean imaginary, int drawBefore) {}

    /** A ring round a highlighted joint, wide enough to leave the joint itself in view. */
    public record Ring(Point centre, double radius) {}

    /**
     * An arrow: a line along {@code path} and a filled triangle for each head (its tip first).
     */
    public record Arrow(Kind kind, List<Point> path, List<List<Point>> heads) {

        /** The shapes of arrow: along a straight or curved path, round a circle, rocking a tilt, or a push. */
        public enum Kind { STRAIGHT, CURVED, CIRCULAR, ROCKING, PRESS }

        public Arrow {
            path = List.copyOf(path);
            heads = heads.stream().map(List::copyOf).toList();
        }
    }

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
