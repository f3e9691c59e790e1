package org.exerciseplayer.platform;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Run in a child JVM by a test as a stand-in app: holds an inhibition on the bus given as the first argument,
 * prints its bus name, then waits (ending early if the test's JVM goes away and closes its input).
 */
public final class DbusHoldingApp {

    private DbusHoldingApp() {
    }

    public static void main(String[] args) throws Exception {
        DbusInhibitMechanism mechanism = new DbusInhibitMechanism(DbusInhibitMechanism.Service.FREEDESKTOP_SCREENSAVER,
                new SessionBus(() -> Path.of(args[0]), Duration.ofSeconds(5)));
        InhibitMechanism.Inhibition inhibition = mechanism.acquire("child app running");
        System.out.println("held " + inhibition.isActive());
        System.out.flush();
        while (System.in.read() >= 0) {
            // Wait to be killed.
        }
    }
}
