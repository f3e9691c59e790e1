package org.exerciseplayer.catalogue.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where it stood in its file and its path from the root
 * ({@code $.sections[1].exercises[2]}), so that every message about it can say both.
 */
public sealed interface JsonValue {

    Location location();

    String path();

    /** How the value is named in a message: "a number", "text", "null"… */
    String typeName();

    /** A short rendering of the value for "got …" in messages. */
    String shortText();

    /** An object; members keep their order and where each key stood. */
    record JsonObject(Location location, String path, Map<String, Member> members) implements JsonValue {
        public String typeName() {
            return "an object";
        }

        public String shortText() {
            return "an object";
        }
    }

    /** One member of an object: its name, where the name stood, and its value. */
    record Member(String name, Location nameLocation, JsonValue value) {}

    record JsonArray(Location location, String path, List<JsonValue> items) implements JsonValue {
        public String typeName() {
            return "a list";
        }

        public String shortText() {
            return "a list";
        }
    }

    record JsonString(Location location, String path, String value) implements JsonValue {
        public String typeName() {
            return "text";
        }

        public String shortText() {
            String shown = value.length() > 40 ? value.substring(0, 37) + "..." : value;
            return '"' + shown.replace("\n", "\\n") + '"';
        }
    }

    record JsonNumber(Location location, String path, BigDecimal value) implements JsonValue {
        public String typeName() {
            return "a number";
        }

        public String shortText() {
            String text = value.toString();
            return text.length() > 40 ? text.substring(0, 37) + "..." : text;
        }
    }

    record JsonBoolean(Location location, String path, boolean value) implements JsonValue {
        public String typeName() {
            return "true or false";
        }

        public String shortText() {
            return Boolean.toString(value);
        }
    }

    record JsonNull(Location location, String path) implements JsonValue {
        public String typeName() {
            return "null";
        }

        public String shortText() {
            return "null";
        }
    }
}
