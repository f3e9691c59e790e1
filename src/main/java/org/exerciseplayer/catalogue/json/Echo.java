package org.exerciseplayer.catalogue.json;

import java.util.Locale;

/**
 * Shows what a file holds, in messages and on a terminal, so that it can neither forge output nor flood it.
 * Every character that could move the cursor, change the terminal or reorder the line (control characters, DEL,
 * the C1 controls, bidirectional controls, line and paragraph separators, lone surrogates) is written as an
 * escape (ESC becomes backslash, u, 001B); a value echoed back is cut to a short excerpt that says how long it
 * really is.
 */
public final class Echo {

    /** How many characters of a value a message shows. */
    public static final int EXCERPT = 40;

    private Echo() {
    }

    /**
     * A text value in double quotes, as it would be written in JSON ({@code "a\"b"}), with every invisible or
     * unsafe character escaped, cut to {@link #EXCERPT} characters: {@code "aaaa…" (49,000 characters)}.
     */
    public static String quote(String value) {
        return quoted(value, true);
    }

    /** As {@link #quote}, without saying how long a cut value is: for names inside a path. */
    public static String excerpt(String value) {
        return quoted(value, false);
    }

    private static String quoted(String value, boolean sayLength) {
        int length = value.codePointCount(0, value.length());
        boolean cut = length > EXCERPT;
        String shown = cut ? value.substring(0, value.offsetByCodePoints(0, EXCERPT - 3)) : value;
        StringBuilder out = new StringBuilder(shown.length() + 24).append('"');
        appendEscaped(out, shown, true);
        out.append(cut ? "…\"" : "\"");
        if (cut && sayLength) {
            out.append(String.format(Locale.ROOT, " (%,d characters)", length));
        }
        return out.toString();
    }

    /** A number as written, cut to an excerpt that says how many characters it has. */
    public static String number(String literal) {
        if (literal.length() <= EXCERPT) {
            return literal;
        }
        return literal.substring(0, EXCERPT - 3) + String.format(Locale.ROOT, "… (a number of %,d characters)",
                literal.length());
    }

    /** A name as a message quotes it ({@code "holdSecond"}), cut and escaped like {@link #quote}. */
    public static String name(String name) {
        return quote(name);
    }

    /**
     * Text safe to print on a terminal or show in a message: every unsafe character written as a backslash-u escape,
     * line breaks included. Nothing else changes.
     */
    public static String terminal(String text) {
        return safe(text, false);
    }

    /** As {@link #terminal}, but keeps line breaks ({@code \n}) as they are: for output of several lines. */
    public static String terminalLines(String text) {
        return safe(text, true);
    }

    private static String safe(String text, boolean keepLineBreaks) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (isUnsafe(c) && !(keepLineBreaks && c == '\n')) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                unicodeEscape(out, c);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * One character as a message shows what was found: {@code 'O'}, {@code '"'}, or an invisible or unsafe one
     * escaped and named ("a no-break space").
     */
    public static String character(int codePoint) {
        String name = invisibleName(codePoint);
        StringBuilder out = new StringBuilder("'");
        if (isUnsafe(codePoint) || isInvisible(codePoint)) {
            appendEscaped(out, new String(Character.toChars(codePoint)), false);
        } else {
            out.appendCodePoint(codePoint);
        }
        out.append('\'');
        return name == null ? out.toString() : out + " (" + name + ")";
    }

    /**
     * Whether a character could move the cursor, change the terminal or reorder what is shown: C0 controls, DEL,
     * C1 controls, bidirectional marks, embeddings, overrides and isolates, line and paragraph separators, and
     * the interlinear annotation marks.
     */
    public static boolean isUnsafe(int c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0x061C || c == 0x200E || c == 0x200F
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x2028 || c == 0x2029
                || c >= 0xFFF9 && c <= 0xFFFB || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
    }

    /** Whether a character shows nothing: spaces other than the plain one, format characters, fillers. */
    public static boolean isInvisible(int c) {
        if (c == ' ') {
            return false;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.UNASSIGNED
                || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5
                || c >= 0x180B && c <= 0x180F || c == 0x2800 || c == 0x3164 || c == 0xFFA0
                || c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0000 && c <= 0xE0FFF;
    }

    private static String invisibleName(int c) {
        return switch (c) {
            case 0x00A0 -> "a no-break space";
            case 0x200B -> "a zero-width space";
            case 0xFEFF -> "an invisible byte order mark";
            case 0x00AD -> "a soft hyphen";
            case '\t' -> "a tab";
            case '\n' -> "a line break";
            case '\r' -> "a carriage return";
            default -> isUnsafe(c) ? "a control character" : isInvisible(c) ? "an invisible character" : null;
        };
    }

    private static void appendEscaped(StringBuilder out, String text, boolean quoted) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && (c == '"' || c == '\\')) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = text.codePointAt(i);
                if (isInvisible(codePoint)) {
                    unicodeEscape(out, c);
                    unicodeEscape(out, text.charAt(i + 1));
                } else {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (isUnsafe(c) || isInvisible(c)) {
                unicodeEscape(out, c);
            } else {
                out.append(c);
            }
        }
    }

    private static void unicodeEscape(StringBuilder out, char c) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
    }
}
