package org.exerciseplayer.figure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A still of the body: its {@link Position} and the angles of the joints that are bent, in degrees. A joint left
 * out is straight (all its angles 0). Each joint's list holds all its angles in {@link Joint#angles()} order;
 * joints whose angles are all 0 are dropped, so two poses that look the same are equal.
 */
public record Pose(Position position, Map<Joint, List<Double>> joints) {

    public Pose {
        EnumMap<Joint, List<Double>> kept = new EnumMap<>(Joint.class);
        joints.forEach((joint, angles) -> {
            if (angles.size() != joint.angles().size()) {
                throw new IllegalArgumentException(joint.word() + " has " + joint.angles().size() + " angles, got "
                        + angles);
            }
            if (angles.stream().anyMatch(a -> a != 0)) {
                kept.put(joint, List.copyOf(angles));
            }
        });
        joints = Collections.unmodifiableMap(kept);
    }

    /** A pose with no joint bent. */
    public static Pose of(Position position) {
        return new Pose(position, Map.of());
    }

    /** This pose with one angle of a joint set, e.g. {@code with(Joint.RIGHT_HIP, "flexion", 90)}. */
    public Pose with(Joint joint, String angle, double degrees) {
        int index = joint.angleIndex(angle);
        if (index < 0) {
            throw new IllegalArgumentException(joint.word() + " has no angle " + angle);
        }
        List<Double> angles = new ArrayList<>(angles(joint));
        angles.set(index, degrees);
        EnumMap<Joint, List<Double>> changed = new EnumMap<>(Joint.class);
        changed.putAll(joints);
        changed.put(joint, angles);
        return new Pose(position, changed);
    }

    /** All the angles of a joint, zeros where it is straight. */
    public List<Double> angles(Joint joint) {
        List<Double> angles = joints.get(joint);
        return angles != null ? angles : Collections.nCopies(joint.angles().size(), 0.0);
    }

    public double angle(Joint joint, int index) {
        return angles(joint).get(index);
    }

    /**
     * The pose a share {@code t} of the way from {@code from} to {@code to} (0 gives {@code from}, 1 gives
     * {@code to}), every angle moving in a straight line. A change of position (kneeling to all fours, say)
     * happens at the halfway point: keyframes of one movement normally share their position.
     */
    public static Pose between(Pose from, Pose to, double t) {
        if (t <= 0) {
            return from;
        }
        if (t >= 1) {
            return to;
        }
        EnumMap<Joint, List<Double>> angles = new EnumMap<>(Joint.class);
        for (Joint joint : Joint.values()) {
            List<Double> a = from.angles(joint);
            List<Double> b = to.angles(joint);
            List<Double> mixed = new ArrayList<>(a.size());
            for (int i = 0; i < a.size(); i++) {
                mixed.add(a.get(i) + (b.get(i) - a.get(i)) * t);
            }
            angles.put(joint, mixed);
        }
        return new Pose(t < 0.5 ? from.position : to.position, angles);
    }

    /** Smooth start and stop: 0 at 0, 1 at 1, with no sudden change of speed at either end. */
    public static double easeInOut(double t) {
        double clamped = Math.max(0, Math.min(1, t));
        return clamped * clamped * (3 - 2 * clamped);
    }
}
