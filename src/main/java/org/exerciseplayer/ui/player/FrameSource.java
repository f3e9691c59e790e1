package org.exerciseplayer.ui.player;

import javafx.animation.AnimationTimer;

/**
 * Where the player's frames come from: in the app, JavaFX's pulse (an {@link AnimationTimer}); in tests, none at all,
 * so that a test says when a frame happens ({@link PlayerViewModel#tick()}) and nothing reads the session behind
 * its back. The player starts its frames when it is shown and running, and stops them when it pauses or goes.
 */
public interface FrameSource {

    /** A new, stopped source of frames that will call {@code onFrame} once a frame while started. */
    Frames create(Runnable onFrame);

    /** One player's frames. */
    interface Frames {
        void start();

        void stop();

        /** Whether frames are coming now. */
        boolean isRunning();
    }

    /** Frames from JavaFX's pulse, about 60 a second while the window is drawn. */
    static FrameSource animationTimer() {
        return onFrame -> new Frames() {
            private boolean running;
            private final AnimationTimer timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    onFrame.run();
                }
            };

            @Override
            public void start() {
                running = true;
                timer.start();
            }

            @Override
            public void stop() {
                running = false;
                timer.stop();
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
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
}
