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
}
