package org.exerciseplayer.reminders;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.CatalogueException;
import org.exerciseplayer.history.HistoryException;
import org.exerciseplayer.history.SessionRecord;
import org.exerciseplayer.history.SqliteHistoryStore;
import org.exerciseplayer.platform.AppActivation;
import org.exerciseplayer.platform.DesktopNotifier;
import org.exerciseplayer.platform.LaunchCommand;
import org.exerciseplayer.platform.SessionBus;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineLoader;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.settings.PropertiesSettings;
import org.exerciseplayer.settings.Settings;

/**
 * {@code exercise-player --reminders [FILE]}: what the login item runs. No window and no JavaFX: it waits for the
 * person's reminder times and shows a desktop notification at each, unless that slot's session is done or the window
 * is open (then the window reminds, see {@link AppActivation}), or "remind me even when the app is closed" was
 * switched off since. Clicking the notification brings the open window to the front, or starts the app.
 */
public final class ReminderMode {

    private ReminderMode() {
    }

    /** Runs until the process is ended (at logout); returns an exit status only if it cannot start. */
    public static int run(Optional<Path> file, Optional<Path> dataDirectory, PrintStream err) {
        RoutineLoader.Opened opened;
        try {
            opened = file.isPresent() ? RoutineLoader.open(file.get())
                    : new RoutineLoader.OpenedCatalogue(BundledCatalogue.load());
        } catch (CatalogueException e) {
            e.problems().forEach(err::println);
            return 1;
        }
        Optional<RoutineDocument> routine = opened instanceof RoutineLoader.OpenedRoutine r
                ? Optional.of(r.routine()) : Optional.empty();
        String title = routine.map(RoutineDocument::title).orElse(opened.catalogue().title());
        Duration length = Duration.ofSeconds(Planner.plan(routine.map(RoutineDocument::routine)
                .orElseGet(() -> Routine.of(opened.catalogue()))).totalSeconds());
        int perDay = CalendarRequest.perDay(opened.catalogue(), routine);
        SessionBus bus = SessionBus.forThisProcess(Duration.ofSeconds(3));
        DesktopNotifier notifier = DesktopNotifier.forThisPlatform(bus);
        List<String> appArguments = new ArrayList<>();
        dataDirectory.ifPresent(d -> appArguments.addAll(List.of("--data-dir", d.toString())));
        file.ifPresent(f -> appArguments.add(f.toAbsolutePath().toString()));
        notifier.onActivated(() -> activate(bus, appArguments, err));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "reminders");
            thread.setDaemon(true);
            return thread;
        });
        ReminderLoop loop = new ReminderLoop(Clock.systemDefaultZone(), (delay, task) -> {
            var scheduled = timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> scheduled.cancel(false);
        }, () -> times(settings(), perDay), () -> sessions(dataDirectory, opened.catalogue().id(), err),
                () -> settings().isRemindWhenClosed() && !windowOpen(bus),
                slot -> {
                    ReminderTexts texts = ReminderTexts.of(title, slot, length,
                            CalendarRequest.locale(opened.catalogue()));
                    if (!notifier.show(texts.title(), texts.body(), texts.action())) {
                        err.println("exercise-player: the reminder could not be shown (" + notifier.status() + ")");
                    }
                });
        loop.start();
        err.println("exercise-player: reminders for " + title + " at " + times(settings(), perDay).format()
                + "; next at " + loop.pending().at());
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The settings as the file says now: the window may have changed them since this process started. */
    private static Settings settings() {
        return PropertiesSettings.forThisUser();
    }

    static ReminderTimes times(Settings settings, int perDay) {
        try {
            return settings.reminderTimes().map(ReminderTimes::parse).orElseGet(() -> ReminderTimes.defaults(perDay));
        } catch (IllegalArgumentException e) {
            return ReminderTimes.defaults(perDay);
        }
    }

    private static List<SessionRecord> sessions(Optional<Path> dataDirectory, String catalogueId, PrintStream err) {
        Path folder = dataDirectory.orElseGet(SqliteHistoryStore::defaultDataDirectory);
        if (!Files.isRegularFile(folder.resolve("history.db"))) {
            return List.of();
        }
        try (SqliteHistoryStore store = SqliteHistoryStore.openToRead(folder)) {
            return store.sessions().stream().filter(s -> catalogueId.equals(s.catalogueId())).toList();
        } catch (HistoryException e) {
            err.println("exercise-player: " + e.getMessage());
            return List.of();
        }
    }

    private static boolean windowOpen(SessionBus bus) {
        try {
            return bus.hasOwner(AppActivation.BUS_NAME);
        } catch (IOException e) {
            return false;
        }
    }

    /** The window to the front if it is open, else the app started. */
    private static void activate(SessionBus bus, List<String> appArguments, PrintStream err) {
        try {
            if (windowOpen(bus)) {
                bus.remote(AppActivation.BUS_NAME, AppActivation.PATH, AppActivation.class).Activate();
                return;
            }
            new ProcessBuilder(LaunchCommand.forThisProcess(appArguments)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | RuntimeException e) {
            err.println("exercise-player: could not open the app: " + e.getMessage());
        }
    }
}
