package org.exerciseplayer.platform;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * Notifications through {@code org.freedesktop.Notifications} on the app's {@link SessionBus}: one notification
 * at a time (a new one replaces the last), with a "default" action (clicking it) and a named one, both of which run
 * {@link #onActivated}. It stays until the person dismisses it (a reminder that vanishes after five seconds is
 * easily missed from the floor): urgency normal, no expiry.
 */
final class DbusNotifier implements DesktopNotifier {

    static final String APP_NAME = "Exercise Player";
    /** The freedesktop.org icon name of the app's desktop entry; desktops fall back to a generic one. */
    static final String ICON = "exercise-player";

    private final SessionBus bus;
    private volatile Runnable activated = () -> { };
    private volatile long lastId;
    private AutoCloseable listening;
    private String status = "not used yet";

    DbusNotifier(SessionBus bus) {
        this.bus = bus;
    }

    @Override
    public synchronized boolean show(String title, String body, String action) {
        try {
            listen();
            Notifications service = bus.remote(Notifications.BUS_NAME, Notifications.PATH, Notifications.class);
            Map<String, Variant<?>> hints = Map.of("urgency", new Variant<>((byte) 1),
                    "desktop-entry", new Variant<>(ICON), "category", new Variant<>("reminder"));
            UInt32 id = service.Notify(APP_NAME, new UInt32(lastId), ICON, title, body,
                    List.of("default", action, "start", action), hints, 0);
            lastId = id.longValue();
            status = "D-Bus " + Notifications.BUS_NAME;
            return true;
        } catch (IOException | DBusExecutionException e) {
            status = "D-Bus " + Notifications.BUS_NAME + ": " + SessionBus.message(e);
            return false;
        }
    }

    /** Listens for the person's click once, on the first notification (the bus connection may open then). */
    private void listen() throws IOException {
        if (listening == null) {
            listening = bus.onSignal(Notifications.ActionInvoked.class, signal -> {
                if (signal.id.longValue() == lastId) {
                    activated.run();
                }
            });
        }
    }

    @Override
    public void onActivated(Runnable action) {
        this.activated = action;
    }

    @Override
    public synchronized String status() {
        return status;
    }

    /** Stops listening; the notification itself stays with the desktop. */
    @Override
    public synchronized void close() {
        if (listening != null) {
            try {
                listening.close();
            } catch (Exception e) {
                // The connection is going anyway.
            }
            listening = null;
        }
    }
}
