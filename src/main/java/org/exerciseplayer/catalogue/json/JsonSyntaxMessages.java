package org.exerciseplayer.catalogue.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a syntax mistake that Jackson found into a message in plain words, at the place of the mistake and with the
 * path of the field it is in or after: "a comma (,) or a closing } was expected here, found '"'", "the file ends
 * before the list opened at line 12, column 5 is closed with ]". Jackson's own wording, feature names and internals
 * never reach the person: its message is only used to tell which mistake it is.
 */
final class JsonSyntaxMessages {

    private static final Pattern FOUND_CHARACTER = Pattern.compile("^Unexpected character \\('.*' \\(code (\\d+)");
    private static final Pattern CONTROL_CODE = Pattern.compile("code (\\d+)\\)");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '.*' \\(code (\\d+)\\)");
    private static final List<String> WORDS = List.of("true", "false", "null");

    private final String text;
    private final JsonText source;
    private final LocatedJsonParser.Reader reader;
    private final String original;
    private final int offset;

    private JsonSyntaxMessages(JsonProcessingException e, String text, LocatedJsonParser.Reader reader) {
        this.text = text;
        this.source = new JsonText(text);
        this.reader = reader;
        this.original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        // A broken limit comes without a place: the parser's own is where it stopped.
        JsonLocation at = e.getLocation() != null || reader == null ? e.getLocation() : reader.parser.currentLocation();
        long charOffset = at == null ? -1 : at.getCharOffset();
        this.offset = (int) Math.max(0, Math.min(text.length(), charOffset < 0 ? text.length() : charOffset));
    }

    /** The mistake {@code e} in plain words, at its place. */
    static JsonSyntaxException explain(JsonProcessingException e, String text, LocatedJsonParser.Reader reader) {
        return new JsonSyntaxMessages(e, text, reader).explain();
    }

    /** Text after the end of the document, at {@code offset}. */
    static String afterTheEnd(String text, int offset, Location root) {
        return "there is more after the end of the JSON, which started at line " + root.line() + ", column "
                + root.column() + " and ended before this; found " + new JsonText(text).found(offset)
                + " (a file holds one object { … } and nothing after it)";
    }

    private JsonSyntaxException explain() {
        LocatedJsonParser.Frame frame = reader == null ? null : reader.open.peek();
        if (reader != null && reader.rootDone != null) {
            int start = source.tokenStart(offset);
            return new JsonSyntaxException(source.place(start), "$", afterTheEnd(text, start, reader.rootDone));
        }
        if (original.contains("exceeds the maximum allowed") && !original.contains("nesting depth")) {
            return tooLong(frame);
        }
        if (original.startsWith("Unexpected end-of-input")) {
            return endOfInput(frame);
        }
        if (original.startsWith("Unexpected close marker")) {
            return closeMarker(frame);
        }
        if (original.startsWith("Unrecognized token") || original.startsWith("Non-standard token")) {
            return word(frame);
        }
        if (original.startsWith("Invalid numeric value") || original.contains(") in numeric value")) {
            return number(frame);
        }
        if (original.startsWith("Illegal unquoted character")) {
            return unquotedControl(frame);
        }
        Matcher escape = ESCAPE.matcher(original);
        if (escape.find()) {
            int escaped = Integer.parseInt(escape.group(1));
            return at(Math.max(0, offset - 1), stringOrValuePath(frame), "\\" + new String(Character.toChars(escaped))
                    + " is not an escape JSON knows: write \\\\ for a backslash (a folder path can use / instead),"
                    + " or one of \\\" \\n \\t \\uXXXX");
        }
        if (original.contains("expected a hex-digit for character escape sequence")) {
            return at(offset, stringOrValuePath(frame), "\\u must be followed by four hexadecimal digits"
                    + " (0-9, A-F), found " + source.found(offset));
        }
        if (original.contains("maybe a (non-standard) comment")) {
            return at(offset, afterPath(frame), "comments (// … or /* … */) are not allowed in JSON; remove it");
        }
        if (FOUND_CHARACTER.matcher(original).find()) {
            return unexpectedCharacter(frame);
        }
        return at(offset, afterPath(frame), "this is not valid JSON here; found " + source.found(offset));
    }

