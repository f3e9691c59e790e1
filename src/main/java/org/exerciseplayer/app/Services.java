package org.exerciseplayer.app;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.exerciseplayer.audio.JavaFxSoundCues;
import org.exerciseplayer.audio.SoundCues;
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
 * may block, the clock the session runs on, where the player's frames come from, the desktop's session bus
 * (notifications, the window's own name), and the voice coach's speech engine (found on first use).
 */
public record Services(Settings settings, Supplier<SoundCues> sound, ScreenAwake screenAwake, Executor background,
                       Clock clock, Supplier<OpenedHistory> history, java.time.Clock wallClock, FrameSource frames,
                       Supplier<java.util.Optional<org.exerciseplayer.platform.SessionBus>> sessionBus,
                       Supplier<org.exerciseplayer.voice.Voice> voice) {

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
                java.util.Optional::empty, once(() -> org.exerciseplayer.voice.Voice.silent(sound)));
    }

    /** These services with another voice (a test's fake engine). */
    public Services withVoice(Supplier<org.exerciseplayer.voice.Voice> otherVoice) {
        return new Services(settings, sound, screenAwake, background, clock, history, wallClock, frames, sessionBus,
                otherVoice);
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
        Supplier<SoundCues> sound = once(JavaFxSoundCues::start);
        return new Services(PropertiesSettings.forThisUser(), sound,
                new LazyScreenAwake(() -> ScreenAwake.forThisPlatform(bus.get())), background, SystemClock.INSTANCE,
                once(() -> openHistory(dataDirectory)),
                java.time.Clock.systemDefaultZone(), FrameSource.animationTimer(), () -> java.util.Optional.of(bus.get()),
                once(() -> org.exerciseplayer.voice.Voice.forThisComputer(sound, SystemClock.INSTANCE)));
    }

    /**
     * The history on disk; where it cannot be written, what can be read of it, with this run's sessions in memory and
     * a note saying why (see {@link OpenedHistory#open}).
     */
    static OpenedHistory openHistory(java.util.Optional<java.nio.file.Path> dataDirectory) {
        java.nio.file.Path folder = dataDirectory.orElseGet(SqliteHistoryStore::defaultDataDirectory);
        OpenedHistory opened = OpenedHistory.open(folder);
        Runtime.getRuntime().addShutdownHook(new Thread(opened.store()::close, "history-close"));
        opened.note().ifPresent(System.err::println);
        return opened;
    }

    /**
     * Ends what these services made and hold open, when the app exits: the sound cues (whose files are in the
     * temporary folder) and the history. What was never made is not made now; what a test gave is the test's own.
     */
    public void close() {
        if (sound instanceof Once<SoundCues> made) {
            made.ifMade(cues -> {
                if (cues instanceof AutoCloseable closeable) {
                    try {
                        closeable.close();
                    } catch (Exception e) {
                        // Exiting anyway.
                    }
                }
            });
        }
        if (history instanceof Once<OpenedHistory> made) {
            made.ifMade(opened -> opened.store().close());
        }
    }

    /** A supplier that makes its value on the first call and then returns the same one. */
    public static <T> Supplier<T> once(Supplier<T> maker) {
        return new Once<>(maker);
    }

    /** Made on the first call, the same after; {@link #ifMade} looks without making it. */
    static final class Once<T> implements Supplier<T> {
        private final Supplier<T> maker;
        private T value;

        Once(Supplier<T> maker) {
            this.maker = maker;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = maker.get();
            }
            return value;
        }

        synchronized void ifMade(java.util.function.Consumer<T> use) {
            if (value != null) {
                use.accept(value);
            }
        }
    }
}
