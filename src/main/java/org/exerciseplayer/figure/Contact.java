package org.exerciseplayer.figure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A hand on the body, as the steps name it: "hands round the back of the left thigh", "apply a light pressure
 * down on the upper knee". The arm reaches the place in every frame, whatever the pose's own shoulder and elbow
 * angles (they only say which way the elbow bends), so the hand stays on the knee while the knee moves. Written
 * for the right side; the left side swaps it.
 *
 * @param hand   {@link BodyPoint#RIGHT_HAND} or {@link BodyPoint#LEFT_HAND}
 * @param on     where the hand goes: a point, or a share of the way along a part
 * @param action whether the hand holds there or presses down
 * @param poses  the keyframes in which the hand is there, or empty for all of them; between a keyframe with the
 *               contact and one without, the hand moves from its place to where the pose's own arm puts it
 */
public record Contact(BodyPoint hand, Place on, Action action, List<String> poses) {

    /** Holding (round a knee, behind a thigh) or pressing down, which the picture shows with a small arrow. */
    public enum Action {
        HOLD, PRESS;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A place on the body: a point ({@code part} null), or {@code percent} of the way along a part from its first
     * point (the hip end of a thigh, the knee end of a shin).
     */
    public record Place(BodyPoint point, Segment part, int percent) {

        public static Place at(BodyPoint point) {
            return new Place(point, null, 0);
        }

        public static Place along(Segment part, int percent) {
            return new Place(null, part, percent);
        }

        public Place {
            if ((point == null) == (part == null) || percent < 0 || percent > 100) {
                throw new IllegalArgumentException("A place is a point or a share of a part: " + point + part);
            }
        }

        /** Where it is on a placed body. */
        Vec3 on(Body body) {
            if (point != null) {
                return body.at(point);
            }
            Vec3 from = body.at(part.from());
            Vec3 to = body.at(part.to());
            return from.plus(to.minus(from).times(percent / 100.0));
        }

        /** How thick the body is there, so the hand rests on its surface rather than in its middle. */
        double thickness() {
            if (part != null) {
                return part.thickness();
            }
            for (Segment segment : Segment.values()) {
                if (segment.to() == point && segment.side() != null) {
                    return segment.thickness();
                }
            }
            return 10;
        }

        /** The name in a catalogue: the point's or the part's. */
        public String word() {
            return point != null ? point.word() : part.word();
        }

        /** The same place on the other side of the body. */
        public Place opposite() {
            return point != null ? at(point.opposite()) : along(part.opposite(), percent);
        }
    }

    public Contact {
        poses = List.copyOf(poses);
        if (hand != BodyPoint.RIGHT_HAND && hand != BodyPoint.LEFT_HAND) {
            throw new IllegalArgumentException("Only a hand can hold or press: " + hand);
        }
    }

    /** A contact in every keyframe. */
    public Contact(BodyPoint hand, Place on, Action action) {
        this(hand, on, action, List.of());
    }

    /** Whether the hand is on its place in the keyframe of this name. */
    public boolean appliesIn(String pose) {
        return poses.isEmpty() || poses.contains(pose);
    }

    /** The parts a hand can be placed along: the limbs and the trunk. */
    public static Optional<Segment> partFromWord(String word) {
        for (Segment segment : Segment.values()) {
            if (segment.from() != segment.to() && segment.word().equals(word)) {
                return Optional.of(segment);
            }
        }
        return Optional.empty();
    }
}
