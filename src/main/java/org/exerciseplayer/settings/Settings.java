package org.exerciseplayer.settings;

/**
 * The person's preferences, kept between runs: whether the full safety introduction has been shown, sound,
 * theme and text size. Implementations never throw: a setting that cannot be saved still holds for this run.
 */
public interface Settings {

    boolean isSafetyIntroductionSeen();

    void setSafetyIntroductionSeen(boolean seen);

    boolean isMuted();

    void setMuted(boolean muted);

    /** Cue volume from 0 to 1. */
    double volume();

    void setVolume(double volume);

    boolean isDarkTheme();

    void setDarkTheme(boolean dark);

    /** Text size as a factor of the normal size, from {@link #MIN_TEXT_SCALE} to {@link #MAX_TEXT_SCALE}. */
    double textScale();

    void setTextScale(double scale);

    /** The reminder times as the person chose them ("08:00,18:00"), or empty for the defaults. */
    java.util.Optional<String> reminderTimes();

    void setReminderTimes(String times);

    /** Whether the running app shows a desktop notification at the reminder times (on by default). */
    boolean isRemindersOn();

    void setRemindersOn(boolean on);

    /** Whether a login item reminds even when the app is closed (off by default; see app/Reminders). */
    boolean isRemindWhenClosed();

    void setRemindWhenClosed(boolean on);

    /** The day the next-morning check was last asked, answered or skipped. */
    java.util.Optional<java.time.LocalDate> morningCheckAskedOn();

    void setMorningCheckAskedOn(java.time.LocalDate day);

    /** How the voice coach speaks: on or off, how much, how fast, which voice ({@link VoicePreferences#DEFAULT}). */
    VoicePreferences voice();

    void setVoice(VoicePreferences voice);

    double MIN_TEXT_SCALE = 0.8;
    double MAX_TEXT_SCALE = 2.5;

    /** Settings that live only as long as the run, for tests and as a fallback. */
    static Settings inMemory() {
        return new PropertiesSettings(null);
    }
}
