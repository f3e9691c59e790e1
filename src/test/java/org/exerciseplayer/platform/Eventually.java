package org.exerciseplayer.platform;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded polling for things that happen in other processes, where there is nothing to wait on. */
public final class Eventually {

    private Eventually() {
    }

    public static void within(Duration limit, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Not true within " + limit.toMillis() + " ms: " + what);
            }
            Thread.sleep(20);
        }
    }
}
