package org.exerciseplayer.ui.player;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Where the player's frames come from: in the app, {@link #paced(Executor)}, each frame when the one before asked
 * for it ({@link FramePacing}), on the JavaFX thread; in tests, none at all, so that a test says when a frame happens
 * ({@link PlayerViewModel#tick()}) and nothing reads the session behind its back. The player starts its frames when
 * it is shown and running, stops them when it pauses or goes, and wakes them when a command changed what is shown.
 */
public interface FrameSource {

    /**
     * A new, stopped source of frames that will call {@code onFrame} once a frame while started; {@code onFrame}
     * returns the nanoseconds until the next frame is wanted.
     */
    Frames create(LongSupplier onFrame);

    /** One player's frames. */
    interface Frames {
        void start();

        void stop();

        /** Something changed (a key, a new phase): the next frame comes now rather than when it was due. */
        default void wake() {
        }

        /** Whether frames are coming now. */
        boolean isRunning();
    }

    /**
     * Frames at the pace each frame asks for, from a timer thread handing them to {@code uiThread}: between two
     * frames nothing runs and JavaFX, with nothing changed, draws nothing. (An {@code AnimationTimer} or any JavaFX
     * animation would keep the toolkit pulsing 60 times a second.)
     */
    static FrameSource paced(Executor uiThread) {
        return onFrame -> new PacedFrames(onFrame, uiThread, PacedFrames.TIMER);
    }

    /** No frames at all: whoever drives the session calls {@link PlayerViewModel#tick()} itself. */
    static FrameSource none() {
        return onFrame -> new Frames() {
            private boolean running;

            @Override
            public void start() {
                running = true;
            }

            @Override
            public void stop() {
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }

    /** {@link #paced}'s frames. Started, stopped and woken on the UI thread. */
    final class PacedFrames implements Frames {

        static final ScheduledExecutorService TIMER = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
                task -> {
                    Thread thread = new Thread(task, "player-frames");
                    thread.setDaemon(true);
                    return thread;
                });

        private static final long SOONEST_NANOS = 1_000_000;
        private static final long LATEST_NANOS = 1_000_000_000;

        private final LongSupplier onFrame;
        private final Executor uiThread;
        private final ScheduledExecutorService timer;
        private boolean running;
        /** Counts schedules, so that a frame asked for before a stop or a wake does nothing when it comes. */
        private long generation;
        private ScheduledFuture<?> pending;

        PacedFrames(LongSupplier onFrame, Executor uiThread, ScheduledExecutorService timer) {
            this.onFrame = onFrame;
            this.uiThread = uiThread;
            this.timer = timer;
        }

        @Override
        public void start() {
            if (!running) {
                running = true;
                schedule(0);
            }
        }

        @Override
        public void stop() {
            running = false;
            generation++;
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
        }

        @Override
        public void wake() {
            if (running) {
                schedule(0);
            }
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        private void schedule(long delayNanos) {
            long mine = ++generation;
            if (pending != null) {
                pending.cancel(false);
            }
            pending = timer.schedule(() -> uiThread.execute(() -> frame(mine)), delayNanos, TimeUnit.NANOSECONDS);
        }

        private void frame(long mine) {
            if (!running || mine != generation) {
                return;
            }
            long next = onFrame.getAsLong();
            if (running && mine == generation) {
                schedule(Math.max(SOONEST_NANOS, Math.min(LATEST_NANOS, next)));
            }
        }
    }
}
