package org.exerciseplayer.figure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The joints a pose can bend, each with its angles in degrees and their allowed ranges. The first angle is the
 * joint's main one, the one a bare number sets in a catalogue ({@code "right-knee": 90}). Signs follow the
 * anatomy, the same way for the left and the right: flexion brings a limb forwards (for the knee and elbow,
 * bends it), abduction takes it out to its own side, rotation turns it outwards; turn, twist and roll turn
 * towards the person's right.
 */
public enum Joint {
    NECK(null, new Angle("flexion", -60, 80), new Angle("turn", -90, 90)),
    SPINE(null, new Angle("flexion", -40, 90), new Angle("twist", -60, 60)),
    PELVIS(null, new Angle("tilt", -30, 30), new Angle("roll", -90, 90)),
    RIGHT_SHOULDER(Side.RIGHT, new Angle("flexion", -60, 180), new Angle("abduction", -20, 180)),
    LEFT_SHOULDER(Side.LEFT, new Angle("flexion", -60, 180), new Angle("abduction", -20, 180)),
    RIGHT_ELBOW(Side.RIGHT, new Angle("flexion", 0, 160)),
    LEFT_ELBOW(Side.LEFT, new Angle("flexion", 0, 160)),
    RIGHT_HIP(Side.RIGHT, new Angle("flexion", -40, 150), new Angle("abduction", -30, 90),
            new Angle("rotation", -60, 60)),
    LEFT_HIP(Side.LEFT, new Angle("flexion", -40, 150), new Angle("abduction", -30, 90),
            new Angle("rotation", -60, 60)),
    RIGHT_KNEE(Side.RIGHT, new Angle("flexion", 0, 160)),
    LEFT_KNEE(Side.LEFT, new Angle("flexion", 0, 160)),
    RIGHT_ANKLE(Side.RIGHT, new Angle("flexion", -50, 40)),
    LEFT_ANKLE(Side.LEFT, new Angle("flexion", -50, 40));

    /** Which side of the body a joint is on; the neck, spine and pelvis are on neither. */
    public enum Side { LEFT, RIGHT }

    /** One angle of a joint and its allowed range, in whole degrees. */
    public record Angle(String name, int min, int max) {}

    private final Side side;
    private final List<Angle> angles;

    Joint(Side side, Angle... angles) {
        this.side = side;
        this.angles = List.of(angles);
    }

    /** The joint's name in a catalogue, e.g. "right-hip". */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public List<Angle> angles() {
        return angles;
    }

    /** The index of an angle by its name, or -1. */
    public int angleIndex(String angleName) {
        for (int i = 0; i < angles.size(); i++) {
            if (angles.get(i).name().equals(angleName)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Side> side() {
        return Optional.ofNullable(side);
    }

    /** The same joint on the other side of the body; the joint itself if it is in the middle. */
    public Joint opposite() {
        if (side == null) {
            return this;
        }
        return valueOf((side == Side.RIGHT ? "LEFT" : "RIGHT") + name().substring(name().indexOf('_')));
    }

    public static Optional<Joint> fromWord(String word) {
        for (Joint joint : values()) {
            if (joint.word().equals(word)) {
                return Optional.of(joint);
            }
        }
        return Optional.empty();
    }
}
