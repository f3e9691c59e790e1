package org.exerciseplayer.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Asks the desktop's idle-inhibition service on the session bus. The request belongs to our bus connection,
 * so this mechanism keeps its own connection open while holding: a one-shot {@code gdbus call} or
 * {@code dbus-send} would be released the moment that tool exited. If the app dies, the kernel closes the
 * connection and the desktop drops the request.
 */
final class DbusInhibitMechanism implements InhibitMechanism {

    static final String APPLICATION_NAME = "Exercise Player";

    /** The services tried, in order. */
    enum Service {
        /**
         * The freedesktop.org Idle Inhibition Service: KDE Plasma, Xfce, LXQt, Cinnamon, MATE and others.
         * {@code Inhibit(application_name, reason) -> cookie}, {@code UnInhibit(cookie)}.
         */
        FREEDESKTOP_SCREENSAVER("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver", "UnInhibit"),
        /**
         * GNOME's session manager. {@code Inhibit(app_id, toplevel_xid, reason, flags) -> cookie},
         * {@code Uninhibit(cookie)}; flag 8 inhibits the session being marked idle.
         */
        GNOME_SESSION_MANAGER("org.gnome.SessionManager", "/org/gnome/SessionManager",
                "org.gnome.SessionManager", "Uninhibit");

        static final long GNOME_INHIBIT_IDLE = 8;

        final String busName;
        final String path;
        final String interfaceName;
        final String uninhibitMember;

        Service(String busName, String path, String interfaceName, String uninhibitMember) {
            this.busName = busName;
            this.path = path;
            this.interfaceName = interfaceName;
            this.uninhibitMember = uninhibitMember;
        }

        long inhibit(DbusConnection connection, String reason) throws IOException {
            DbusMessage reply = this == FREEDESKTOP_SCREENSAVER
                    ? connection.call(busName, path, interfaceName, "Inhibit", "ss", APPLICATION_NAME, reason)
                    : connection.call(busName, path, interfaceName, "Inhibit", "susu", APPLICATION_NAME, 0L, reason,
                            GNOME_INHIBIT_IDLE);
            if (!reply.signature().equals("u")) {
                throw new IOException("Inhibit answered with (" + reply.signature() + "), expected a cookie (u)");
            }
            return reply.bodyReader().uint32();
        }
    }

    /** Finds the session bus, or says why there is none. */
    @FunctionalInterface
    interface BusLocator {
        Path sessionBusSocket() throws Unavailable;
    }

    private final Service service;
    private final BusLocator bus;
    private final Duration timeout;

    DbusInhibitMechanism(Service service, BusLocator bus, Duration timeout) {
        this.service = service;
        this.bus = bus;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "D-Bus " + service.busName;
    }

    @Override
    public Inhibition acquire(String reason) throws Unavailable {
        Path socket = bus.sessionBusSocket();
        DbusConnection connection;
        try {
            connection = DbusConnection.open(socket, timeout);
        } catch (IOException | RuntimeException e) {
            throw new Unavailable("cannot use the session bus at " + socket + ": " + e.getMessage());
        }
        try {
            return new BusInhibition(connection, service.inhibit(connection, reason));
        } catch (DbusConnection.CallFailed e) {
            connection.close();
            throw new Unavailable(explain(e));
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw new Unavailable("Inhibit failed: " + e.getMessage());
        }
    }

    private String explain(DbusConnection.CallFailed failure) {
        switch (failure.errorName()) {
            case "org.freedesktop.DBus.Error.ServiceUnknown":
            case "org.freedesktop.DBus.Error.NameHasNoOwner":
                return "no such service on the session bus";
            case "org.freedesktop.DBus.Error.UnknownMethod":
            case "org.freedesktop.DBus.Error.UnknownObject":
            case "org.freedesktop.DBus.Error.UnknownInterface":
                return "the service does not offer Inhibit";
            default:
                return "Inhibit failed: " + failure.getMessage();
        }
    }

    private final class BusInhibition implements Inhibition {

        private final DbusConnection connection;
        private final long cookie;
        private boolean released;

        BusInhibition(DbusConnection connection, long cookie) {
            this.connection = connection;
            this.cookie = cookie;
        }

        @Override
        public synchronized boolean isActive() {
            return !released && connection.isOpen();
        }

        /** Uninhibits politely, then closes; closing alone would also end the request. */
        @Override
        public synchronized void release() {
            if (released) {
                return;
            }
            released = true;
            try {
                connection.callWithoutReply(service.busName, service.path, service.interfaceName,
                        service.uninhibitMember, "u", cookie);
            } catch (IOException | RuntimeException e) {
                // Closing the connection below ends the request anyway.
            }
            connection.close();
        }
    }
}
