package org.exerciseplayer.app;

import javafx.animation.AnimationTimer;

/**
 * Runs something on the JavaFX thread once the window shown last has drawn its first frame: for work the first
 * frame does not need, and for the start-up probe.
 */
final class AfterFirstFrame {

    private AfterFirstFrame() {
    }

    /**
     * Call on the JavaFX thread right after {@code stage.show()}. An animation timer runs on every pulse, before
     * that pulse's scene is drawn: its first call falls in the pulse that draws the shown window, its second in
     * the next pulse, which JavaFX starts once the previous frame has been handed to the renderer. So
     * {@code action} runs at most one pulse (about 16 ms) after the first frame.
     */
    static void run(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
