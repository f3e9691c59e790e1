package org.exerciseplayer.figure;

import java.util.Locale;
import java.util.Optional;

/** The points {@link Skeleton} places: joints, and the ends of the head, hands and feet. */
public enum BodyPoint {
    PELVIS, WAIST, NECK, HEAD, NOSE,
    RIGHT_SHOULDER, RIGHT_ELBOW, RIGHT_HAND, LEFT_SHOULDER, LEFT_ELBOW, LEFT_HAND,
    RIGHT_HIP, RIGHT_KNEE, RIGHT_ANKLE, RIGHT_TOES, LEFT_HIP, LEFT_KNEE, LEFT_ANKLE, LEFT_TOES;

    /** The point's name in a catalogue, e.g. "left-knee". */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The same point on the other side of the body; the point itself if it is in the middle. */
    public BodyPoint opposite() {
        if (name().startsWith("RIGHT_")) {
            return valueOf("LEFT_" + name().substring(6));
        }
        if (name().startsWith("LEFT_")) {
            return valueOf("RIGHT_" + name().substring(5));
        }
        return this;
    }

    public static Optional<BodyPoint> fromWord(String word) {
        for (BodyPoint point : values()) {
            if (point.word().equals(word)) {
                return Optional.of(point);
            }
        }
        return Optional.empty();
    }
}
