package org.exerciseplayer.catalogue.json;

/** The text is not JSON, or is JSON beyond the limits we read; says where and why. */
public final class JsonSyntaxException extends Exception {

    private final Location location;
    private final String path;

    public JsonSyntaxException(Location location, String path, String message) {
        super(message);
        this.location = location;
        this.path = path;
    }

    public Location location() {
        return location;
    }

    public String path() {
        return path;
    }
}
