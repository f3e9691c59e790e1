package org.exerciseplayer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Notifications against a real dbus-daemon, with a stand-in notification server as desktops run one. */
@EnabledOnOs({OS.LINUX, OS.FREEBSD, OS.OPENBSD})
class DbusNotifierTest {

    @TempDir
    Path temp;
    private TestBus bus;
    private DBusConnection server;
    private final List<List<Object>> shown = new ArrayList<>();
    private final AtomicInteger nextId = new AtomicInteger(41);

    @BeforeEach
    void start() throws Exception {
        bus = TestBus.start(temp);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.disconnect();
        }
        bus.close();
    }

    /** Serves org.freedesktop.Notifications, recording each Notify. */
    private void startServer() throws Exception {
        server = DBusConnectionBuilder.forAddress(bus.address()).withShared(false).build();
        server.exportObject(Notifications.PATH, new Notifications() {
            @Override
            public UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
                                 List<String> actions, Map<String, Variant<?>> hints, int expireTimeout) {
                synchronized (shown) {
                    shown.add(List.of(appName, replacesId.longValue(), summary, body, actions,
                            hints.get("urgency").getValue(), expireTimeout));
                }
                return new UInt32(replacesId.longValue() != 0 ? replacesId.longValue() : nextId.incrementAndGet());
            }

            @Override
            public void CloseNotification(UInt32 id) {
            }

            @Override
            public List<String> GetCapabilities() {
                return List.of("actions", "body");
            }

            @Override
            public String getObjectPath() {
                return Notifications.PATH;
            }
        });
        server.requestBusName(Notifications.BUS_NAME);
    }

    @Test
    void aReminderIsShownWithItsActionAndClickingItActivatesTheApp() throws Exception {
        startServer();
        SessionBus session = new SessionBus(bus::socket, Duration.ofSeconds(3));
        DbusNotifier notifier = new DbusNotifier(session);
        AtomicInteger activations = new AtomicInteger();
        notifier.onActivated(activations::incrementAndGet);

        assertThat(notifier.show("Time for your exercises", "Hip exercises: the 18:00 session", "Start now"))
                .isTrue();

        assertThat(shown).singleElement().isEqualTo(List.of("Exercise Player", 0L, "Time for your exercises",
                "Hip exercises: the 18:00 session", List.of("default", "Start now", "start", "Start now"), (byte) 1,
                0));
        assertThat(notifier.status()).isEqualTo("D-Bus org.freedesktop.Notifications");

        server.sendMessage(new Notifications.ActionInvoked(Notifications.PATH, new UInt32(7), "default"));
        server.sendMessage(new Notifications.ActionInvoked(Notifications.PATH, new UInt32(42), "start"));
        Eventually.within(Duration.ofSeconds(5), "the click reached the app", () -> activations.get() == 1);

        notifier.show("Time for your exercises", "again", "Start now");
        assertThat(shown.get(1).get(1)).as("the second replaces the first").isEqualTo(42L);
        notifier.close();
        session.close();
    }

    @Test
    void withoutANotificationServerItSaysWhyAndGoesOn() {
        DbusNotifier notifier = new DbusNotifier(new SessionBus(bus::socket, Duration.ofSeconds(3)));

        assertThat(notifier.show("t", "b", "a")).isFalse();
        assertThat(notifier.status()).contains("org.freedesktop.Notifications").contains("ServiceUnknown");
    }

    @Test
    void theWindowIsFoundOnTheBusByItsName() throws Exception {
        SessionBus window = new SessionBus(bus::socket, Duration.ofSeconds(3));
        SessionBus reminderMode = new SessionBus(bus::socket, Duration.ofSeconds(3));
        AtomicInteger raised = new AtomicInteger();

        assertThat(reminderMode.hasOwner(AppActivation.BUS_NAME)).isFalse();
        AppActivationService.serve(window, raised::incrementAndGet);

        assertThat(reminderMode.hasOwner(AppActivation.BUS_NAME)).isTrue();
        reminderMode.remote(AppActivation.BUS_NAME, AppActivation.PATH, AppActivation.class).Activate();
        assertThat(raised.get()).isEqualTo(1);
        window.close();
        Eventually.within(Duration.ofSeconds(5), "the name is released with the window's connection", () -> {
            try {
                return !reminderMode.hasOwner(AppActivation.BUS_NAME);
            } catch (java.io.IOException e) {
                return false;
            }
        });
        reminderMode.close();
    }
}
