package org.exerciseplayer.catalogue.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoTest {

    @Test
    void escapeSequencesThatWouldClearTheScreenOrSetTheTitleAreShownEscaped() {
        assertThat(Echo.terminal("\u001b[2J\u001b]0;pwned\u0007Knee")).isEqualTo("\\u001B[2J\\u001B]0;pwned\\u0007Knee");
    }

    @Test
    void aCarriageReturnCannotOverwriteTheLineAndALineBreakCannotStartAForgedOne() {
        assertThat(Echo.terminal("x\rOK: Knee, 1 section\nOK")).isEqualTo("x\\u000DOK: Knee, 1 section\\u000AOK");
    }

    @Test
    void outputOfSeveralLinesKeepsItsLineBreaksOnly() {
        assertThat(Echo.terminalLines("1. Knee\n\t\u009b2J\n")).isEqualTo("1. Knee\n\\u0009\\u009B2J\n");
    }

    @Test
    void bidirectionalOverridesAndLoneSurrogatesAreEscapedButLettersAndEmojiAreNot() {
        assertThat(Echo.terminal("abc\u202Edef \u2067x\u2069 \ud800 é 😀")).isEqualTo(
                "abc\\u202Edef \\u2067x\\u2069 \\uD800 é 😀");
    }

    @Test
    void aQuotedValueIsWrittenAsJsonWithInvisibleCharactersEscaped() {
        assertThat(Echo.quote("a\"b\\c\u00a0\u200b\n")).isEqualTo("\"a\\\"b\\\\c\\u00A0\\u200B\\n\"");
    }

    @Test
    void aLongValueIsCutToAnExcerptThatSaysHowLongItIs() {
        String quoted = Echo.quote("k".repeat(60_000));
        assertThat(quoted).isEqualTo("\"" + "k".repeat(37) + "…\" (60,000 characters)");
        assertThat(Echo.excerpt("k".repeat(60_000))).isEqualTo("\"" + "k".repeat(37) + "…\"");
    }

    @Test
    void anExcerptNeverSplitsACharacterInTwo() {
        String quoted = Echo.excerpt("😀".repeat(50));
        assertThat(quoted).isEqualTo("\"" + "😀".repeat(37) + "…\"");
    }

    @Test
    void aLongNumberIsCutAndItsLengthSaid() {
        assertThat(Echo.number("1" + "0".repeat(1000))).isEqualTo("1" + "0".repeat(36) + "… (a number of 1,001 characters)");
        assertThat(Echo.number("1e99999999999")).isEqualTo("1e99999999999");
    }

    @Test
    void aFoundCharacterIsNamedWhenItCannotBeSeen() {
        assertThat(Echo.character('O')).isEqualTo("'O'");
        assertThat(Echo.character(0xA0)).isEqualTo("'\\u00A0' (a no-break space)");
        assertThat(Echo.character(0xFEFF)).isEqualTo("'\\uFEFF' (an invisible byte order mark)");
        assertThat(Echo.character(0x1B)).isEqualTo("'\\u001B' (a control character)");
    }

    @Test
    void aPathWithAnOddNameIsEscapedAndCut() {
        JsonPath path = JsonPath.ROOT.member("sections").item(1).member("\u001b[2J" + "x".repeat(100));
        assertThat(path.toString()).isEqualTo("$.sections[1][\"\\u001B[2J" + "x".repeat(33) + "…\"]");
    }
}
