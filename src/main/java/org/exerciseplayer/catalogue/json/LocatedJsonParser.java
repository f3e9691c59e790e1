package org.exerciseplayer.catalogue.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads JSON text with Jackson's streaming parser into {@link JsonValue}s that know their line, column and
 * path. Duplicate keys, nesting deeper than {@link #MAX_DEPTH} and more than {@link #MAX_VALUES} values are
 * refused with their place; a syntax mistake is told in plain words at the place it is
 * ({@link JsonSyntaxMessages}), never in the parser's.
 *
 * <p>Texts, field names and numbers longer than {@link #MAX_TOKEN_LENGTH} characters are refused as they are read,
 * so that no value costs more memory than that; shorter ones are read whole and the readers report one that is too
 * long for its field at its own place, with its length. Numbers are kept as written, never converted as a whole.
 */
public final class LocatedJsonParser {

    public static final int MAX_DEPTH = 32;
    /** More values than this (texts, numbers, lists, objects…) in one file are refused. */
    public static final int MAX_VALUES = 500_000;
    /** The longest text, field name or number read; no field of either format takes more than 5,000. */
    public static final int MAX_TOKEN_LENGTH = 100_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH + 8)
                    .maxNumberLength(MAX_TOKEN_LENGTH)
                    .maxStringLength(MAX_TOKEN_LENGTH)
                    .maxNameLength(MAX_TOKEN_LENGTH)
                    .build())
            .build();

    private LocatedJsonParser() {
    }

    /** Parses one JSON document; anything after it other than white space is an error. */
    public static JsonValue parse(String text) throws JsonSyntaxException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            Reader reader = new Reader(parser, text);
            // Explained before the parser is closed, while it still knows the field it was reading.
            try {
                return reader.document();
            } catch (JsonProcessingException e) {
                throw JsonSyntaxMessages.explain(e, text, reader);
            }
        } catch (IOException e) {
            throw new JsonSyntaxException(new Location(1, 1), "$", "could not read the JSON");
        }
    }

    private static Location location(JsonParser parser) {
        var at = parser.currentTokenLocation();
        return new Location(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    /** An object or list being read: where it opened, and what of it has been read so far. */
    static final class Frame {
        final boolean object;
        final Location opened;
        final JsonPath path;
        int count;
        /** The path of the last member or item read completely, or null before the first. */
        JsonPath last;

        Frame(boolean object, Location opened, JsonPath path) {
            this.object = object;
            this.opened = opened;
            this.path = path;
        }

        String noun() {
            return object ? "object" : "list";
        }

        char closer() {
            return object ? '}' : ']';
        }
    }

    /** Reads the values, keeping what a syntax message needs to say where a mistake is. */
    static final class Reader {
        final JsonParser parser;
        final String text;
        final Deque<Frame> open = new ArrayDeque<>();
        /** A text value whose characters are being read (Jackson reads them lazily), or null. */
        JsonPath readingString;
        Location readingStringAt;
        /** Where the document's value started, once it has been read completely; null before. */
        Location rootDone;
        private int values;

        Reader(JsonParser parser, String text) {
            this.parser = parser;
            this.text = text;
        }

        JsonValue document() throws IOException, JsonSyntaxException {
            if (parser.nextToken() == null) {
                throw new JsonSyntaxException(new Location(1, 1), "$", "the file is empty; expected a JSON object");
            }
            JsonValue root = value(JsonPath.ROOT, 0);
            rootDone = root.location();
            if (parser.nextToken() != null) {
                throw new JsonSyntaxException(location(parser), "$", JsonSyntaxMessages.afterTheEnd(text,
                        (int) parser.currentTokenLocation().getCharOffset(), root.location()));
            }
            return root;
        }

        JsonValue value(JsonPath path, int depth) throws IOException, JsonSyntaxException {
            Location at = location(parser);
            if (++values > MAX_VALUES) {
                throw new JsonSyntaxException(at, path.toString(), String.format(Locale.ROOT,
                        "the file holds more than %,d values (texts, numbers, lists and objects); a catalogue or"
                                + " routine never needs this many", MAX_VALUES));
            }
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT:
                    checkDepth(path, depth, at);
                    return object(path, depth, at);
                case START_ARRAY:
                    checkDepth(path, depth, at);
                    return array(path, depth, at);
                case VALUE_STRING:
                    readingString = path;
                    readingStringAt = at;
                    String value = parser.getText();
                    readingString = null;
                    return new JsonValue.JsonString(at, path, value);
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return new JsonValue.JsonNumber(at, path, parser.getText());
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return new JsonValue.JsonBoolean(at, path, token == JsonToken.VALUE_TRUE);
                case VALUE_NULL:
                    return new JsonValue.JsonNull(at, path);
                default:
                    throw new JsonSyntaxException(at, path.toString(), "this is not valid JSON here");
            }
        }

        private void checkDepth(JsonPath path, int depth, Location at) throws JsonSyntaxException {
            if (depth >= MAX_DEPTH) {
                throw new JsonSyntaxException(at, path.toString(),
                        "nested more than " + MAX_DEPTH + " levels deep; a catalogue is never this deep");
            }
        }

        private JsonValue object(JsonPath path, int depth, Location at) throws IOException, JsonSyntaxException {
            Map<String, JsonValue.Member> members = new LinkedHashMap<>();
            Frame frame = new Frame(true, at, path);
            open.push(frame);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                Location nameAt = location(parser);
                JsonPath memberPath = path.member(name);
                JsonValue.Member earlier = members.get(name);
                if (earlier != null) {
                    throw new JsonSyntaxException(nameAt, memberPath.toString(), "the field " + Echo.quote(name)
                            + " appears twice in the same object (first at line " + earlier.nameLocation().line()
                            + ", column " + earlier.nameLocation().column() + "); keep one");
                }
                parser.nextToken();
                members.put(name, new JsonValue.Member(name, nameAt, value(memberPath, depth + 1)));
                frame.count++;
                frame.last = memberPath;
            }
            open.pop();
            return new JsonValue.JsonObject(at, path, members);
        }

        private JsonValue array(JsonPath path, int depth, Location at) throws IOException, JsonSyntaxException {
            List<JsonValue> items = new ArrayList<>();
            Frame frame = new Frame(false, at, path);
            open.push(frame);
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                JsonPath itemPath = path.item(items.size());
                items.add(value(itemPath, depth + 1));
                frame.count++;
                frame.last = itemPath;
            }
            open.pop();
            return new JsonValue.JsonArray(at, path, items);
        }
    }
}
