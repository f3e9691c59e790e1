package org.exerciseplayer.settings;

import java.util.Objects;

/**
 * How the voice coach speaks, as the person chose it.
 *
 * @param on           whether the voice speaks at all (the cues and the flash go on either way)
 * @param verbosity    how much it says
 * @param speedPercent the speaking rate as a share of the engine's normal rate, {@link #MIN_SPEED} to
 *                     {@link #MAX_SPEED}
 * @param voice        the engine's name for the voice, or empty for the engine's voice for the catalogue's language
 */
public record VoicePreferences(boolean on, Verbosity verbosity, int speedPercent, String voice) {

    public static final int MIN_SPEED = 60;
    public static final int MAX_SPEED = 160;
    public static final int NORMAL_SPEED = 100;

    /** On, saying everything that helps, at the normal rate, in the catalogue's language. */
    public static final VoicePreferences DEFAULT = new VoicePreferences(true, Verbosity.FULL, NORMAL_SPEED, "");

    /** How much the voice says. */
    public enum Verbosity {
        /** The exercise and how to get into position, the hold, the counts, release, sides, what comes next. */
        FULL,
        /** The exercise's name, hold and release, sides, the counts, the questions in short. */
        BRIEF,
        /** Only the counts: the last three seconds and the repetitions (and the pain stop, always). */
        COUNTS
    }

    public VoicePreferences {
        Objects.requireNonNull(verbosity, "verbosity");
        voice = voice == null ? "" : voice.strip();
        speedPercent = Math.max(MIN_SPEED, Math.min(MAX_SPEED, speedPercent));
    }

    public VoicePreferences withOn(boolean newOn) {
        return new VoicePreferences(newOn, verbosity, speedPercent, voice);
    }

    public VoicePreferences withVerbosity(Verbosity newVerbosity) {
        return new VoicePreferences(on, newVerbosity, speedPercent, voice);
    }

    public VoicePreferences withSpeed(int newSpeedPercent) {
        return new VoicePreferences(on, verbosity, newSpeedPercent, voice);
    }

    public VoicePreferences withVoice(String newVoice) {
        return new VoicePreferences(on, verbosity, speedPercent, newVoice);
    }
}
