package org.exerciseplayer.platform;

import java.io.IOException;

/**
 * Serves {@link AppActivation} for the window. A class of its own, not a static method of the interface (dbus-java
 * would try to export it), and not in the window's code, so that nothing of dbus-java loads with the window's
 * classes before its first frame.
 */
public final class AppActivationService {

    private AppActivationService() {
    }

    /** Serves {@code activate} on {@code bus} as {@link AppActivation#BUS_NAME}. */
    public static void serve(SessionBus bus, Runnable activate) throws IOException {
        bus.export(AppActivation.PATH, new AppActivation() {
            @Override
            public void Activate() {
                activate.run();
            }

            @Override
            public String getObjectPath() {
                return AppActivation.PATH;
            }
        });
        bus.requestName(AppActivation.BUS_NAME);
    }
}
