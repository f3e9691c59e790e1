package org.exerciseplayer.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exerciseplayer.platform.DbusInhibitMechanism.Service;

/**
 * Plays a desktop's idle-inhibition service on a test bus, as real ones behave: a request ends on Uninhibit
 * or when the requesting connection leaves the bus.
 */
final class FakeInhibitService implements AutoCloseable {

    /** One Inhibit call: who sent it, its arguments, the cookie given back. */
    record Request(String sender, List<Object> arguments, long cookie) {
    }

    private final Service service;
    private final DbusConnection connection;
    private final Thread loop;
    private final List<Request> requests = new ArrayList<>();
    private final Set<Long> uninhibited = new HashSet<>();
    private final Set<String> departed = new HashSet<>();
    private volatile boolean running = true;
    private long nextCookie = 1000;

    private FakeInhibitService(Service service, DbusConnection connection) {
        this.service = service;
        this.connection = connection;
        this.loop = new Thread(this::serve, "fake-" + service.busName);
        loop.setDaemon(true);
    }

    static FakeInhibitService start(Path socket, Service service) throws IOException {
        DbusConnection connection = DbusConnection.open(socket, Duration.ofSeconds(5));
        long doNotQueue = 4;
        long primaryOwner = 1;
        DbusMessage owned = connection.call(DbusConnection.BUS_NAME, "/org/freedesktop/DBus",
                DbusConnection.BUS_NAME, "RequestName", "su", service.busName, doNotQueue);
        if (owned.bodyReader().uint32() != primaryOwner) {
            throw new IOException("could not own " + service.busName);
        }
        connection.call(DbusConnection.BUS_NAME, "/org/freedesktop/DBus", DbusConnection.BUS_NAME, "AddMatch", "s",
                "type='signal',sender='org.freedesktop.DBus',member='NameOwnerChanged'");
        FakeInhibitService fake = new FakeInhibitService(service, connection);
        fake.loop.start();
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
    public void close() throws InterruptedException {
        running = false;
        loop.join(2000);
        connection.close();
    }

    private void serve() {
        try {
            while (running) {
                DbusMessage message = connection.receive(Duration.ofMillis(50));
                if (message != null) {
                    handle(message);
                }
            }
        } catch (IOException e) {
            running = false;
        }
    }

    private void handle(DbusMessage message) throws IOException {
        if (message.type() == DbusMessage.SIGNAL && "NameOwnerChanged".equals(message.member())) {
            DbusMessage.Reader body = message.bodyReader();
            String name = body.string();
            body.string();
            if (body.string().isEmpty()) {
                synchronized (this) {
                    departed.add(name);
                }
            }
            return;
        }
        if (message.type() != DbusMessage.METHOD_CALL) {
            return;
        }
        DbusMessage.Reader body = message.bodyReader();
        if ("Inhibit".equals(message.member())) {
            List<Object> arguments = new ArrayList<>();
            for (char type : message.signature().toCharArray()) {
                arguments.add(type == 'u' ? (Object) body.uint32() : body.string());
            }
            long cookie;
            synchronized (this) {
                cookie = nextCookie++;
                requests.add(new Request(message.sender(), arguments, cookie));
            }
            reply(message, "u", cookie);
        } else if (service.uninhibitMember.equals(message.member())) {
            synchronized (this) {
                uninhibited.add(body.uint32());
            }
            if ((message.flags() & DbusMessage.FLAG_NO_REPLY_EXPECTED) == 0) {
                reply(message, "");
            }
        } else {
            connection.send(DbusMessage.ERROR, 0, Map.of(DbusMessage.FIELD_REPLY_SERIAL, message.serial(),
                    DbusMessage.FIELD_DESTINATION, message.sender(),
                    DbusMessage.FIELD_ERROR_NAME, "org.freedesktop.DBus.Error.UnknownMethod"), "s",
                    "no method " + message.member());
        }
    }

    private void reply(DbusMessage call, String signature, Object... values) throws IOException {
        connection.send(DbusMessage.METHOD_RETURN, 0, Map.of(DbusMessage.FIELD_REPLY_SERIAL, call.serial(),
                DbusMessage.FIELD_DESTINATION, call.sender()), signature, values);
    }
}
