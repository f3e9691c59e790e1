package org.exerciseplayer.catalogue.json;

/**
 * The text around a syntax mistake, as a message quotes it: the word or character found there (escaped and cut),
 * where the unquoted word or number it is in starts, and the line and column of an offset.
 */
final class JsonText {

    private final String text;

    JsonText(String text) {
        this.text = text;
    }

    /** What is at {@code offset}: a word as a whole, one character, or the end of the file. */
    String found(int offset) {
        if (offset >= text.length()) {
            return "the end of the file";
        }
        int c = text.codePointAt(offset);
        if (Character.isLetterOrDigit(c)) {
            int end = offset;
            while (end < text.length() && end - offset < 20 && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            return "'" + excerpt(text.substring(offset, end)) + "'";
        }
        return Echo.character(c);
    }

    /** The word (letters, digits, _ and -) from {@code from}, at most 40 characters. */
    String wordAt(int from) {
        int end = from;
        while (end < text.length() && end - from < 40 && (Character.isLetterOrDigit(text.charAt(end))
                || text.charAt(end) == '_' || text.charAt(end) == '-')) {
            end++;
        }
        return text.substring(from, end);
    }

    static String excerpt(String word) {
        String quoted = Echo.excerpt(word);
        return quoted.substring(1, quoted.length() - 1);
    }

    /** The start of the unquoted word that ends at {@code end} (Jackson places such mistakes after the word). */
    int tokenStart(int end) {
        int start = Math.min(end, text.length());
        while (start > 0 && isWordCharacter(text.charAt(start - 1))) {
            start--;
        }
        return start == end && end < text.length() ? end : start;
    }

    private static boolean isWordCharacter(char c) {
        return !Character.isWhitespace(c) && ",:[]{}\"".indexOf(c) < 0;
    }

    /** The start of the number that ends at or runs through {@code from}. */
    int numberStart(int from) {
        int start = Math.min(from, text.length());
        while (start > 0 && "0123456789+-.eE".indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        return start;
    }

    /** The number (or what looks like one) written from {@code start}, at most 40 characters. */
    String numberAt(int start) {
        int end = start;
        while (end < text.length() && end - start < 40 && "0123456789+-.eE".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return text.substring(start, end);
    }

    /** Line and column (from 1) of a character offset in the text. */
    Location place(int at) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(at, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(line, end - lineStart + 1);
    }
}
