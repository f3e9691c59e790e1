package org.exerciseplayer.platform;

import java.util.Objects;

/**
 * Asks the operating system not to blank the screen or fall asleep while an exercise session runs.
 *
 * <p>Call {@link #hold(String)} when a session starts or resumes and {@link #release()} when it is paused,
 * stopped or finished, and when the app exits. Both are idempotent and thread-safe, and neither throws: when
 * no mechanism works the session simply carries on, {@link #status()} says why, and one line is logged.
 * {@link #hold(String)} talks to the desktop over D-Bus or starts a helper process. That normally takes
 * milliseconds, but a desktop service that does not answer costs up to a few seconds per mechanism tried, so
 * call it from a background thread (one thread for both calls, to keep their order), not the UI thread.
 *
 * <p>Whatever mechanism is used, the request ends with this process, even when the process is killed: a
 * D-Bus request belongs to our bus connection, and helper processes watch our process id and exit with it.
 */
public interface ScreenAwake {

    /** Keeps the screen awake until {@link #release()}; {@code reason} is shown by desktops that list holders. */
    void hold(String reason);

    /** Lets the screen sleep again. Does nothing if nothing is held. */
    void release();

    /** Whether the screen is being kept awake right now. */
    boolean isHeld();

    /** The mechanism in use (or last used), or why none is available. */
    Status status();

    /**
     * The mechanism for this operating system and desktop, probed in order on the first {@link #hold(String)}.
     * Each call returns a new instance and registers a shutdown hook that releases it.
     */
    static ScreenAwake forThisPlatform() {
        return forThisPlatform(SessionBus.forThisProcess(ScreenAwakeFactory.DEFAULT_TIMEOUT));
    }

    /** As {@link #forThisPlatform()}, asking the D-Bus services over the app's shared {@code bus}. */
    static ScreenAwake forThisPlatform(SessionBus bus) {
        ScreenAwake awake = ScreenAwakeFactory.forThisPlatform(bus).create();
        Runtime.getRuntime().addShutdownHook(new Thread(awake::release, "screen-awake-release"));
        return awake;
    }

    /** Which mechanism keeps the screen awake, or why none can. */
    record Status(Kind kind, String text) {

        /** What {@link Status#text()} describes. */
        public enum Kind {
            /** Nothing was asked for yet, so nothing was probed. */
            NOT_REQUESTED,
            /** {@code text} names the mechanism in use, or the last one used. */
            MECHANISM,
            /** {@code text} says why nothing can keep the screen awake. */
            UNAVAILABLE
        }

        public Status {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }

        static Status notRequested() {
            return new Status(Kind.NOT_REQUESTED, "not requested yet");
        }

        static Status mechanism(String name) {
            return new Status(Kind.MECHANISM, name);
        }

        static Status unavailable(String why) {
            return new Status(Kind.UNAVAILABLE, why);
        }

        public boolean isUnavailable() {
            return kind == Kind.UNAVAILABLE;
        }

        /** The mechanism's name, {@code "unavailable: <why>"}, or {@code "not requested yet"}. */
        @Override
        public String toString() {
            return kind == Kind.UNAVAILABLE ? "unavailable: " + text : text;
        }
    }
}
