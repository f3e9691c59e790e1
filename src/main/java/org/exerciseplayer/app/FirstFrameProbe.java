package org.exerciseplayer.app;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The start-up probe behind {@code --exit-after-first-frame}: once the window shown last has drawn its first
 * frame, prints {@code first-frame-ms=<milliseconds since the process started>} and quits. The bare hello-world
 * in {@code bench/} that serves as the floor uses the same probe, so both are measured the same way.
 */
public final class FirstFrameProbe {

    /** The line the probe prints, followed by the milliseconds. */
    public static final String PREFIX = "first-frame-ms=";

    private FirstFrameProbe() {
    }

    /**
     * Call on the JavaFX thread right after {@code stage.show()}. An animation timer runs on every pulse, before
     * that pulse's scene is drawn: its first call falls in the pulse that draws the shown window, its second in
     * the next pulse, which JavaFX starts once the previous frame has been handed to the renderer. So the time
     * printed is at most one pulse (about 16 ms) after the frame, in the app and the floor alike.
     */
    public static void exitAfterFirstFrame() {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    System.out.println(PREFIX + millisSinceProcessStart());
                    System.out.flush();
                    Platform.exit();
                }
            }
        }.start();
    }

    /** Since the operating system started the process (which includes starting the JVM), where it says. */
    static long millisSinceProcessStart() {
        long now = System.currentTimeMillis();
        return ProcessHandle.current().info().startInstant().map(start -> now - start.toEpochMilli())
                .orElseGet(() -> now - ManagementFactory.getRuntimeMXBean().getStartTime());
    }
}
