package org.exerciseplayer.platform;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;

/**
 * What the running window offers on the session bus, under {@link #BUS_NAME}: so that the reminder mode knows the
 * window is open (and leaves the reminding to it), and can bring it to the front when its notification is clicked.
 */
@DBusInterfaceName("org.exerciseplayer.ExercisePlayer")
public interface AppActivation extends DBusInterface {

    String BUS_NAME = "org.exerciseplayer.ExercisePlayer";
    String PATH = "/org/exerciseplayer/ExercisePlayer";

    /** Shows the window, at the front, on home and ready to start (unless a session is under way). */
    void Activate();

    /**
     * Serves {@code activate} as this interface on {@code bus} under {@link #BUS_NAME}. Here rather than in the
     * window's code, so that nothing of dbus-java loads with the window's classes before its first frame.
     */
    static void serve(SessionBus bus, Runnable activate) throws java.io.IOException {
        bus.export(PATH, new AppActivation() {
            @Override
            public void Activate() {
                activate.run();
            }

            @Override
            public String getObjectPath() {
                return PATH;
            }
        });
        bus.requestName(BUS_NAME);
    }
}