    private JsonSyntaxException endOfInput(LocatedJsonParser.Frame frame) {
        if (reader != null && reader.readingString != null) {
            Location start = reader.readingStringAt;
            return new JsonSyntaxException(start, reader.readingString.toString(), "the text that opens here with \""
                    + " is never closed: the file ends before its closing \" (was the file cut short?)");
        }
        if (original.contains("in field name")) {
            return at(offset, frame == null ? "$" : frame.path.toString(),
                    "the file ends inside a field name (was the file cut short?)");
        }
        if (frame == null) {
            return at(offset, "$", "the file ends before the JSON is complete (was the file cut short?)");
        }
        return at(offset, frame.path.toString(), "the file ends before the " + frame.noun() + " opened at "
                + where(frame.opened) + " is closed with " + frame.closer() + " (was the file cut short?)");
    }

    /**
     * A text, name or number longer than any field takes, stopped as it was read. Jackson's message does not always
     * say which (a long number or name can be reported as a long text), so the text itself tells.
     */
    private JsonSyntaxException tooLong(LocatedJsonParser.Frame frame) {
        String most = String.format(Locale.ROOT, "%,d", LocatedJsonParser.MAX_TOKEN_LENGTH);
        if (reader != null && reader.readingString != null) {
            return new JsonSyntaxException(reader.readingStringAt, reader.readingString.toString(), "is more than "
                    + most + " characters long; no text in a catalogue or routine may be longer than 5,000");
        }
        int start = source.numberStart(offset);
        if (start < offset && (start == 0 || text.charAt(start - 1) != '"')) {
            return at(start, valuePath(frame), "a number of more than " + most + " digits; no number in a"
                    + " catalogue or routine needs more than a few");
        }
        int quote = text.lastIndexOf('"', Math.max(0, Math.min(offset, text.length() - 1)));
        return at(Math.max(0, quote), afterPath(frame), "a field name of more than " + most + " characters starts"
                + " here; field names are short words such as \"title\"");
    }

    private JsonSyntaxException closeMarker(LocatedJsonParser.Frame frame) {
        char closer = offset < text.length() ? text.charAt(offset) : '?';
        if (frame == null) {
            return at(offset, "$", "found " + source.found(offset) + " after the end of the JSON: there is one "
                    + closer + " too many");
        }
        return at(offset, frame.path.toString(), "found " + source.found(offset) + " where a " + frame.closer()
                + " was expected, to close the " + frame.noun() + " opened at " + where(frame.opened));
    }

