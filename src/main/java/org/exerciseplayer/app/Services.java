package org.exerciseplayer.app;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.exerciseplayer.audio.JavaFxSoundCues;
import org.exerciseplayer.audio.SoundCues;
import org.exerciseplayer.history.HistoryException;
import org.exerciseplayer.history.InMemoryHistoryStore;
import org.exerciseplayer.history.SqliteHistoryStore;
import org.exerciseplayer.history.OpenedHistory;
import org.exerciseplayer.platform.LazyScreenAwake;
import org.exerciseplayer.platform.ScreenAwake;
import org.exerciseplayer.session.Clock;
import org.exerciseplayer.session.SystemClock;
import org.exerciseplayer.settings.PropertiesSettings;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.player.FrameSource;

/**
 * The side effects the window uses, each behind a small interface so that tests can give their own: settings,
 * sound (made on first use, after the first frame), keeping the screen awake, a background thread for work that
 * may block, the clock the session runs on, where the player's frames come from, and the desktop's session bus
 * (notifications, the window's own name).
 */
public record Services(Settings settings, Supplier<SoundCues> sound, ScreenAwake screenAwake, Executor background,
                       Clock clock, Supplier<OpenedHistory> history, java.time.Clock wallClock, FrameSource frames,
                       Supplier<java.util.Optional<org.exerciseplayer.platform.SessionBus>> sessionBus) {

    /** Services with a history kept in memory and the system's wall clock, for tests: no frames come by themselves. */
    public Services(Settings settings, Supplier<SoundCues> sound, ScreenAwake screenAwake, Executor background,
                    Clock clock) {
        this(settings, sound, screenAwake, background, clock, once(() -> new OpenedHistory(
                new InMemoryHistoryStore(), java.util.Optional.empty())), java.time.Clock.systemDefaultZone());
    }

    /**
     * Services for tests with their own history and wall clock: no frames come by themselves, and there is no session
     * bus (no notifications).
     */
    public Services(Settings settings, Supplier<SoundCues> sound, ScreenAwake screenAwake, Executor background,
                    Clock clock, Supplier<OpenedHistory> history, java.time.Clock wallClock) {
        this(settings, sound, screenAwake, background, clock, history, wallClock, FrameSource.none(),
                java.util.Optional::empty);
    }

    /** The real services of the installed app. */
    public static Services forThisComputer(java.util.Optional<java.nio.file.Path> dataDirectory) {
        ExecutorService background = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "exercise-player-background");
            thread.setDaemon(true);
            return thread;
        });
        // One connection to the session bus for keep-awake, notifications and the window's own name; made (and
        // dbus-java loaded) on first use, after the first frame.
        Supplier<org.exerciseplayer.platform.SessionBus> bus = once(() ->
                org.exerciseplayer.platform.SessionBus.forThisProcess(java.time.Duration.ofSeconds(3)));
        return new Services(PropertiesSettings.forThisUser(), once(JavaFxSoundCues::start),
                new LazyScreenAwake(() -> ScreenAwake.forThisPlatform(bus.get())), background, SystemClock.INSTANCE,
                once(() -> openHistory(dataDirectory)),
                java.time.Clock.systemDefaultZone(), FrameSource.paced(javafx.application.Platform::runLater),
                () -> java.util.Optional.of(bus.get()));
    }

    /** The history on disk, or, where it cannot be used, one in memory with a note saying why. */
    static OpenedHistory openHistory(java.util.Optional<java.nio.file.Path> dataDirectory) {
        java.nio.file.Path folder = dataDirectory.orElseGet(SqliteHistoryStore::defaultDataDirectory);
        try {
            SqliteHistoryStore store = SqliteHistoryStore.open(folder);
            Runtime.getRuntime().addShutdownHook(new Thread(store::close, "history-close"));
            return new OpenedHistory(store, store.recoveryNote());
        } catch (HistoryException e) {
            System.err.println(e.getMessage());
            return new OpenedHistory(new InMemoryHistoryStore(), java.util.Optional.of(e.getMessage()));
        }
    }

    /** A supplier that makes its value on the first call and then returns the same one. */
    public static <T> Supplier<T> once(Supplier<T> maker) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = maker.get();
                }
                return value;
            }
        };
    }
}
