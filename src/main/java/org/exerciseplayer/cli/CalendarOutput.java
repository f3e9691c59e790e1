package org.exerciseplayer.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.exerciseplayer.history.HistoryException;
import org.exerciseplayer.history.SessionRecord;
import org.exerciseplayer.history.SqliteHistoryStore;
import org.exerciseplayer.reminders.CalendarRequest;
import org.exerciseplayer.reminders.ReminderTimes;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineLoader;
import org.exerciseplayer.settings.PropertiesSettings;

/**
 * {@code --calendar}: the reminders of a catalogue or routine as an iCalendar file on standard output. The times
 * are {@code --times}, else those the person chose in the app, else the defaults for the sessions a day asked for;
 * the review date counts from the first session in the history when there is one (which is only read, and never
 * created), else from today.
 */
final class CalendarOutput {

    private CalendarOutput() {
    }

    static String render(RoutineLoader.Opened opened, Optional<ReminderTimes> times, Optional<Path> dataDirectory,
                         PrintStream err) {
        Optional<RoutineDocument> routine = opened instanceof RoutineLoader.OpenedRoutine r
                ? Optional.of(r.routine()) : Optional.empty();
        ReminderTimes chosen = times.orElseGet(() -> saved().orElseGet(() ->
                ReminderTimes.defaults(CalendarRequest.perDay(opened.catalogue(), routine))));
        return CalendarRequest.calendar(opened.catalogue(), routine, chosen, history(dataDirectory, err),
                Clock.systemDefaultZone());
    }

    private static Optional<ReminderTimes> saved() {
        try {
            return PropertiesSettings.forThisUser().reminderTimes().map(ReminderTimes::parse);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<SessionRecord> history(Optional<Path> dataDirectory, PrintStream err) {
        Path folder = dataDirectory.orElseGet(SqliteHistoryStore::defaultDataDirectory);
        if (!Files.isRegularFile(folder.resolve("history.db"))) {
            return List.of();
        }
        try (SqliteHistoryStore store = SqliteHistoryStore.openToRead(folder)) {
            return store.sessions();
        } catch (HistoryException e) {
            err.println("exercise-player: " + e.getMessage() + " The review date counts from today.");
            return List.of();
        }
    }
}
