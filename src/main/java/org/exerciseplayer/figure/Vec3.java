package org.exerciseplayer.figure;

/** A point or direction in the room, in figure units (about a centimetre): x to the viewer's right, y up, z
 * towards the viewer. */
public record Vec3(double x, double y, double z) {

    public static final Vec3 ZERO = new Vec3(0, 0, 0);

    public Vec3 plus(Vec3 other) {
        return new Vec3(x + other.x, y + other.y, z + other.z);
    }

    public Vec3 minus(Vec3 other) {
        return new Vec3(x - other.x, y - other.y, z - other.z);
    }

    public Vec3 times(double factor) {
        return new Vec3(x * factor, y * factor, z * factor);
    }

    public double dot(Vec3 other) {
        return x * other.x + y * other.y + z * other.z;
    }

    public Vec3 cross(Vec3 other) {
        return new Vec3(y * other.z - z * other.y, z * other.x - x * other.z, x * other.y - y * other.x);
    }

    public double length() {
        return Math.sqrt(dot(this));
    }

    /** The same direction with length 1; zero stays zero. */
    public Vec3 unit() {
        double length = length();
        return length == 0 ? ZERO : times(1 / length);
    }

    public double distanceTo(Vec3 other) {
        return minus(other).length();
    }
}
