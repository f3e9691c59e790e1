package org.exerciseplayer.figure;

import java.util.List;

/** Poses along a run of keyframes, each step taking the same time and easing in and out. */
public final class Keyframes {

    private Keyframes() {
    }

    /** The pose a share (0 to 1) of the way along {@code path}, from its first keyframe to its last. */
    public static Pose along(List<Pose> path, double share) {
        if (path.size() == 1 || share <= 0) {
            return path.get(0);
        }
        if (share >= 1) {
            return path.get(path.size() - 1);
        }
        double position = share * (path.size() - 1);
        int step = (int) Math.floor(position);
        return Pose.between(path.get(step), path.get(step + 1), Pose.easeInOut(position - step));
    }

    /** The pose a share of the way round {@code keyframes} and back to the first: one repetition. */
    public static Pose around(List<Pose> keyframes, double share) {
        if (keyframes.size() == 1) {
            return keyframes.get(0);
        }
        double wrapped = share - Math.floor(share);
        double position = wrapped * keyframes.size();
        int step = Math.min((int) Math.floor(position), keyframes.size() - 1);
        Pose from = keyframes.get(step);
        Pose to = keyframes.get((step + 1) % keyframes.size());
        return Pose.between(from, to, Pose.easeInOut(position - step));
    }

    /** A number given at each keyframe, a share of the way along them, eased as {@link #along} eases poses. */
    public static double along(double[] values, double share) {
        if (values.length == 1 || share <= 0) {
            return values[0];
        }
        if (share >= 1) {
            return values[values.length - 1];
        }
        double position = share * (values.length - 1);
        int step = (int) Math.floor(position);
        return mix(values[step], values[step + 1], Pose.easeInOut(position - step));
    }

    /** A number given at each keyframe, a share of the way round them and back, eased as {@link #around} does. */
    public static double around(double[] values, double share) {
        if (values.length == 1) {
            return values[0];
        }
        double wrapped = share - Math.floor(share);
        double position = wrapped * values.length;
        int step = Math.min((int) Math.floor(position), values.length - 1);
        return mix(values[step], values[(step + 1) % values.length], Pose.easeInOut(position - step));
    }

    private static double mix(double from, double to, double t) {
        return from + (to - from) * t;
    }
}
