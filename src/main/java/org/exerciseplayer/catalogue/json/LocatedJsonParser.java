package org.exerciseplayer.catalogue.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads JSON text with Jackson's streaming parser into {@link JsonValue}s that know their line, column and
 * path. Duplicate keys and nesting deeper than {@link #MAX_DEPTH} are refused with their place.
 */
public final class LocatedJsonParser {

    public static final int MAX_DEPTH = 32;

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 8).build())
            .build();

    private LocatedJsonParser() {
    }

    /** Parses one JSON document; anything after it other than white space is an error. */
    public static JsonValue parse(String text) throws JsonSyntaxException {
        Reader reader = null;
        try (JsonParser parser = FACTORY.createParser(text)) {
            reader = new Reader(parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonSyntaxException(new Location(1, 1), "$", "the file is empty; expected a JSON object");
            }
            JsonValue root = reader.value("$", 0);
            if (parser.nextToken() != null) {
                throw new JsonSyntaxException(location(parser.currentTokenLocation()), "$",
                        "unexpected text after the end of the JSON document");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Location where = at == null ? new Location(1, 1) : location(at);
            String message = firstLine(e.getOriginalMessage());
            if (message.startsWith("Unexpected end-of-input")) {
                throw new JsonSyntaxException(where, "$",
                        "the file ends before the JSON is complete (was it cut short?): " + message);
            }
            throw new JsonSyntaxException(where, reader == null ? "$" : reader.path, "not valid JSON: " + message);
        } catch (IOException e) {
            throw new JsonSyntaxException(new Location(1, 1), "$", "could not read the JSON: " + e.getMessage());
        }
    }

    /** Appends a member name to a path: {@code $.title}, or {@code $["odd name"]} where needed. */
    public static String child(String path, String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return path + "." + name;
        }
        return path + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    public static String item(String path, int index) {
        return path + "[" + index + "]";
    }

    private static Location location(JsonLocation at) {
        return new Location(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    private static String firstLine(String message) {
        String text = message == null ? "unknown error" : message;
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static final class Reader {
        private final JsonParser parser;
        /** Path of the value being read, so that a syntax error can say where it happened. */
        private String path = "$";

        Reader(JsonParser parser) {
            this.parser = parser;
        }

        JsonValue value(String path, int depth) throws IOException, JsonSyntaxException {
            this.path = path;
            Location at = location(parser.currentTokenLocation());
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT:
                    checkDepth(path, depth, at);
                    return object(path, depth, at);
                case START_ARRAY:
                    checkDepth(path, depth, at);
                    return array(path, depth, at);
                case VALUE_STRING:
                    return new JsonValue.JsonString(at, path, parser.getText());
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return new JsonValue.JsonNumber(at, path, parser.getDecimalValue());
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return new JsonValue.JsonBoolean(at, path, token == JsonToken.VALUE_TRUE);
                case VALUE_NULL:
                    return new JsonValue.JsonNull(at, path);
                default:
                    throw new JsonSyntaxException(at, path, "not valid JSON: unexpected " + token);
            }
        }

        private void checkDepth(String path, int depth, Location at) throws JsonSyntaxException {
            if (depth >= MAX_DEPTH) {
                throw new JsonSyntaxException(at, path,
                        "nested more than " + MAX_DEPTH + " levels deep; a catalogue is never this deep");
            }
        }

        private JsonValue object(String path, int depth, Location at) throws IOException, JsonSyntaxException {
            Map<String, JsonValue.Member> members = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                Location nameAt = location(parser.currentTokenLocation());
                String memberPath = child(path, name);
                JsonValue.Member earlier = members.get(name);
                if (earlier != null) {
                    throw new JsonSyntaxException(nameAt, memberPath, "the field \"" + name
                            + "\" appears twice in the same object (first at line " + earlier.nameLocation().line()
                            + ", column " + earlier.nameLocation().column() + "); keep one");
                }
                parser.nextToken();
                members.put(name, new JsonValue.Member(name, nameAt, value(memberPath, depth + 1)));
            }
            return new JsonValue.JsonObject(at, path, members);
        }

        private JsonValue array(String path, int depth, Location at) throws IOException, JsonSyntaxException {
            List<JsonValue> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(item(path, items.size()), depth + 1));
            }
            return new JsonValue.JsonArray(at, path, items);
        }
    }
}
