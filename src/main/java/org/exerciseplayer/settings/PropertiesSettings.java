package org.exerciseplayer.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Settings kept in a small properties file, written whole to a temporary file and moved into place, so a crash
 * never leaves half a file. A file that cannot be read or written is reported once through
 * {@link #problem()}; the settings then hold for this run only.
 */
public final class PropertiesSettings implements Settings {

    private static final System.Logger LOG = System.getLogger(PropertiesSettings.class.getName());

    private final Path file;
    private final Properties values = new Properties();
    private String problem;

    /** Settings saved in {@code file}; with null, kept in memory only. */
    public PropertiesSettings(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                problem = "Settings could not be read from " + file + " (" + e.getMessage()
                        + "); the defaults are used.";
                LOG.log(System.Logger.Level.WARNING, problem);
            }
        }
    }

    /** The settings file in the platform's per-user configuration folder. */
    public static PropertiesSettings forThisUser() {
        return new PropertiesSettings(UserFolders.config().resolve("settings.properties"));
    }

    /** What went wrong reading or saving, if anything, in words for the person. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private boolean flag(String key) {
        return Boolean.parseBoolean(values.getProperty(key, "false"));
    }

    private double number(String key, double fallback, double min, double max) {
        try {
            double value = Double.parseDouble(values.getProperty(key, Double.toString(fallback)));
            return Double.isNaN(value) ? fallback : Math.max(min, Math.min(max, value));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private synchronized void put(String key, String value) {
        if (value.equals(values.getProperty(key))) {
            return;
        }
        values.setProperty(key, value);
        save();
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            org.exerciseplayer.platform.AtomicFiles.write(file, out -> values.store(out, "Exercise Player settings"));
        } catch (IOException e) {
            if (problem == null) {
                problem = "Settings could not be saved to " + file + " (" + e.getMessage()
                        + "); they hold until the app closes.";
                LOG.log(System.Logger.Level.WARNING, problem);
            }
        }
    }

    @Override
    public boolean isSafetyIntroductionSeen() {
        return flag("safety.introduction.seen");
    }

    @Override
    public void setSafetyIntroductionSeen(boolean seen) {
        put("safety.introduction.seen", Boolean.toString(seen));
    }

    @Override
    public boolean isMuted() {
        return flag("sound.muted");
    }

    @Override
    public void setMuted(boolean muted) {
        put("sound.muted", Boolean.toString(muted));
    }

    @Override
    public double volume() {
        return number("sound.volume", 0.8, 0, 1);
    }

    @Override
    public void setVolume(double volume) {
        put("sound.volume", Double.toString(Math.max(0, Math.min(1, volume))));
    }

    @Override
    public boolean isDarkTheme() {
        return flag("theme.dark");
    }

    @Override
    public void setDarkTheme(boolean dark) {
        put("theme.dark", Boolean.toString(dark));
    }

    @Override
    public double textScale() {
        return number("text.scale", 1.0, MIN_TEXT_SCALE, MAX_TEXT_SCALE);
    }

    @Override
    public void setTextScale(double scale) {
        put("text.scale", Double.toString(Math.max(MIN_TEXT_SCALE, Math.min(MAX_TEXT_SCALE, scale))));
    }

    @Override
    public java.util.Optional<String> reminderTimes() {
        return Optional.ofNullable(values.getProperty("reminders.times")).filter(t -> !t.isBlank());
    }

    @Override
    public void setReminderTimes(String times) {
        put("reminders.times", times);
    }

    @Override
    public boolean isRemindersOn() {
        return Boolean.parseBoolean(values.getProperty("reminders.on", "true"));
    }

    @Override
    public void setRemindersOn(boolean on) {
        put("reminders.on", Boolean.toString(on));
    }

    @Override
    public boolean isRemindWhenClosed() {
        return flag("reminders.whenClosed");
    }

    @Override
    public void setRemindWhenClosed(boolean on) {
        put("reminders.whenClosed", Boolean.toString(on));
    }

    @Override
    public java.util.Optional<java.time.LocalDate> morningCheckAskedOn() {
        try {
            return Optional.ofNullable(values.getProperty("morningCheck.askedOn")).map(java.time.LocalDate::parse);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public void setMorningCheckAskedOn(java.time.LocalDate day) {
        put("morningCheck.askedOn", day.toString());
    }

    @Override
    public VoicePreferences voice() {
        VoicePreferences defaults = VoicePreferences.DEFAULT;
        VoicePreferences.Verbosity verbosity;
        try {
            verbosity = VoicePreferences.Verbosity.valueOf(values.getProperty("voice.verbosity",
                    defaults.verbosity().name()).strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            verbosity = defaults.verbosity();
        }
        return new VoicePreferences(Boolean.parseBoolean(values.getProperty("voice.on", Boolean.toString(defaults.on()))),
                verbosity, (int) Math.round(number("voice.speed", defaults.speedPercent(), VoicePreferences.MIN_SPEED,
                        VoicePreferences.MAX_SPEED)), values.getProperty("voice.name", defaults.voice()));
    }

    @Override
    public synchronized void setVoice(VoicePreferences voice) {
        values.setProperty("voice.on", Boolean.toString(voice.on()));
        values.setProperty("voice.verbosity", voice.verbosity().name().toLowerCase(java.util.Locale.ROOT));
        values.setProperty("voice.speed", Integer.toString(voice.speedPercent()));
        values.setProperty("voice.name", voice.voice());
        save();
    }
}
