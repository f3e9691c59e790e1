package org.exerciseplayer.audio;

import java.util.Locale;
import java.util.ResourceBundle;

/** Why cues cannot be heard, each with a plain sentence for the person from {@code messages.properties}. */
enum SilenceReason {
    NO_DEVICE,
    NO_ANSWER,
    FILES_UNREADABLE,
    COULD_NOT_START,
    STOPPED_WORKING,
    SWITCHED_OFF;

    static final String BUNDLE = "org.exerciseplayer.audio.messages";

    String key() {
        return "sound.unavailable." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String message() {
        return ResourceBundle.getBundle(BUNDLE).getString(key());
    }

    SoundStatus status() {
        return SoundStatus.unavailable(message());
    }
}
