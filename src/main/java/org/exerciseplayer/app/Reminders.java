package org.exerciseplayer.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.history.SessionRecord;
import org.exerciseplayer.platform.AppActivation;
import org.exerciseplayer.platform.DesktopNotifier;
import org.exerciseplayer.platform.LaunchCommand;
import org.exerciseplayer.platform.LoginItem;
import org.exerciseplayer.platform.SessionBus;
import org.exerciseplayer.reminders.CalendarRequest;
import org.exerciseplayer.reminders.ReminderLoop;
import org.exerciseplayer.reminders.ReminderTexts;
import org.exerciseplayer.reminders.ReminderTimes;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.reminders.RemindersDialog;
import org.exerciseplayer.ui.reminders.RemindersViewModel;

/**
 * The window's reminders: a desktop notification at the person's times while the app runs (not once that slot's
 * session is done), clicking which brings the window to the front on home, ready to start; the window's name on
 * the session bus, so that the reminder mode leaves the reminding to it; the Reminders dialog; the calendar file;
 * and the login item. Started once the history is open (after the first frame): nothing of D-Bus loads before.
 */
final class Reminders {

    private final Stage stage;
    private final Settings settings;
    private final Supplier<Optional<SessionBus>> bus;
    private final Clock clock;
    private final FileDialogs dialogs;
    private final Runnable raise;
    private final Consumer<String> onDone;
    private final Consumer<String> onProblem;
    private ScheduledExecutorService timer;
    private DesktopNotifier notifier;
    private ReminderLoop loop;
    private volatile Catalogue catalogue;
    private volatile Optional<RoutineDocument> routine = Optional.empty();
    private volatile Supplier<List<SessionRecord>> sessions = List::of;
    private Optional<Path> file = Optional.empty();

    /** @param raise shows the window on home, ready to start (on the JavaFX thread) */
    Reminders(Stage stage, Settings settings, Supplier<Optional<SessionBus>> bus, Clock clock, FileDialogs dialogs,
              Runnable raise, Consumer<String> onDone, Consumer<String> onProblem) {
        this.stage = stage;
        this.settings = settings;
        this.bus = bus;
        this.clock = clock;
        this.dialogs = dialogs;
        this.raise = raise;
        this.onDone = onDone;
        this.onProblem = onProblem;
    }

    /** What is shown now: the reminders are for it. Call on any thread; the first call starts the notifications. */
    synchronized void showing(Catalogue shown, Optional<RoutineDocument> shownRoutine, Optional<Path> shownFile,
                              Supplier<List<SessionRecord>> history) {
        this.catalogue = shown;
        this.routine = shownRoutine;
        this.file = shownFile;
        this.sessions = history;
        if (loop == null && bus.get().isPresent()) {
            start(bus.get().get());
        } else if (loop != null) {
            loop.timesChanged();
        }
    }

    private void start(SessionBus sessionBus) {
        notifier = DesktopNotifier.forThisPlatform(sessionBus);
        notifier.onActivated(() -> Platform.runLater(raise));
        try {
            org.exerciseplayer.platform.AppActivationService.serve(sessionBus, () -> Platform.runLater(raise));
        } catch (IOException e) {
            // Another window has the name, or there is no bus: the reminder mode may remind twice, nothing worse.
        }
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "reminders");
            thread.setDaemon(true);
            return thread;
        });
        loop = new ReminderLoop(clock, (delay, task) -> {
            var scheduled = timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> scheduled.cancel(false);
        }, this::times, () -> sessions.get(), settings::isRemindersOn, slot -> {
            ReminderTexts texts = ReminderTexts.of(title(), slot, sessionLength(), CalendarRequest.locale(catalogue));
            notifier.show(texts.title(), texts.body(), texts.action());
        });
        loop.start();
    }

    private String title() {
        return routine.map(RoutineDocument::title).orElse(catalogue.title());
    }

    private Duration sessionLength() {
        return Duration.ofSeconds(Planner.plan(routine.map(RoutineDocument::routine)
                .orElseGet(() -> org.exerciseplayer.session.Routine.of(catalogue))).totalSeconds());
    }

    /** The person's times, or the defaults for what is shown. */
    ReminderTimes times() {
        ReminderTimes defaults = ReminderTimes.defaults(CalendarRequest.perDay(catalogue, routine));
        try {
            return settings.reminderTimes().map(ReminderTimes::parse).orElse(defaults);
        } catch (IllegalArgumentException e) {
            return defaults;
        }
    }

    /** The Reminders dialog (home's Reminders… button, progress, View > Reminders…). */
    void showDialog() {
        if (catalogue == null) {
            return;
        }
        RemindersViewModel model = new RemindersViewModel(settings,
                ReminderTimes.defaults(CalendarRequest.perDay(catalogue, routine)), new RemindersViewModel.Host() {
                    @Override
                    public void remindersChanged() {
                        synchronized (Reminders.this) {
                            if (loop != null) {
                                loop.timesChanged();
                            }
                        }
                    }

                    @Override
                    public Optional<String> remindWhenClosed(boolean on) {
                        return changeLoginItem(on);
                    }

                    @Override
                    public void exportCalendar(ReminderTimes times) {
                        saveCalendar(times);
                    }
                });
        RemindersDialog.create(model, stage).show();
    }

    private Optional<String> changeLoginItem(boolean on) {
        LoginItem item = LoginItem.forThisUser();
        try {
            if (on) {
                List<String> arguments = new ArrayList<>(List.of("--reminders"));
                file.ifPresent(f -> arguments.add(f.toAbsolutePath().toString()));
                item.install(LaunchCommand.forThisProcess(arguments), Messages.get("reminders.loginItem.name"),
                        Messages.get("reminders.loginItem.comment"));
            } else {
                item.remove();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Messages.get("reminders.whenClosed.failed", item.file(), e.getMessage()));
        }
    }

    private void saveCalendar(ReminderTimes times) {
        String name = Exports.fileName(title()).replace("-handout", "") + "-reminders.ics";
        dialogs.chooseSaveFile(Messages.get("reminders.calendar.title"), name,
                Messages.get("reminders.calendar.filter"), "*.ics").ifPresent(target -> {
                    String text = CalendarRequest.calendar(catalogue, routine, times, sessions.get(), clock);
                    try {
                        Exports.writeThroughTemporary(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
                        onDone.accept(Messages.get("export.saved", target));
                    } catch (IOException e) {
                        onProblem.accept(Messages.get("export.failed", target, e.getMessage()));
                    }
                });
    }

    synchronized void close() {
        if (loop != null) {
            loop.close();
        }
        if (timer != null) {
            timer.shutdownNow();
        }
        if (notifier != null) {
            notifier.close();
        }
    }
}
