package org.exerciseplayer.figure;

import java.util.EnumMap;
import java.util.List;

/**
 * Puts the hands where a figure's {@link Contact}s say (two-bone inverse kinematics): each arm keeps its shoulder
 * and its lengths, the hand goes to the place (on the surface of the part, on the shoulder's side of it) and the
 * elbow bends on the side where the pose's own elbow was. A place out of reach gets the arm stretched towards it.
 */
final class Arms {

    /** How far inside the body's surface the hand's centre sits: it grips, it does not hover. */
    private static final double GRIP = 2;

    private Arms() {
    }

    /**
     * The body with each contact's hand on its place, or {@code reach[i]} of the way there from where the pose
     * puts it; the body itself when no hand is placed.
     */
    static Body reach(Body body, List<Contact> contacts, double[] reach) {
        boolean any = false;
        for (double r : reach) {
            any |= r > 0;
        }
        if (!any) {
            return body;
        }
        EnumMap<BodyPoint, Vec3> points = new EnumMap<>(body.points());
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            if (reach[i] <= 0) {
                continue;
            }
            boolean right = contact.hand() == BodyPoint.RIGHT_HAND;
            Vec3 shoulder = body.at(right ? BodyPoint.RIGHT_SHOULDER : BodyPoint.LEFT_SHOULDER);
            Vec3 hint = body.at(right ? BodyPoint.RIGHT_ELBOW : BodyPoint.LEFT_ELBOW);
            Vec3 place = contact.on().on(body);
            Vec3 towardsShoulder = shoulder.minus(place).unit();
            double surface = contact.on().thickness() / 2 + Segment.RIGHT_HAND.thickness() / 2 - GRIP;
            Vec3 target = place.plus(towardsShoulder.times(surface));
            // A hand is never below the floor.
            double floor = Segment.RIGHT_HAND.thickness() / 2;
            if (target.y() < floor) {
                target = new Vec3(target.x(), floor, target.z());
            }
            if (reach[i] < 1) {
                Vec3 own = body.at(contact.hand());
                target = own.plus(target.minus(own).times(reach[i]));
            }
            Vec3[] arm = solve(shoulder, hint, target, Skeleton.UPPER_ARM, Skeleton.FOREARM);
            points.put(right ? BodyPoint.RIGHT_ELBOW : BodyPoint.LEFT_ELBOW, arm[0]);
            points.put(contact.hand(), arm[1]);
        }
        return new Body(points);
    }

    /** The elbow and hand of an arm from {@code shoulder} reaching for {@code target}, bending towards {@code hint}. */
    static Vec3[] solve(Vec3 shoulder, Vec3 hint, Vec3 target, double upper, double lower) {
        Vec3 toTarget = target.minus(shoulder);
        double wanted = toTarget.length();
        Vec3 along = wanted < 1e-9 ? new Vec3(0, -1, 0) : toTarget.times(1 / wanted);
        double reach = Math.max(Math.abs(upper - lower) + 1e-6, Math.min(upper + lower - 1e-6, wanted));
        double a = (upper * upper - lower * lower + reach * reach) / (2 * reach);
        double h = Math.sqrt(Math.max(0, upper * upper - a * a));
        Vec3 bend = hint.minus(shoulder);
        bend = bend.minus(along.times(bend.dot(along)));
        if (bend.length() < 1e-6) {
            bend = new Vec3(0, 1, 0).minus(along.times(along.y()));
            if (bend.length() < 1e-6) {
                bend = new Vec3(1, 0, 0);
            }
        }
        Vec3 elbow = shoulder.plus(along.times(a)).plus(bend.unit().times(h));
        Vec3 hand = shoulder.plus(along.times(reach));
        return new Vec3[] {elbow, hand};
    }
}
