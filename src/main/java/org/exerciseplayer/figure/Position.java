package org.exerciseplayer.figure;

import java.util.Locale;
import java.util.Optional;

/**
 * How the body lies or stands before any joint bends: the orientation of the pelvis in the room. The angles place
 * the body seen from its right side, head to the left when lying on the back and to the right when face down or on
 * the side, so that each position faces the viewer or the floor: {@code pitch} turns the upright body about the
 * axis pointing at the viewer (90: lying back, -90: face down), {@code roll} then turns it about its own length
 * (-90: on the left side, facing the viewer). The player puts the lowest part of the body on the floor.
 */
public enum Position {
    STANDING(0, 0),
    KNEELING(0, 0),
    SITTING(0, 0),
    LYING_ON_BACK(90, 0),
    LYING_ON_FRONT(-90, 0),
    /** On the left side, right side up, facing the viewer; the left side of an exercise is its mirror image. */
    LYING_ON_SIDE(-90, -90),
    ALL_FOURS(-90, 0);

    private final double pitch;
    private final double roll;

    Position(double pitch, double roll) {
        this.pitch = pitch;
        this.roll = roll;
    }

    public double pitch() {
        return pitch;
    }

    public double roll() {
        return roll;
    }

    /** The position's name in a catalogue, e.g. "lying-on-back". */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Position> fromWord(String word) {
        for (Position position : values()) {
            if (position.word().equals(word)) {
                return Optional.of(position);
            }
        }
        return Optional.empty();
    }
}
