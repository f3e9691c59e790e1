package org.exerciseplayer.voice;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The notes about the voice the player shows, from {@code org/exerciseplayer/voice/messages.properties}. */
final class VoiceMessages {

    private static final ResourceBundle TEXT = ResourceBundle.getBundle("org.exerciseplayer.voice.messages",
            Locale.getDefault());

    private VoiceMessages() {
    }

    static String text(String key, Object... arguments) {
        return new MessageFormat(TEXT.getString(key), TEXT.getLocale()).format(arguments);
    }
}
