package org.exerciseplayer.app;

import java.lang.management.ManagementFactory;
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

    /** Call on the JavaFX thread right after {@code stage.show()}; see {@link AfterFirstFrame#run}. */
    public static void exitAfterFirstFrame() {
        AfterFirstFrame.run(() -> {
            System.out.println(PREFIX + millisSinceProcessStart());
            System.out.flush();
            Platform.exit();
        });
    }

    /** Since the operating system started the process (which includes starting the JVM), where it says. */
    static long millisSinceProcessStart() {
        long now = System.currentTimeMillis();
        return ProcessHandle.current().info().startInstant().map(start -> now - start.toEpochMilli())
                .orElseGet(() -> now - ManagementFactory.getRuntimeMXBean().getStartTime());
    }
}
