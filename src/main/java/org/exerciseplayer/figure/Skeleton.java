package org.exerciseplayer.figure;

import java.util.EnumMap;

/**
 * Places the body for a pose (forward kinematics): from the pelvis out along each limb, every joint turning the
 * parts beyond it. Lengths are in figure units, about a centimetre of a 170 cm adult. The body is then set down
 * so that its lowest part rests on the floor (y = 0). A pure function: the same pose always gives the same body.
 *
 * <p>Inside the body, x points forwards, y towards the head and z to the right. Flexion turns about the body's
 * right-pointing axis, abduction about the forward axis and rotation, turn, twist and roll about the limb's or
 * trunk's own length.
 */
public final class Skeleton {

    public static final double LOWER_TRUNK = 16;
    public static final double CHEST = 32;
    public static final double UPPER_ARM = 28;
    public static final double FOREARM = 26;
    public static final double THIGH = 44;
    public static final double SHIN = 42;
    public static final double FOOT = 14;
    public static final double HIP_WIDTH = 9;
    public static final double SHOULDER_WIDTH = 16;

    private Skeleton() {
    }

    /** The body in this pose, resting on the floor, with its pelvis over the middle of the room. */
    public static Body place(Pose pose) {
        EnumMap<BodyPoint, Vec3> at = new EnumMap<>(BodyPoint.class);
        Position position = pose.position();
        Rotation base = Rotation.aboutZ(position.pitch()).then(Rotation.aboutY(position.roll()));

        Rotation pelvis = base.then(Rotation.aboutY(-pose.angle(Joint.PELVIS, 1)))
                .then(Rotation.aboutZ(pose.angle(Joint.PELVIS, 0)));
        at.put(BodyPoint.PELVIS, Vec3.ZERO);
        Vec3 waist = pelvis.apply(0, LOWER_TRUNK, 0);
        at.put(BodyPoint.WAIST, waist);
        // The chest hangs from the body's base, not the pelvis: rolling the pelvis (legs over to one side) leaves
        // the shoulders flat on the floor.
        Rotation chest = base.then(Rotation.aboutY(-pose.angle(Joint.SPINE, 1)))
                .then(Rotation.aboutZ(-pose.angle(Joint.SPINE, 0)));
        Vec3 neck = waist.plus(chest.apply(0, CHEST, 0));
        at.put(BodyPoint.NECK, neck);
        Rotation head = chest.then(Rotation.aboutY(-pose.angle(Joint.NECK, 1)))
                .then(Rotation.aboutZ(-pose.angle(Joint.NECK, 0)));
        Vec3 headCentre = neck.plus(head.apply(1.5, 13, 0));
        at.put(BodyPoint.HEAD, headCentre);
        at.put(BodyPoint.NOSE, headCentre.plus(head.apply(11.5, -1, 0)));

        for (Joint.Side side : Joint.Side.values()) {
            boolean right = side == Joint.Side.RIGHT;
            double s = right ? 1 : -1;
            Joint shoulderJoint = right ? Joint.RIGHT_SHOULDER : Joint.LEFT_SHOULDER;
            Joint elbowJoint = right ? Joint.RIGHT_ELBOW : Joint.LEFT_ELBOW;
            Joint hipJoint = right ? Joint.RIGHT_HIP : Joint.LEFT_HIP;
            Joint kneeJoint = right ? Joint.RIGHT_KNEE : Joint.LEFT_KNEE;
            Joint ankleJoint = right ? Joint.RIGHT_ANKLE : Joint.LEFT_ANKLE;

            Vec3 shoulder = neck.plus(chest.apply(0, -5, SHOULDER_WIDTH * s));
            Rotation arm = chest.then(Rotation.aboutZ(pose.angle(shoulderJoint, 0)))
                    .then(Rotation.aboutX(-s * pose.angle(shoulderJoint, 1)));
            Vec3 elbow = shoulder.plus(arm.apply(0, -UPPER_ARM, 0));
            Rotation forearm = arm.then(Rotation.aboutZ(pose.angle(elbowJoint, 0)));
            Vec3 hand = elbow.plus(forearm.apply(0, -FOREARM, 0));

            Vec3 hip = pelvis.apply(0, -5, HIP_WIDTH * s);
            Rotation thigh = pelvis.then(Rotation.aboutZ(pose.angle(hipJoint, 0)))
                    .then(Rotation.aboutX(-s * pose.angle(hipJoint, 1)))
                    .then(Rotation.aboutY(-s * pose.angle(hipJoint, 2)));
            Vec3 knee = hip.plus(thigh.apply(0, -THIGH, 0));
            Rotation shin = thigh.then(Rotation.aboutZ(-pose.angle(kneeJoint, 0)));
            Vec3 ankle = knee.plus(shin.apply(0, -SHIN, 0));
            Rotation foot = shin.then(Rotation.aboutZ(pose.angle(ankleJoint, 0)));
            Vec3 toes = ankle.plus(foot.apply(FOOT, -3, 0));

            at.put(right ? BodyPoint.RIGHT_SHOULDER : BodyPoint.LEFT_SHOULDER, shoulder);
            at.put(right ? BodyPoint.RIGHT_ELBOW : BodyPoint.LEFT_ELBOW, elbow);
            at.put(right ? BodyPoint.RIGHT_HAND : BodyPoint.LEFT_HAND, hand);
            at.put(right ? BodyPoint.RIGHT_HIP : BodyPoint.LEFT_HIP, hip);
            at.put(right ? BodyPoint.RIGHT_KNEE : BodyPoint.LEFT_KNEE, knee);
            at.put(right ? BodyPoint.RIGHT_ANKLE : BodyPoint.LEFT_ANKLE, ankle);
            at.put(right ? BodyPoint.RIGHT_TOES : BodyPoint.LEFT_TOES, toes);
        }
        Body floating = new Body(at);
        double lift = -floating.lowest();
        EnumMap<BodyPoint, Vec3> grounded = new EnumMap<>(BodyPoint.class);
        at.forEach((point, p) -> grounded.put(point, new Vec3(p.x(), p.y() + lift, p.z())));
        return new Body(grounded);
    }
}
