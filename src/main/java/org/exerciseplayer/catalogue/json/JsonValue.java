package org.exerciseplayer.catalogue.json;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A parsed JSON value that remembers where it stood in its file and its path from the root
 * ({@code $.sections[1].exercises[2]}), so that every message about it can say both.
 */
public sealed interface JsonValue {

    Location location();

    JsonPath jsonPath();

    /** The path as a message writes it. */
    default String path() {
        return jsonPath().toString();
    }

    /** How the value is named in a message: "a number", "text", "null"… */
    String typeName();

    /** A short, escaped rendering of the value for "got …" in messages. */
    String shortText();

    /** An object; members keep their order and where each key stood. */
    record JsonObject(Location location, JsonPath jsonPath, Map<String, Member> members) implements JsonValue {
        public String typeName() {
            return "an object";
        }

        public String shortText() {
            return "an object";
        }
    }

    /** One member of an object: its name, where the name stood, and its value. */
    record Member(String name, Location nameLocation, JsonValue value) {}

    record JsonArray(Location location, JsonPath jsonPath, List<JsonValue> items) implements JsonValue {
        public String typeName() {
            return "a list";
        }

        public String shortText() {
            return "a list";
        }
    }

    record JsonString(Location location, JsonPath jsonPath, String value) implements JsonValue {
        public String typeName() {
            return "text";
        }

        public String shortText() {
            return Echo.quote(value);
        }
    }

    /**
     * A number exactly as written ({@code 20}, {@code 3.0}, {@code 1e99999999999}): never converted as a whole, so
     * that no number, however long or large, costs more than reading its characters.
     */
    record JsonNumber(Location location, JsonPath jsonPath, String literal) implements JsonValue {

        private static final Pattern WHOLE_WITH_ZERO_FRACTION = Pattern.compile("-?[0-9]+\\.0+");
        private static final Pattern SMALL_EXPONENT = Pattern.compile("-?[0-9]{1,6}[eE]\\+?[0-9]{1,2}");

        public String typeName() {
            return "a number";
        }

        public String shortText() {
            return Echo.number(literal);
        }

        /** Whether it is written as a whole number: digits only, without a decimal point or an exponent. */
        public boolean isWrittenWhole() {
            return literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0;
        }

        /** Its value if it is written whole and fits in a {@code long}; empty otherwise, without converting it. */
        public OptionalLong wholeValue() {
            int digits = literal.startsWith("-") ? literal.length() - 1 : literal.length();
            if (!isWrittenWhole() || digits > 18) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Long.parseLong(literal));
        }

        /**
         * How to write it as a whole number, if it is one written another way ({@code 3.0} is {@code 3},
         * {@code 1e1} is {@code 10}); empty otherwise. Only short literals are looked at.
         */
        public java.util.Optional<String> wholeSpelling() {
            if (WHOLE_WITH_ZERO_FRACTION.matcher(literal).matches()) {
                return java.util.Optional.of(literal.substring(0, literal.indexOf('.')));
            }
            if (SMALL_EXPONENT.matcher(literal).matches()) {
                return java.util.Optional.of(new java.math.BigDecimal(literal).toBigIntegerExact().toString());
            }
            return java.util.Optional.empty();
        }
    }

    record JsonBoolean(Location location, JsonPath jsonPath, boolean value) implements JsonValue {
        public String typeName() {
            return "true or false";
        }

        public String shortText() {
            return Boolean.toString(value);
        }
    }

    record JsonNull(Location location, JsonPath jsonPath) implements JsonValue {
        public String typeName() {
            return "null";
        }

        public String shortText() {
            return "null";
        }
    }
}
