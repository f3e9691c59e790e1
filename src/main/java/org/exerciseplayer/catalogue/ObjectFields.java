package org.exerciseplayer.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.exerciseplayer.catalogue.json.Echo;
import org.exerciseplayer.catalogue.json.JsonValue;
import org.exerciseplayer.catalogue.json.JsonValue.JsonArray;
import org.exerciseplayer.catalogue.json.JsonValue.JsonNumber;
import org.exerciseplayer.catalogue.json.JsonValue.JsonObject;
import org.exerciseplayer.catalogue.json.JsonValue.JsonString;
import org.exerciseplayer.catalogue.json.JsonValue.Member;

/**
 * Reads the fields of one JSON object, reporting every problem (unknown, missing, wrong type, out of range)
 * to {@link Problems} and carrying on, so that one pass finds everything wrong with a file. Each getter
 * returns null (or an empty list) where the value is unusable; the caller builds nothing from a file with
 * problems.
 */
public final class ObjectFields {

    public static final int MAX_TEXT_LENGTH = 5_000;
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final JsonObject object;
    private final Problems problems;

    private ObjectFields(JsonObject object, Problems problems) {
        this.object = object;
        this.problems = problems;
    }

    /** The fields of {@code value}, which must be an object with no fields but {@code allowed}; else null. */
    public static ObjectFields of(JsonValue value, Problems problems, String... allowed) {
        if (!(value instanceof JsonObject object)) {
            problems.add(value, "must be an object { … }, got " + value.shortText());
            return null;
        }
        List<String> known = Arrays.asList(allowed);
        for (Member member : object.members().values()) {
            if (!known.contains(member.name())) {
                if (problems.isFull()) {
                    problems.skip();
                } else {
                    problems.add(member.nameLocation(), member.value().path(), unknownField(member.name(), known));
                }
            }
        }
        return new ObjectFields(object, problems);
    }

    private static String unknownField(String name, List<String> known) {
        return "unknown field " + Echo.quote(name) + didYouMean(name, known) + "; expected one of: "
                + String.join(", ", known);
    }

    /** " (did you mean "x"?)" for the known word nearest a mistyped one, or "" when none is near. */
    public static String didYouMean(String name, List<String> known) {
        // Words whose lengths differ by more than 3 are never within 3 edits: skip them without comparing. A short
        // word is only near another if fewer than half its letters change ("x0" is not a mistyped "id").
        return known.stream()
                .filter(k -> Math.abs(k.length() - name.length()) <= 3)
                .filter(k -> {
                    int distance = editDistance(k.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
                    return distance <= 3 && distance * 2 < name.length();
                })
                .min((a, b) -> editDistance(a, name) - editDistance(b, name))
                .map(k -> " (did you mean \"" + k + "\"?)").orElse("");
    }

    public static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    public JsonObject object() {
        return object;
    }

    public boolean has(String name) {
        JsonValue.Member member = object.members().get(name);
        return member != null;
    }

    public Optional<JsonValue> optional(String name) {
        return Optional.ofNullable(object.members().get(name)).map(Member::value);
    }

    /** The value of a required field, or null after reporting that it is missing. */
    public JsonValue required(String name) {
        Member member = object.members().get(name);
        if (member == null) {
            problems.add(object, "missing the required field \"" + name + "\"");
            return null;
        }
        return member.value();
    }

    /** A required text of one line (a name, a title), at most {@code maxLength} characters. */
    public String requiredText(String name, int maxLength) {
        JsonValue value = required(name);
        return value == null ? null : text(value, maxLength, problems);
    }

    public Optional<String> optionalText(String name, int maxLength) {
        return optional(name).map(value -> text(value, maxLength, problems));
    }

    /** A required paragraph: up to {@link #MAX_TEXT_LENGTH} characters, line breaks and tabs allowed. */
    public String requiredParagraph(String name) {
        JsonValue value = required(name);
        return value == null ? null : paragraph(value, problems);
    }

    public Optional<String> optionalParagraph(String name) {
        return optional(name).map(value -> paragraph(value, problems));
    }

    public String requiredId(String name) {
        String id = requiredText(name, 64);
        JsonValue value = object.members().containsKey(name) ? object.members().get(name).value() : null;
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(value, "must be an id of lower-case letters, digits and single hyphens"
                    + " (like \"hip-flexor-stretch\"), got " + value.shortText());
            return null;
        }
        return id;
    }

    /** A text of one line, or null after reporting why not ({@link TextCheck}). */
    public static String text(JsonValue value, int maxLength, Problems problems) {
        return text(value, maxLength, false, problems);
    }

    /** A paragraph, which may hold line breaks and tabs, or null after reporting why not. */
    public static String paragraph(JsonValue value, Problems problems) {
        return text(value, MAX_TEXT_LENGTH, true, problems);
    }

    private static String text(JsonValue value, int maxLength, boolean paragraph, Problems problems) {
        if (!(value instanceof JsonString string)) {
            problems.add(value, "must be text in double quotes, got " + value.shortText());
            return null;
        }
        if (string.value().length() > maxLength) {
            problems.add(value, String.format(Locale.ROOT, "is %,d characters long; at most %,d allowed",
                    string.value().length(), maxLength));
            return null;
        }
        String problem = TextCheck.problem(string.value(), paragraph);
        if (problem != null) {
            problems.add(value, problem.equals("must not be empty") ? problem : problem + ", got "
                    + value.shortText());
            return null;
        }
        return string.value();
    }

