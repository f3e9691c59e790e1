package org.exerciseplayer.voice;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.settings.VoicePreferences.Verbosity;

/**
 * The words the voice says, from {@code org/exerciseplayer/voice/voice.properties} in the catalogue's language. Each
 * phrase is whole in the bundle; code joins whole sentences only ({@link #then}) and fills in the catalogue's own
 * words. A brief phrase is the key with {@code brief.} in front, where the bundle has one.
 */
final class VoiceWords {

    static final String BUNDLE = "org.exerciseplayer.voice.voice";

    private final ResourceBundle words;
    private final Locale locale;

    VoiceWords(Locale locale) {
        this.locale = locale;
        this.words = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** The words for a catalogue whose language is this BCP 47 tag ("en-GB"); English where it has none. */
    static VoiceWords forLanguage(String languageTag) {
        return new VoiceWords(languageTag == null || languageTag.isBlank() ? Locale.ENGLISH
                : Locale.forLanguageTag(languageTag));
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        String pattern = words.getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** The brief form of a phrase where the bundle has one and brevity is asked for, else the full one. */
    String get(Verbosity verbosity, String key, Object... arguments) {
        if (verbosity != Verbosity.FULL) {
            try {
                words.getString("brief." + key);
                return get("brief." + key, arguments);
            } catch (MissingResourceException none) {
                // No shorter form: the full one serves.
            }
        }
        return get(key, arguments);
    }

    /** Two whole sentences, one after the other. */
    String then(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : get("then", first, second);
    }

    /** A key for a side: {@code key.left} or {@code key.right}. */
    static String sided(String key, Side side) {
        return key + (side == Side.LEFT ? ".left" : ".right");
    }
}
