package org.exerciseplayer.figure;

/** A rotation as a 3x3 matrix, built from turns about the x, y and z axes, in degrees (right-hand rule). */
record Rotation(double m00, double m01, double m02, double m10, double m11, double m12, double m20, double m21,
                double m22) {

    static final Rotation IDENTITY = new Rotation(1, 0, 0, 0, 1, 0, 0, 0, 1);

    static Rotation aboutX(double degrees) {
        double c = cos(degrees);
        double s = sin(degrees);
        return new Rotation(1, 0, 0, 0, c, -s, 0, s, c);
    }

    static Rotation aboutY(double degrees) {
        double c = cos(degrees);
        double s = sin(degrees);
        return new Rotation(c, 0, s, 0, 1, 0, -s, 0, c);
    }

    static Rotation aboutZ(double degrees) {
        double c = cos(degrees);
        double s = sin(degrees);
        return new Rotation(c, -s, 0, s, c, 0, 0, 0, 1);
    }

    /** Exact at multiples of 90 degrees, so that right angles give exact positions. */
    private static double cos(double degrees) {
        return sin(degrees + 90);
    }

    private static double sin(double degrees) {
        double reduced = ((degrees % 360) + 360) % 360;
        if (reduced % 90 == 0) {
            return new double[] {0, 1, 0, -1}[(int) (reduced / 90)];
        }
        return Math.sin(Math.toRadians(reduced));
    }

    /** This rotation followed, in its own turned axes, by {@code then}. */
    Rotation then(Rotation b) {
        return new Rotation(
                m00 * b.m00 + m01 * b.m10 + m02 * b.m20, m00 * b.m01 + m01 * b.m11 + m02 * b.m21,
                m00 * b.m02 + m01 * b.m12 + m02 * b.m22,
                m10 * b.m00 + m11 * b.m10 + m12 * b.m20, m10 * b.m01 + m11 * b.m11 + m12 * b.m21,
                m10 * b.m02 + m11 * b.m12 + m12 * b.m22,
                m20 * b.m00 + m21 * b.m10 + m22 * b.m20, m20 * b.m01 + m21 * b.m11 + m22 * b.m21,
                m20 * b.m02 + m21 * b.m12 + m22 * b.m22);
    }

    Vec3 apply(double x, double y, double z) {
        return new Vec3(m00 * x + m01 * y + m02 * z, m10 * x + m11 * y + m12 * z, m20 * x + m21 * y + m22 * z);
    }
}
