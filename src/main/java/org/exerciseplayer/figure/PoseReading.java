package org.exerciseplayer.figure;

import java.util.List;

/**
 * What poses show, for {@link FigureWords}: the shape of a leg, the joint that moves most over a movement, and the
 * angle that changes most between two keyframes (weighted by how much each shows), with whether the other side
 * does the same.
 */
final class PoseReading {

    private PoseReading() {
    }

    /** "tabletop", "bent", "straight", or "" for a leg turned or out to the side, or rolled over with the pelvis. */
    static String legShape(Pose pose, Joint hip, Joint knee) {
        double hipFlexion = pose.angle(hip, 0);
        double kneeFlexion = pose.angle(knee, 0);
        boolean square = Math.abs(pose.angle(hip, 1)) < 15 && Math.abs(pose.angle(hip, 2)) < 15
                && Math.abs(pose.angle(Joint.PELVIS, 1)) < 30;
        if (hipFlexion >= 75 && kneeFlexion >= 60 && square) {
            return "tabletop";
        }
        if (kneeFlexion >= 60) {
            return "bent";
        }
        return kneeFlexion < 20 && Math.abs(hipFlexion) < 30 ? "straight" : "";
    }

    /** The joint whose angles change most over the keyframes, for naming a circle. */
    static Joint mostMoved(List<Pose> keyframes) {
        Joint most = Joint.RIGHT_HIP;
        double largest = -1;
        for (Joint joint : Joint.values()) {
            for (int i = 0; i < joint.angles().size(); i++) {
                double low = Double.POSITIVE_INFINITY;
                double high = Double.NEGATIVE_INFINITY;
                for (Pose pose : keyframes) {
                    low = Math.min(low, pose.angle(joint, i));
                    high = Math.max(high, pose.angle(joint, i));
                }
                if (high - low > largest) {
                    largest = high - low;
                    most = joint;
                }
            }
        }
        return most;
    }

    /** One angle of one joint, before and after. */
    record Change(Joint joint, int angle, double before, double after) {

        double delta() {
            return after - before;
        }

        static Change of(Joint joint, int angle, Pose from, Pose to) {
            return new Change(joint, angle, from.angle(joint, angle), to.angle(joint, angle));
        }

        /** How much a change of each angle shows, per degree: a pelvic tilt of a few degrees is the exercise. */
        static double weight(Joint joint, int angle) {
            return switch (joint) {
                case PELVIS -> angle == 0 ? 2 : 1;
                case SPINE -> angle == 0 ? 1.2 : 0.8;
                case RIGHT_HIP, LEFT_HIP -> angle == 2 ? 0.4 : 1;
                case RIGHT_KNEE, LEFT_KNEE -> 0.8;
                case RIGHT_ANKLE, LEFT_ANKLE -> 0.25;
                case NECK -> 0.3;
                case RIGHT_SHOULDER, LEFT_SHOULDER -> 0.2;
                case RIGHT_ELBOW, LEFT_ELBOW -> 0.15;
            };
        }

        /** The angle that changes most, weighted; null if nothing changes by 3 weighted degrees. */
        static Change largest(Pose from, Pose to, Joint excluded) {
            Change best = null;
            double bestScore = 3;
            for (Joint joint : Joint.values()) {
                if (joint == excluded) {
                    continue;
                }
                for (int i = 0; i < joint.angles().size(); i++) {
                    Change change = of(joint, i, from, to);
                    double score = Math.abs(change.delta()) * weight(joint, i);
                    if (score > bestScore + 1e-9) {
                        best = change;
                        bestScore = score;
                    }
                }
            }
            return best;
        }

        /** Whether the same angle on the other side changes the same way by nearly as much. */
        static boolean onBothSides(Change change, Pose from, Pose to) {
            if (change.joint().side().isEmpty()) {
                return false;
            }
            Change other = of(change.joint().opposite(), change.angle(), from, to);
            return Math.signum(other.delta()) == Math.signum(change.delta())
                    && Math.abs(other.delta()) >= 0.85 * Math.abs(change.delta());
        }
    }
}
