package org.exerciseplayer.audio;

import java.util.Locale;

/**
 * A moment in a session that has its own short sound. Each cue's sound is a 16-bit PCM mono WAV on the class path
 * next to this class, named by {@link #fileName()}.
 */
public enum Cue {
    /** A hold begins: a rising two-tone. */
    HOLD_START,
    /** Each of the last three seconds of a hold: a short high blip. */
    COUNTDOWN,
    /** A hold is over, let go: a falling two-tone. */
    HOLD_END,
    /** Change to the other side: a double blip. */
    SWITCH_SIDE,
    /** The whole session is done: a three-note rising chime. */
    SESSION_DONE,
    /** One paced repetition: a soft tick. */
    REP;

    /** The sound's file name, for example {@code hold-start.wav}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".wav";
    }
}
