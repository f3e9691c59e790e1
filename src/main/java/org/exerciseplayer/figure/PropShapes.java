package org.exerciseplayer.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a {@link Prop} is in the room for a placed body, every frame: a pillow as a soft roll squeezed between
 * its two points, lying along the parts that end there (between the knees, along the thighs); a stool as a box on
 * the floor whose top is just under its points.
 */
final class PropShapes {

    static final double PILLOW_LENGTH = 26;
    static final double STOOL_WIDTH = 24;

    private PropShapes() {
    }

    /** A prop placed in the room: a roll from one end to the other {@code width} thick, or a box. */
    record Placed(Prop prop, Vec3 from, Vec3 to, double width, Box box) {}

    /** The prop against the body; on the other side it is against the opposite points of the mirrored body. */
    static Placed place(Prop prop, Body body, boolean otherSide) {
        List<Vec3> at = new ArrayList<>();
        List<BodyPoint> points = new ArrayList<>();
        for (BodyPoint point : prop.points()) {
            BodyPoint here = otherSide ? point.opposite() : point;
            points.add(here);
            at.add(body.at(here));
        }
        return switch (prop.kind()) {
            case PILLOW -> pillow(prop, body, points, at);
            case STOOL -> stool(prop, points, at);
        };
    }

    private static Placed pillow(Prop prop, Body body, List<BodyPoint> points, List<Vec3> at) {
        Vec3 a = at.get(0);
        Vec3 b = at.get(1);
        Vec3 gap = b.minus(a);
        double distance = gap.length();
        Vec3 across = gap.unit();
        Vec3 along = Vec3.ZERO;
        for (int i = 0; i < 2; i++) {
            Segment part = partEndingAt(points.get(i));
            if (part != null) {
                along = along.plus(body.at(part.from()).minus(at.get(i)).unit());
            }
        }
        along = along.minus(across.times(along.dot(across)));
        if (along.length() < 1e-6) {
            along = new Vec3(0, 1, 0).minus(across.times(across.y()));
        }
        along = along.unit();
        double thickness = (thickness(points.get(0)) + thickness(points.get(1))) / 2;
        double width = Math.max(7, Math.min(20, distance - thickness + 3));
        Vec3 middle = a.plus(gap.times(0.5)).plus(along.times(8));
        double half = Math.max(1, (PILLOW_LENGTH - width) / 2);
        return new Placed(prop, middle.minus(along.times(half)), middle.plus(along.times(half)), width, null);
    }

    private static Placed stool(Prop prop, List<BodyPoint> points, List<Vec3> at) {
        double top = Double.POSITIVE_INFINITY;
        Vec3 centre = Vec3.ZERO;
        for (int i = 0; i < at.size(); i++) {
            top = Math.min(top, at.get(i).y() - thickness(points.get(i)) / 2);
            centre = centre.plus(at.get(i));
        }
        centre = centre.times(1.0 / at.size());
        Vec3 along = new Vec3(1, 0, 0);
        double half = STOOL_WIDTH / 2;
        if (at.size() == 2) {
            Vec3 level = at.get(1).minus(at.get(0));
            level = new Vec3(level.x(), 0, level.z());
            if (level.length() > 1) {
                along = level.unit();
                half = Math.max(half, level.length() / 2 + 8);
            }
        }
        Box box = new Box(new Vec3(centre.x(), 0, centre.z()), along, half, STOOL_WIDTH / 2, 0, Math.max(4, top));
        return new Placed(prop, null, null, 0, box);
    }

    private static Segment partEndingAt(BodyPoint point) {
        for (Segment segment : Segment.values()) {
            if (segment.to() == point && segment.from() != segment.to() && segment.side() != null) {
                return segment;
            }
        }
        return null;
    }

    /** How thick the body is at a point: the thickest limb part ending there. */
    static double thickness(BodyPoint point) {
        double thickness = 0;
        for (Segment segment : Segment.values()) {
            if (segment.to() == point || segment.from() == point) {
                thickness = Math.max(thickness, segment.side() != null ? segment.thickness() : 0);
            }
        }
        return thickness == 0 ? 10 : thickness;
    }
}
