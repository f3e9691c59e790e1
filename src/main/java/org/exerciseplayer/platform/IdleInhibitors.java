package org.exerciseplayer.platform;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;

/** The desktops' idle-inhibition services on the session bus, as dbus-java proxies (and, in tests, as served). */
public final class IdleInhibitors {

    private IdleInhibitors() {
    }

    /** The freedesktop.org Idle Inhibition Service: KDE Plasma, Xfce, LXQt, Cinnamon, MATE and others. */
    @DBusInterfaceName("org.freedesktop.ScreenSaver")
    public interface ScreenSaver extends DBusInterface {
        UInt32 Inhibit(String applicationName, String reasonForInhibit);

        void UnInhibit(UInt32 cookie);
    }

    /** GNOME's session manager; flag 8 inhibits the session being marked idle. */
    @DBusInterfaceName("org.gnome.SessionManager")
    public interface GnomeSessionManager extends DBusInterface {
        UInt32 Inhibit(String appId, UInt32 toplevelXid, String reason, UInt32 flags);

        void Uninhibit(UInt32 inhibitCookie);
    }
}
