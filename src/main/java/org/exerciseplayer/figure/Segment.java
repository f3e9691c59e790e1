package org.exerciseplayer.figure;

/**
 * The drawn parts of the body, each a rounded stroke from one point to another (the head, nose and hands are
 * strokes of no length: dots), with its thickness in figure units and the joint whose movement it shows.
 */
public enum Segment {
    LOWER_TRUNK(BodyPoint.PELVIS, BodyPoint.WAIST, 25, Joint.PELVIS),
    HIPS(BodyPoint.LEFT_HIP, BodyPoint.RIGHT_HIP, 22, Joint.PELVIS),
    CHEST(BodyPoint.WAIST, BodyPoint.NECK, 28, Joint.SPINE),
    SHOULDERS(BodyPoint.LEFT_SHOULDER, BodyPoint.RIGHT_SHOULDER, 13, Joint.SPINE),
    NECK(BodyPoint.NECK, BodyPoint.HEAD, 10, Joint.NECK),
    HEAD(BodyPoint.HEAD, BodyPoint.HEAD, 23, Joint.NECK),
    NOSE(BodyPoint.NOSE, BodyPoint.NOSE, 6, Joint.NECK),
    RIGHT_UPPER_ARM(BodyPoint.RIGHT_SHOULDER, BodyPoint.RIGHT_ELBOW, 10, Joint.RIGHT_SHOULDER),
    RIGHT_FOREARM(BodyPoint.RIGHT_ELBOW, BodyPoint.RIGHT_HAND, 8, Joint.RIGHT_ELBOW),
    RIGHT_HAND(BodyPoint.RIGHT_HAND, BodyPoint.RIGHT_HAND, 10, Joint.RIGHT_ELBOW),
    LEFT_UPPER_ARM(BodyPoint.LEFT_SHOULDER, BodyPoint.LEFT_ELBOW, 10, Joint.LEFT_SHOULDER),
    LEFT_FOREARM(BodyPoint.LEFT_ELBOW, BodyPoint.LEFT_HAND, 8, Joint.LEFT_ELBOW),
    LEFT_HAND(BodyPoint.LEFT_HAND, BodyPoint.LEFT_HAND, 10, Joint.LEFT_ELBOW),
    RIGHT_THIGH(BodyPoint.RIGHT_HIP, BodyPoint.RIGHT_KNEE, 15, Joint.RIGHT_HIP),
    RIGHT_SHIN(BodyPoint.RIGHT_KNEE, BodyPoint.RIGHT_ANKLE, 11, Joint.RIGHT_KNEE),
    RIGHT_FOOT(BodyPoint.RIGHT_ANKLE, BodyPoint.RIGHT_TOES, 7, Joint.RIGHT_ANKLE),
    LEFT_THIGH(BodyPoint.LEFT_HIP, BodyPoint.LEFT_KNEE, 15, Joint.LEFT_HIP),
    LEFT_SHIN(BodyPoint.LEFT_KNEE, BodyPoint.LEFT_ANKLE, 11, Joint.LEFT_KNEE),
    LEFT_FOOT(BodyPoint.LEFT_ANKLE, BodyPoint.LEFT_TOES, 7, Joint.LEFT_ANKLE);

    private final BodyPoint from;
    private final BodyPoint to;
    private final double thickness;
    private final Joint movedBy;

    Segment(BodyPoint from, BodyPoint to, double thickness, Joint movedBy) {
        this.from = from;
        this.to = to;
        this.thickness = thickness;
        this.movedBy = movedBy;
    }

    public BodyPoint from() {
        return from;
    }

    public BodyPoint to() {
        return to;
    }

    public double thickness() {
        return thickness;
    }

    /** The joint whose movement this part shows; highlighting that joint highlights this part. */
    public Joint movedBy() {
        return movedBy;
    }

    /** The part's name in a catalogue, e.g. "left-thigh". */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The same part on the other side of the body; the part itself if it is in the middle. */
    public Segment opposite() {
        if (name().startsWith("RIGHT_")) {
            return valueOf("LEFT_" + name().substring(6));
        }
        if (name().startsWith("LEFT_")) {
            return valueOf("RIGHT_" + name().substring(5));
        }
        return this;
    }

    /** Whether the part belongs to one side (an arm or a leg) rather than the middle of the body. */
    public Joint.Side side() {
        return name().startsWith("RIGHT_") ? Joint.Side.RIGHT : name().startsWith("LEFT_") ? Joint.Side.LEFT : null;
    }
}
