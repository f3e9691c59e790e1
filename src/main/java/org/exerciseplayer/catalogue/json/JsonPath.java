package org.exerciseplayer.catalogue.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Where a value stands from the root of its document, written out only when a message needs it:
 * {@code $.sections[1].exercises[2]}, or {@code $["odd name"]} for a name that is not a plain word (escaped and
 * cut like any echoed value, so that a path can neither forge output nor flood it).
 */
public final class JsonPath {

    public static final JsonPath ROOT = new JsonPath(null, null, -1);

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,39}");

    private final JsonPath parent;
    private final String name;
    private final int index;

    private JsonPath(JsonPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** The path of a member of the object at this path. */
    public JsonPath member(String memberName) {
        return new JsonPath(this, memberName, -1);
    }

    /** The path of an item of the list at this path, counting from 0. */
    public JsonPath item(int itemIndex) {
        return new JsonPath(this, null, itemIndex);
    }

    @Override
    public String toString() {
        Deque<JsonPath> steps = new ArrayDeque<>();
        for (JsonPath step = this; step.parent != null; step = step.parent) {
            steps.push(step);
        }
        StringBuilder out = new StringBuilder("$");
        for (JsonPath step : steps) {
            if (step.name == null) {
                out.append('[').append(step.index).append(']');
            } else if (PLAIN_NAME.matcher(step.name).matches()) {
                out.append('.').append(step.name);
            } else {
                out.append('[').append(Echo.excerpt(step.name)).append(']');
            }
        }
        return out.toString();
    }
}
