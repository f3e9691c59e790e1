package org.exerciseplayer.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.exerciseplayer.platform.DbusInhibitMechanism.Service;
import org.freedesktop.dbus.connections.AbstractConnection;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.types.UInt32;

/**
 * Plays a desktop's idle-inhibition service on a test bus (served with dbus-java), as real ones behave: a request
 * ends on Uninhibit or when the requesting connection leaves the bus.
 */
final class FakeInhibitService implements AutoCloseable {

    /** One Inhibit call: who sent it, its arguments (numbers as longs), the cookie given back. */
    record Request(String sender, List<Object> arguments, long cookie) {
    }

    private final DBusConnection connection;
    private final List<Request> requests = new ArrayList<>();
    private final Set<Long> uninhibited = new HashSet<>();
    private final Set<String> departed = new HashSet<>();
    private long nextCookie = 1000;

    private FakeInhibitService(DBusConnection connection) {
        this.connection = connection;
    }

    static FakeInhibitService start(Path socket, Service service) throws Exception {
        DBusConnection connection = DBusConnectionBuilder.forAddress("unix:path=" + socket).withShared(false)
                .build();
        FakeInhibitService fake = new FakeInhibitService(connection);
        connection.addSigHandler(DBus.NameOwnerChanged.class, signal -> {
            if (signal.newOwner.isEmpty()) {
                synchronized (fake) {
                    fake.departed.add(signal.name);
                }
            }
        });
        if (service == Service.FREEDESKTOP_SCREENSAVER) {
            connection.exportObject(service.path, fake.new ScreenSaver());
        } else {
            connection.exportObject(service.path, fake.new GnomeSessionManager());
        }
        connection.requestBusName(service.busName);
        return fake;
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Requests in force: not uninhibited, and their sender still on the bus. */
    synchronized List<Request> active() {
        return requests.stream()
                .filter(request -> !uninhibited.contains(request.cookie()) && !departed.contains(request.sender()))
                .toList();
    }

    synchronized Set<Long> uninhibited() {
        return Set.copyOf(uninhibited);
    }

    @Override
    public void close() throws IOException {
        connection.disconnect();
    }

    private synchronized UInt32 inhibit(List<Object> arguments) {
        long cookie = nextCookie++;
        requests.add(new Request(AbstractConnection.getCallInfo().getSource(), arguments, cookie));
        return new UInt32(cookie);
    }

    private synchronized void uninhibit(UInt32 cookie) {
        uninhibited.add(cookie.longValue());
    }

    private final class ScreenSaver implements IdleInhibitors.ScreenSaver {
        @Override
        public UInt32 Inhibit(String applicationName, String reasonForInhibit) {
            return inhibit(List.of(applicationName, reasonForInhibit));
        }

        @Override
        public void UnInhibit(UInt32 cookie) {
            uninhibit(cookie);
        }

        @Override
        public String getObjectPath() {
            return Service.FREEDESKTOP_SCREENSAVER.path;
        }
    }

    private final class GnomeSessionManager implements IdleInhibitors.GnomeSessionManager {
        @Override
        public UInt32 Inhibit(String appId, UInt32 toplevelXid, String reason, UInt32 flags) {
            return inhibit(List.of(appId, toplevelXid.longValue(), reason, flags.longValue()));
        }

        @Override
        public void Uninhibit(UInt32 inhibitCookie) {
            uninhibit(inhibitCookie);
        }

        @Override
        public String getObjectPath() {
            return Service.GNOME_SESSION_MANAGER.path;
        }
    }
}
