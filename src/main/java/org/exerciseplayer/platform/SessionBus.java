package org.exerciseplayer.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.interfaces.DBusSigHandler;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.messages.MethodCall;

/**
 * The app's one connection to the desktop's session bus (dbus-java), opened on first use and again after it was
 * lost. Keeping the screen awake and desktop notifications use it; the MPRIS player ({@link MprisPlayer})
 * {@link #export}s its object, {@link #requestName}s its name and {@link #send}s its signals on it too. What a
 * desktop service holds for us on this connection (an inhibition, a notification's actions, the player's name) ends
 * when it closes, and the kernel closes it if the process dies.
 *
 * <p>Nothing here is touched before the window's first frame: the first call to {@link #connection()} loads
 * dbus-java. Thread-safe.
 */
public final class SessionBus implements AutoCloseable {

    /** Finds the session bus's socket, or says why there is none (a message for logs and status text). */
    @FunctionalInterface
    public interface Locator {
        Path socket() throws IOException;
    }

    /** dbus-java says "Using transport …" at INFO on every connection: only its warnings reach the log. */
    private static final java.util.logging.Logger DBUS_JAVA_LOG = java.util.logging.Logger.getLogger("org.freedesktop.dbus");

    static {
        DBUS_JAVA_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final Locator locator;
    private final Duration timeout;
    private DBusConnection connection;

    /**
     * @param timeout how long connecting, and each call, may take (a missing service fails at once; a hung one
     *                costs this)
     */
    public SessionBus(Locator locator, Duration timeout) {
        this.locator = locator;
        this.timeout = timeout;
    }

    /** The session bus of this process's environment ({@code DBUS_SESSION_BUS_ADDRESS}, else the runtime folder's). */
    public static SessionBus forThisProcess(Duration timeout) {
        return forEnvironment(System.getenv(), timeout);
    }

    static SessionBus forEnvironment(Map<String, String> environment, Duration timeout) {
        return new SessionBus(() -> {
            try {
                return DbusAddress.sessionBusSocket(environment);
            } catch (InhibitMechanism.Unavailable e) {
                throw new IOException(e.getMessage(), e);
            }
        }, timeout);
    }

    /** The connection, opened (or opened again) if need be. */
    public synchronized DBusConnection connection() throws IOException {
        if (connection != null && connection.isConnected()) {
            return connection;
        }
        Path socket = locator.socket();
        try {
            MethodCall.setDefaultTimeout(timeout.toMillis());
            connection = DBusConnectionBuilder.forAddress("unix:path=" + socket).withShared(false)
                    .transportConfig().withTimeout((int) timeout.toMillis()).back()
                    .build();
            return connection;
        } catch (DBusException | RuntimeException e) {
            connection = null;
            throw new IOException("cannot use the session bus at " + socket + ": " + message(e), e);
        }
    }

    /** Whether a connection is open now (without opening one). */
    public synchronized boolean isConnected() {
        return connection != null && connection.isConnected();
    }

    /** A proxy for {@code path} of {@code busName}; calls on it go over this connection. */
    public <T extends DBusInterface> T remote(String busName, String path, Class<T> type) throws IOException {
        try {
            return connection().getRemoteObject(busName, path, type);
        } catch (DBusException e) {
            throw new IOException(busName + path + ": " + message(e), e);
        }
    }

    /** Serves {@code object} at {@code path} on this connection (an MPRIS player: /org/mpris/MediaPlayer2). */
    public void export(String path, DBusInterface object) throws IOException {
        try {
            connection().exportObject(path, object);
        } catch (DBusException e) {
            throw new IOException("cannot serve " + path + ": " + message(e), e);
        }
    }

    /** Takes a well-known name (for MPRIS, {@code org.mpris.MediaPlayer2.exercise_player}); fails if another has it. */
    public void requestName(String name) throws IOException {
        try {
            connection().requestBusName(name);
        } catch (DBusException | DBusExecutionException e) {
            throw new IOException("cannot own " + name + ": " + message(e), e);
        }
    }

    /** Sends a signal from this connection (an MPRIS player's {@code PropertiesChanged}). */
    public void send(DBusSignal signal) throws IOException {
        connection().sendMessage(signal);
    }

    /** Gives up {@code name} and stops serving {@code path}, if this connection still has them. */
    public synchronized void release(String name, String path) {
        if (connection == null || !connection.isConnected()) {
            return;
        }
        connection.unExportObject(path);
        try {
            connection.releaseBusName(name);
        } catch (DBusException | DBusExecutionException e) {
            // The name goes with the connection anyway.
        }
    }

    /** Whether some connection on the bus owns {@code name} (another copy of the app, a desktop service). */
    public boolean hasOwner(String name) throws IOException {
        try {
            return connection().getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus",
                    org.freedesktop.dbus.interfaces.DBus.class).NameHasOwner(name);
        } catch (DBusException | DBusExecutionException e) {
            throw new IOException("cannot ask who owns " + name + ": " + message(e), e);
        }
    }

    /** Calls {@code handler} (on dbus-java's thread) for each such signal; closing the result stops it. */
    public <T extends DBusSignal> AutoCloseable onSignal(Class<T> type, DBusSigHandler<T> handler) throws IOException {
        try {
            return connection().addSigHandler(type, handler);
        } catch (DBusException e) {
            throw new IOException("cannot listen for " + type.getSimpleName() + ": " + message(e), e);
        }
    }

    /** The D-Bus error's name and text, or the exception's message. */
    static String message(Throwable e) {
        if (e instanceof DBusExecutionException execution) {
            String type = errorName(execution);
            String detail = e.getMessage();
            return detail == null || detail.isBlank() || detail.equals(type) ? type : type + ": " + detail;
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * The D-Bus error name of a failed call, such as {@code org.freedesktop.DBus.Error.ServiceUnknown}. dbus-java
     * throws the bus's own errors as classes of {@code org.freedesktop.dbus.errors}, named for them.
     */
    public static String errorName(DBusExecutionException e) {
        String type = e.getType() != null ? e.getType() : e.getClass().getName();
        String javaErrors = "org.freedesktop.dbus.errors.";
        return type.startsWith(javaErrors) ? "org.freedesktop.DBus.Error." + type.substring(javaErrors.length()) : type;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.disconnect();
            connection = null;
        }
    }
}
