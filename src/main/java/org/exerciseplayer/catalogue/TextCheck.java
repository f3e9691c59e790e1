package org.exerciseplayer.catalogue;

import org.exerciseplayer.catalogue.json.Echo;

/**
 * The rules every text in a catalogue or routine follows, besides its length: no control characters (a paragraph
 * may hold line breaks and tabs; a name or title may not), no characters that change the direction in which
 * text is shown (the "Trojan Source" overrides and isolates), no broken or non-characters, and something visible
 * in it: a step of only no-break or zero-width spaces says nothing.
 */
final class TextCheck {

    private TextCheck() {
    }

    /** What is wrong with {@code value}, or null; a {@code paragraph} may hold line breaks and tabs. */
    static String problem(String value, boolean paragraph) {
        boolean visible = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                int codePoint = value.codePointAt(i);
                visible |= !Echo.isInvisible(codePoint);
                if ((codePoint & 0xFFFE) == 0xFFFE) {
                    return "must not contain " + escaped(value, i, 2) + ", which is not a character";
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "holds a broken character (" + escaped(value, i, 1) + ", half of a pair that is not there)";
            }
            if (c == '\n' || c == '\t' || c == '\r') {
                if (!paragraph || c == '\r') {
                    return paragraph ? "must not contain carriage returns (\\r); use \\n for a new line"
                            : "must be a single line, without line breaks or tabs";
                }
                continue;
            }
            if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                return "must not contain " + escaped(value, i, 1) + ", a character that changes the direction in"
                        + " which text is shown";
            }
            if (c < 0x20 || Echo.isUnsafe(c) && c != 0x061C && c != 0x200E && c != 0x200F) {
                return "must not contain control characters such as " + escaped(value, i, 1);
            }
            if (c == 0xFFFE || c == 0xFFFF || c >= 0xFDD0 && c <= 0xFDEF) {
                return "must not contain " + escaped(value, i, 1) + ", which is not a character";
            }
            visible |= c != ' ' && !Echo.isInvisible(c);
        }
        if (!visible) {
            return value.isBlank() ? "must not be empty"
                    : "must have something to read: it holds only spaces or invisible characters";
        }
        return null;
    }

    private static String escaped(String value, int at, int length) {
        String quoted = Echo.excerpt(value.substring(at, at + length));
        return quoted.substring(1, quoted.length() - 1);
    }
}
