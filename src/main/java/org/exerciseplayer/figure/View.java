package org.exerciseplayer.figure;

/**
 * Where the figure is seen from, in whole degrees. With {@code turn} 0 the viewer looks at the body's right side
 * (head to the left when lying on the back; head to the right on all fours, face down or on the side, when the
 * viewer sees the front); {@code turn} walks the viewer round the body about the upright axis, 90 a quarter turn
 * towards the viewer's right-hand end of the body (the feet when lying on the back, the head on all fours), -90 the
 * other end. {@code tilt} then raises the viewer to look down: 0 is level with the floor, 90 straight down.
 */
public record View(int turn, int tilt) {

    public static final int MIN_TURN = -180;
    public static final int MAX_TURN = 180;
    public static final int MIN_TILT = 0;
    public static final int MAX_TILT = 90;

    /** From the right side, a little above the floor, so the mat shows. */
    public static final View DEFAULT = new View(0, 15);

    public View {
        if (turn < MIN_TURN || turn > MAX_TURN || tilt < MIN_TILT || tilt > MAX_TILT) {
            throw new IllegalArgumentException("A view turns from -180 to 180 and tilts from 0 to 90: " + turn
                    + ", " + tilt);
        }
    }

    /** A point as the viewer sees it: x to the right, y up, and its depth (larger is nearer the viewer). */
    public Seen see(Vec3 point) {
        return see(camera(), point);
    }

    /** The turn from the room to the viewer's eye: worked out once, it sees many points. */
    Rotation camera() {
        return Rotation.aboutX(tilt).then(Rotation.aboutY(-turn));
    }

    static Seen see(Rotation camera, Vec3 point) {
        Vec3 turned = camera.apply(point.x(), point.y(), point.z());
        return new Seen(turned.x(), turned.y(), turned.z());
    }

    /** A point on the picture, with its depth. */
    public record Seen(double x, double y, double depth) {}
}
