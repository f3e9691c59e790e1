package org.exerciseplayer.ui.reminders;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.exerciseplayer.reminders.ReminderTimes;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.Messages;

/**
 * The Reminders dialog: the times (as typed, checked as typed), whether the running app shows a notification at
 * them, whether a login item reminds even when the app is closed, and saving them as a calendar file. Tested
 * without a toolkit.
 */
public final class RemindersViewModel {

    /** What the dialog's choices change outside it. */
    public interface Host {
        /** The times or the notifications setting changed: the reminders wait for the next time from now. */
        void remindersChanged();

        /** Installs or removes the login item; returns why it could not, if it could not. */
        Optional<String> remindWhenClosed(boolean on);

        /** Saves the calendar file of these times where the person chooses. */
        void exportCalendar(ReminderTimes times);
    }

    private final Settings settings;
    private final ReminderTimes defaults;
    private final Host host;
    private final StringProperty times = new SimpleStringProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanProperty notify = new SimpleBooleanProperty();
    private final BooleanProperty whenClosed = new SimpleBooleanProperty();

    /** @param defaults the times for the sessions a day the catalogue or routine asks for */
    public RemindersViewModel(Settings settings, ReminderTimes defaults, Host host) {
        this.settings = settings;
        this.defaults = defaults;
        this.host = host;
        times.set(chosen().format());
        notify.set(settings.isRemindersOn());
        whenClosed.set(settings.isRemindWhenClosed());
        times.addListener((o, was, is) -> problem.set(parse(is).isPresent() ? "" : problemOf(is)));
    }

    /** The person's times, or the defaults when they chose none (or the saved ones cannot be read). */
    public ReminderTimes chosen() {
        return settings.reminderTimes().flatMap(RemindersViewModel::parse).orElse(defaults);
    }

    private static Optional<ReminderTimes> parse(String text) {
        try {
            return Optional.of(ReminderTimes.parse(text == null ? "" : text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String problemOf(String text) {
        try {
            ReminderTimes.parse(text == null ? "" : text);
            return "";
        } catch (IllegalArgumentException e) {
            return Messages.get("reminders.times.problem", e.getMessage());
        }
    }

    public StringProperty timesProperty() {
        return times;
    }

    /** Why the times as typed cannot be used, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanProperty notifyProperty() {
        return notify;
    }

    public BooleanProperty whenClosedProperty() {
        return whenClosed;
    }

    public String defaultsText() {
        return Messages.get("reminders.times.defaults", defaults.format());
    }

    /** Keeps the choices; false (with {@link #problemProperty()} saying why) if the times cannot be read. */
    public boolean save() {
        Optional<ReminderTimes> parsed = parse(times.get());
        if (parsed.isEmpty()) {
            problem.set(problemOf(times.get()));
            return false;
        }
        settings.setReminderTimes(parsed.get().format());
        settings.setRemindersOn(notify.get());
        if (whenClosed.get() != settings.isRemindWhenClosed()) {
            Optional<String> failed = host.remindWhenClosed(whenClosed.get());
            if (failed.isPresent()) {
                problem.set(failed.get());
                whenClosed.set(settings.isRemindWhenClosed());
                return false;
            }
            settings.setRemindWhenClosed(whenClosed.get());
        }
        times.set(parsed.get().format());
        host.remindersChanged();
        return true;
    }

    /** Saves the calendar file of the times as typed; false if they cannot be read. */
    public boolean exportCalendar() {
        Optional<ReminderTimes> parsed = parse(times.get());
        if (parsed.isEmpty()) {
            problem.set(problemOf(times.get()));
            return false;
        }
        host.exportCalendar(parsed.get());
        return true;
    }
}
