package org.exerciseplayer.figure;

import java.util.EnumMap;
import java.util.Map;

/** Where every {@link BodyPoint} is in the room, in figure units; made by {@link Skeleton#place(Pose)}. */
public record Body(Map<BodyPoint, Vec3> points) {

    public Body {
        points = Map.copyOf(new EnumMap<>(points));
    }

    public Vec3 at(BodyPoint point) {
        return points.get(point);
    }

    /**
     * The same movement done on the other side of the body, seen from the same place: the body reflected in the
     * upright plane facing the viewer, so every right-hand point becomes the left-hand one. Lying on the left side
     * becomes lying on the right side (seen from behind); lying on the back, kneeling or on all fours stay so,
     * with the other leg now nearer the viewer. Seen from the feet, this is the picture turned left to right.
     */
    public Body mirrored() {
        EnumMap<BodyPoint, Vec3> reflected = new EnumMap<>(BodyPoint.class);
        points.forEach((point, at) -> reflected.put(point.opposite(), new Vec3(at.x(), at.y(), -at.z())));
        return new Body(reflected);
    }

    /** The body moved along the floor so that {@code point} stands over the middle of the room (x = 0, z = 0). */
    public Body anchoredAt(BodyPoint point) {
        Vec3 anchor = at(point);
        Vec3 shift = new Vec3(-anchor.x(), 0, -anchor.z());
        EnumMap<BodyPoint, Vec3> moved = new EnumMap<>(BodyPoint.class);
        points.forEach((p, at) -> moved.put(p, at.plus(shift)));
        return new Body(moved);
    }

    /** The lowest surface of the drawn body: each part's lowest end less half its thickness. */
    public double lowest() {
        double lowest = Double.POSITIVE_INFINITY;
        for (Segment segment : Segment.values()) {
            double y = Math.min(at(segment.from()).y(), at(segment.to()).y()) - segment.thickness() / 2;
            lowest = Math.min(lowest, y);
        }
        return lowest;
    }
}