    /** An unquoted word where a value was expected: {@code These}, {@code tru}, {@code NaN}, {@code -Infinity}. */
    private JsonSyntaxException word(LocatedJsonParser.Frame frame) {
        int start = source.tokenStart(offset);
        String word = text.substring(start, Math.min(text.length(), Math.max(offset, start + 1)));
        String shown = word.isEmpty() ? source.found(start) : "'" + JsonText.excerpt(word) + "'";
        String path = valuePath(frame);
        String bare = word.startsWith("-") || word.startsWith("+") ? word.substring(1) : word;
        if (bare.equals("NaN") || bare.equals("Infinity")) {
            return at(start, path, word + " is not a number JSON allows; write a number such as 10");
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (WORDS.contains(lower)) {
            return at(start, path, "found " + shown + ": JSON writes true, false and null in lower case");
        }
        for (String known : WORDS) {
            if (known.startsWith(lower) && !lower.isEmpty()) {
                return at(start, path, "found " + shown + " where a value was expected; did you mean " + known + "?");
            }
        }
        if (List.of("none", "nil", "undefined").contains(lower)) {
            return at(start, path, "found " + shown + ": write null for no value");
        }
        return at(start, path, "found " + shown + " where a value was expected; text must be in double quotes"
                + " (\"like this\")");
    }

    private JsonSyntaxException number(LocatedJsonParser.Frame frame) {
        int start = source.numberStart(offset);
        int plus = text.lastIndexOf('+', Math.min(offset, text.length() - 1));
        if (original.contains("plus signs") && plus >= 0 && offset - plus <= 2) {
            // Jackson places this mistake a character or two after the sign.
            start = plus;
        }
        String literal = source.numberAt(start);
        String path = valuePath(frame);
        if (literal.isEmpty()) {
            return at(offset, path, "this is not a number JSON allows; found " + source.found(offset));
        }
        if (original.contains("Leading zeroes")) {
            String sign = literal.startsWith("-") ? "-" : "";
            String digits = literal.substring(sign.length()).replaceFirst("^0+(?=[0-9])", "");
            return at(start, path, "a number must not start with 0: write " + sign + digits + ", not " + literal);
        }
        if (original.contains("plus signs") && literal.startsWith("+") && literal.length() > 1) {
            return at(start, path, "a number must not start with +: write " + literal.substring(1) + ", not "
                    + literal);
        }
        if (original.contains("plus signs")) {
            return at(start, path, "a number must not start with +");
        }
        if (original.contains("Decimal point not followed by a digit") && literal.endsWith(".")
                && literal.length() > 1) {
            return at(start, path, "a number must not end with a decimal point: write "
                    + literal.substring(0, literal.length() - 1) + ", not " + literal);
        }
        if (original.contains("Decimal point not followed by a digit")) {
            return at(start, path, "a decimal point in a number must be followed by digits, found "
                    + source.found(offset));
        }
        if (original.contains("Exponent indicator not followed by a digit")) {
            return at(start, path, "the e in " + literal + " must be followed by digits; write whole numbers"
                    + " without an exponent");
        }
        if (original.contains("minus sign")) {
            return at(start, path, "a minus sign must be followed by a number, found " + source.found(offset));
        }
        return at(start, path, "this is not a number JSON allows: " + (literal.isEmpty() ? source.found(offset)
                : literal));
    }

    private JsonSyntaxException unquotedControl(LocatedJsonParser.Frame frame) {
        Matcher code = CONTROL_CODE.matcher(original);
        int c = code.find() ? Integer.parseInt(code.group(1)) : 0;
        String path = stringOrValuePath(frame);
        if (c == '\n' || c == '\r') {
            String opened = reader != null && reader.readingStringAt != null
                    ? " that opens at " + where(reader.readingStringAt) : "";
            return at(offset, path, "the text" + opened + " runs past the end of its line: close it with \""
                    + " before the line ends (a line break inside text is written \\n)");
        }
        if (c == '\t') {
            return at(offset, path, "a tab inside text must be written \\t");
        }
        return at(offset, path, String.format(Locale.ROOT,
                "a control character (U+%04X) inside text must be removed", c));
    }

    private JsonSyntaxException unexpectedCharacter(LocatedJsonParser.Frame frame) {
        int c = offset < text.length() ? text.codePointAt(offset) : -1;
        String found = source.found(offset);
        if (c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019') {
            return at(offset, frame != null && frame.object && !original.contains("valid value") ? afterPath(frame)
                    : valuePath(frame), "found the curly quote " + found + ": JSON needs straight double quotes"
                    + " (\"), which a word processor may have replaced");
        }
        if (original.contains("was expecting comma to separate Object entries")) {
            return missingComma(frame, c, found, '}');
        }
        if (original.contains("was expecting comma to separate Array entries")) {
            return missingComma(frame, c, found, ']');
        }
        if (original.contains("was expecting double-quote to start field name")) {
            String path = afterPath(frame);
            if (c == '}') {
                return at(offset, path, "a field name was expected here, found '}': remove the comma before it"
                        + " (JSON has no comma after the last field)");
            }
            if (c == '\'') {
                return at(offset, path, "field names must be in double quotes (\"), not single quotes (')");
            }
            if (c == ',') {
                return at(offset, path, "a field name was expected here, found ',' (two commas in a row?)");
            }
            if (Character.isLetter(c)) {
                return at(offset, path, "a field name in double quotes was expected here, found " + found
                        + " (write \"" + JsonText.excerpt(source.wordAt(offset)) + "\")");
            }
            return at(offset, path, "a field name in double quotes was expected here, found " + found);
        }
        if (original.contains("was expecting a colon to separate field name and value")) {
            return at(offset, valuePath(frame), "a colon (:) was expected here, after the field name, found "
                    + found);
        }
        if (original.contains("expected a valid value") || original.contains("expected a value")) {
            String path = valuePath(frame);
            if (c == ']') {
                return at(offset, afterPath(frame), "a value was expected here, found ']': remove the comma before it"
                        + " (JSON has no comma after the last item)");
            }
            if (c == ',') {
                return at(offset, path, "a value was expected here, found ',' (is a value missing, or are there"
                        + " two commas in a row?)");
            }
            if (c == '}') {
                return at(offset, path, "a value was expected here, found '}' (is the value of this field"
                        + " missing?)");
            }
            if (c == '\'') {
                return at(offset, path, "text must be in double quotes (\"), not single quotes (')");
            }
            if (c == '.') {
                String number = source.numberAt(offset);
                return at(offset, path, "a number must start with a digit: write 0" + number + ", not " + number);
            }
            return at(offset, path, "a value was expected here (text in double quotes, a number, true, false,"
                    + " null, a list [ … ] or an object { … }), found " + found);
        }
        return at(offset, afterPath(frame), "this is not valid JSON here; found " + found);
    }

    private JsonSyntaxException missingComma(LocatedJsonParser.Frame frame, int c, String found, char closer) {
        String path = afterPath(frame);
        boolean rightAfterNumber = offset > 0 && Character.isDigit(text.charAt(offset - 1));
        if (rightAfterNumber && (c == 'x' || c == 'X') && text.charAt(offset - 1) == '0') {
            return at(offset - 1, path, "hexadecimal numbers (0x…) are not allowed in JSON; write the number in"
                    + " decimal digits");
        }
        if (c == ':' && closer == ']') {
            return at(offset, path, "a comma (,) or a closing ] was expected here, found ':' (a list [ … ] holds"
                    + " values, not fields: an object with fields is written { … })");
        }
        if (rightAfterNumber && Character.isLetter(c)) {
            String hint = c == 'O' || c == 'o' ? " (the letter O in place of a zero?)"
                    : c == 'l' || c == 'I' ? " (the letter " + (char) c + " in place of a one?)" : "";
            return at(offset, path, "a number was expected here, found " + found + hint);
        }
        String hint = c == '"' || Character.isLetterOrDigit(c) || c == '{' || c == '['
                ? " (is a comma missing after the value before?)" : "";
        return at(offset, path, "a comma (,) or a closing " + closer + " was expected here, found " + found + hint);
    }

    /** The path of the value that was being started when the mistake was found. */
    private String valuePath(LocatedJsonParser.Frame frame) {
        if (frame == null) {
            return "$";
        }
        if (frame.object) {
            JsonParser parser = reader.parser;
            String name = parser.getParsingContext() == null ? null : parser.getParsingContext().getCurrentName();
            return parser.currentToken() == JsonToken.FIELD_NAME && name != null
                    ? frame.path.member(name).toString() : afterPath(frame);
        }
        return frame.path.item(frame.count).toString();
    }

    /** The path of the value a lazily read text belongs to, else as {@link #valuePath}. */
    private String stringOrValuePath(LocatedJsonParser.Frame frame) {
        return reader != null && reader.readingString != null ? reader.readingString.toString() : valuePath(frame);
    }

    /** The path of the last complete member or item, where a mistake after it (a missing comma) belongs. */
    private static String afterPath(LocatedJsonParser.Frame frame) {
        if (frame == null) {
            return "$";
        }
        return (frame.last == null ? frame.path : frame.last).toString();
    }

    private JsonSyntaxException at(int at, String path, String message) {
        return new JsonSyntaxException(source.place(at), path, message);
    }

    private static String where(Location location) {
        return "line " + location.line() + ", column " + location.column();
    }
}
