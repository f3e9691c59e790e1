package org.exerciseplayer.voice;

import java.util.Locale;

/**
 * The voice a phrase is spoken in: the catalogue's language, the engine's voice chosen (or empty for the engine's
 * voice for that language), and the speed as a share of the engine's normal rate.
 */
public record VoiceChoice(String language, String voice, int speedPercent) {

    public VoiceChoice {
        language = language == null || language.isBlank() ? "en" : language;
        voice = voice == null ? "" : voice.strip();
    }

    /** The language's primary subtag, lower case: "en" for "en-GB". */
    public String primaryLanguage() {
        return Locale.forLanguageTag(language).getLanguage();
    }

    /** Words a minute for engines that take them (espeak-ng and say speak 175 at their normal rate). */
    public int wordsPerMinute() {
        return Math.round(175f * speedPercent / 100);
    }

    /** What a cache key of this voice holds. */
    String key() {
        return language + "|" + voice + "|" + speedPercent;
    }
}