    /** A required whole number in a range; {@code meaning} reads "a whole number of seconds from 1 to 600". */
    public Integer requiredInteger(String name, int min, int max, String unit) {
        JsonValue value = required(name);
        return value == null ? null : integer(value, min, max, unit);
    }

    public Optional<Integer> optionalInteger(String name, int min, int max, String unit) {
        return optional(name).map(value -> integer(value, min, max, unit));
    }

    public Integer requiredInteger(String name, DoseLimits.Range range, String unit) {
        return requiredInteger(name, range.min(), range.max(), unit);
    }

    public Optional<Integer> optionalInteger(String name, DoseLimits.Range range, String unit) {
        return optionalInteger(name, range.min(), range.max(), unit);
    }

    private Integer integer(JsonValue value, int min, int max, String unit) {
        return integer(value, min, max, unit, problems);
    }

    /**
     * A whole number in a range, or null after reporting why not. Only digits count as a whole number: {@code 3.0}
     * and {@code 1e1} are refused (with how to write them), and no number is converted before its length is known.
     */
    public static Integer integer(JsonValue value, int min, int max, String unit, Problems problems) {
        String expected = "must be a whole number" + (unit.isEmpty() ? "" : " of " + unit)
                + " from " + min + " to " + max;
        if (!(value instanceof JsonNumber number)) {
            boolean quotedNumber = value instanceof JsonString string && string.value().length() < 40
                    && string.value().trim().matches("-?[0-9.]+");
            problems.add(value, expected + ", got " + value.shortText()
                    + (quotedNumber ? " (text: write the number without quotes)" : ""));
            return null;
        }
        if (!number.isWrittenWhole()) {
            boolean exponent = number.literal().indexOf('e') >= 0 || number.literal().indexOf('E') >= 0;
            String how = exponent ? "without an exponent" : "without a decimal point";
            String hint = number.wholeSpelling().map(whole -> " (write whole numbers " + how + ": " + whole + ")")
                    .orElse(exponent ? " (write whole numbers " + how + ")" : "");
            problems.add(value, expected + ", got " + value.shortText() + hint);
            return null;
        }
        OptionalLong whole = number.wholeValue();
        if (whole.isEmpty() || whole.getAsLong() < min || whole.getAsLong() > max) {
            problems.add(value, expected + ", got " + value.shortText());
            return null;
        }
        return (int) whole.getAsLong();
    }

    /** Whether {@code value} is the whole number {@code expected}, written as digits only. */
    public static boolean isExactly(JsonValue value, int expected) {
        return value instanceof JsonNumber number && number.wholeValue().orElse(Long.MIN_VALUE) == expected;
    }

    /** A required choice among lower-case words, mapped to the enum constant of the same name. */
    public <E extends Enum<E>> E requiredChoice(String name, Class<E> type) {
        JsonValue value = required(name);
        return value == null ? null : choice(value, type);
    }

    public <E extends Enum<E>> Optional<E> optionalChoice(String name, Class<E> type) {
        return optional(name).map(value -> choice(value, type));
    }

    private <E extends Enum<E>> E choice(JsonValue value, Class<E> type) {
        List<String> words = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        if (value instanceof JsonString string && string.value().length() <= 32 && words.contains(string.value())) {
            return Enum.valueOf(type, string.value().toUpperCase(Locale.ROOT));
        }
        problems.add(value, "must be one of " + String.join(", ", words.stream().map(w -> '"' + w + '"').toList())
                + ", got " + value.shortText());
        return null;
    }

    /** A list of items read by {@code read}; the list is reported and left empty if its size is off. */
    public <T> List<T> list(String name, boolean isRequired, int minItems, int maxItems, String itemNoun,
                     Function<JsonValue, T> read) {
        JsonValue value = isRequired ? required(name) : optional(name).orElse(null);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            problems.add(value, "must be a list [ … ] of " + itemNoun + "s, got " + value.shortText());
            return List.of();
        }
        int size = array.items().size();
        if (size < minItems) {
            problems.add(value, "must have at least " + minItems + " " + itemNoun + (minItems == 1 ? "" : "s"));
            return List.of();
        }
        if (size > maxItems) {
            problems.add(value, String.format(Locale.ROOT, "has %,d %ss; at most %,d allowed", size, itemNoun,
                    maxItems));
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (JsonValue item : array.items()) {
            T read1 = read.apply(item);
            if (read1 != null) {
                result.add(read1);
            }
        }
        return result;
    }

    public List<String> texts(String name, boolean isRequired, int minItems, int maxItems, String itemNoun) {
        return list(name, isRequired, minItems, maxItems, itemNoun, item -> paragraph(item, problems));
    }

    public Problems problems() {
        return problems;
    }

    /**
     * Reports a document whose {@code formatVersion} is newer than {@code current}: it is refused for that reason
     * alone, since the rest of it may mean something this version does not know. {@code what} names it in the
     * message ("file", "routine").
     */
    public static boolean refuseNewerVersion(JsonValue root, Problems problems, int current, String what) {
        if (!(root instanceof JsonObject object) || !object.members().containsKey("formatVersion")) {
            return false;
        }
        JsonValue value = object.members().get("formatVersion").value();
        if (value instanceof JsonNumber number && number.isWrittenWhole() && !number.literal().startsWith("-")
                && number.wholeValue().orElse(Long.MAX_VALUE) > current) {
            problems.add(value, "this " + what + " is format version " + number.shortText()
                    + ", newer than this app reads (" + current + "); update Exercise Player to open it");
            return true;
        }
        return false;
    }
}
