package org.exerciseplayer.platform;

import java.io.IOException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.UInt32;

/**
 * Asks the desktop's idle-inhibition service on the session bus, over the app's {@link SessionBus} connection
 * (dbus-java). The request belongs to that connection, which stays open while the app runs: a one-shot
 * {@code gdbus call} or {@code dbus-send} would be released the moment that tool exited. If the app dies, the
 * kernel closes the connection and the desktop drops the request.
 */
final class DbusInhibitMechanism implements InhibitMechanism {

    static final String APPLICATION_NAME = "Exercise Player";

    /** The services tried, in order. */
    enum Service {
        /** {@code Inhibit(application_name, reason) -> cookie}, {@code UnInhibit(cookie)}. */
        FREEDESKTOP_SCREENSAVER("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
        /** {@code Inhibit(app_id, toplevel_xid, reason, flags) -> cookie}, {@code Uninhibit(cookie)}. */
        GNOME_SESSION_MANAGER("org.gnome.SessionManager", "/org/gnome/SessionManager");

        static final long GNOME_INHIBIT_IDLE = 8;

        final String busName;
        final String path;

        Service(String busName, String path) {
            this.busName = busName;
            this.path = path;
        }

        UInt32 inhibit(SessionBus bus, String reason) throws IOException {
            if (this == FREEDESKTOP_SCREENSAVER) {
                return bus.remote(busName, path, IdleInhibitors.ScreenSaver.class).Inhibit(APPLICATION_NAME, reason);
            }
            return bus.remote(busName, path, IdleInhibitors.GnomeSessionManager.class)
                    .Inhibit(APPLICATION_NAME, new UInt32(0), reason, new UInt32(GNOME_INHIBIT_IDLE));
        }

        void uninhibit(SessionBus bus, UInt32 cookie) throws IOException {
            if (this == FREEDESKTOP_SCREENSAVER) {
                bus.remote(busName, path, IdleInhibitors.ScreenSaver.class).UnInhibit(cookie);
            } else {
                bus.remote(busName, path, IdleInhibitors.GnomeSessionManager.class).Uninhibit(cookie);
            }
        }
    }

    private final Service service;
    private final SessionBus bus;

    DbusInhibitMechanism(Service service, SessionBus bus) {
        this.service = service;
        this.bus = bus;
    }

    @Override
    public String name() {
        return "D-Bus " + service.busName;
    }

    @Override
    public Inhibition acquire(String reason) throws Unavailable {
        try {
            bus.connection();
        } catch (IOException e) {
            throw new Unavailable(e.getMessage());
        }
        try {
            UInt32 cookie = service.inhibit(bus, reason);
            if (cookie == null) {
                throw new Unavailable("Inhibit answered without a cookie");
            }
            return new BusInhibition(cookie);
        } catch (DBusExecutionException e) {
            throw new Unavailable(explain(e));
        } catch (IOException | RuntimeException e) {
            throw new Unavailable("Inhibit failed: " + SessionBus.message(e));
        }
    }

    private static String explain(DBusExecutionException failure) {
        switch (SessionBus.errorName(failure)) {
            case "org.freedesktop.DBus.Error.ServiceUnknown":
            case "org.freedesktop.DBus.Error.NameHasNoOwner":
                return "no such service on the session bus";
            case "org.freedesktop.DBus.Error.UnknownMethod":
            case "org.freedesktop.DBus.Error.UnknownObject":
            case "org.freedesktop.DBus.Error.UnknownInterface":
                return "the service does not offer Inhibit";
            default:
                return "Inhibit failed: " + SessionBus.message(failure);
        }
    }

    private final class BusInhibition implements Inhibition {

        private final UInt32 cookie;
        private boolean released;

        BusInhibition(UInt32 cookie) {
            this.cookie = cookie;
        }

        @Override
        public synchronized boolean isActive() {
            return !released && bus.isConnected();
        }

        /** Uninhibits; if that fails, the request still ends when the connection closes with the app. */
        @Override
        public synchronized void release() {
            if (released) {
                return;
            }
            released = true;
            if (!bus.isConnected()) {
                return; // the connection, and the request with it, is gone already
            }
            try {
                service.uninhibit(bus, cookie);
            } catch (IOException | RuntimeException e) {
                // The bus is gone or the service with it: either way nothing is held any more.
            }
        }
    }
}
