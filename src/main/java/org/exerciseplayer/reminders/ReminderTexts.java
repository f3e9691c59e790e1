package org.exerciseplayer.reminders;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** A reminder's words, from the {@code reminders} bundle, in the catalogue's language. */
public record ReminderTexts(String title, String body, String action) {

    /** "Time for your exercises" / "Hip exercises: the 18:00 session, about 39 minutes. If your pain increases, stop." */
    public static ReminderTexts of(String routineTitle, ReminderSlots.Slot slot, Duration session, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("org.exerciseplayer.reminders.reminders", locale);
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(slot.time());
        long minutes = Math.max(1, (session.getSeconds() + 59) / 60);
        return new ReminderTexts(texts.getString("notification.title"),
                new MessageFormat(texts.getString("notification.body"), locale).format(
                        new Object[] {routineTitle, time, minutes}),
                texts.getString("notification.action"));
    }
}
