package org.exerciseplayer.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exerciseplayer.platform.DbusInhibitMechanism.Service;
import org.exerciseplayer.platform.InhibitMechanism.Inhibition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Against a real {@code dbus-daemon} with stand-in desktop services. */
@EnabledOnOs({OS.LINUX, OS.FREEBSD, OS.OPENBSD})
class DbusInhibitMechanismTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);

    @TempDir
    Path temp;

    private TestBus bus;

    @BeforeEach
    void startBus() throws Exception {
        bus = TestBus.start(temp);
    }

    @AfterEach
    void stopBus() {
        if (bus != null) {
            bus.close();
        }
    }

    @Test
    void holdsThroughTheFreedesktopServiceUntilReleased() throws Exception {
        try (FakeInhibitService desktop = FakeInhibitService.start(bus.socket(), Service.FREEDESKTOP_SCREENSAVER)) {
            Inhibition inhibition = mechanism(Service.FREEDESKTOP_SCREENSAVER).acquire("Exercise session running");

            assertThat(inhibition.isActive()).isTrue();
            assertThat(desktop.active()).singleElement().extracting(FakeInhibitService.Request::arguments)
                    .isEqualTo(List.of("Exercise Player", "Exercise session running"));

            inhibition.release();

            assertThat(inhibition.isActive()).isFalse();
            Eventually.within(LIMIT, "the desktop has no request left", () -> desktop.active().isEmpty());
            long cookie = desktop.requests().get(0).cookie();
            Eventually.within(LIMIT, "the desktop got UnInhibit(" + cookie + ")",
                    () -> desktop.uninhibited().contains(cookie));
        }
    }

    @Test
    void gnomeGetsItsOwnArgumentsAskingOnlyForIdle() throws Exception {
        try (FakeInhibitService desktop = FakeInhibitService.start(bus.socket(), Service.GNOME_SESSION_MANAGER)) {
            Inhibition inhibition = mechanism(Service.GNOME_SESSION_MANAGER).acquire("Exercise session running");

            assertThat(desktop.active()).singleElement().extracting(FakeInhibitService.Request::arguments)
                    .isEqualTo(List.of("Exercise Player", 0L, "Exercise session running", 8L));

            inhibition.release();

            Eventually.within(LIMIT, "the desktop has no request left", () -> desktop.active().isEmpty());
        }
    }

    @Test
    void aBusWithoutTheServiceIsUnavailable() {
        assertThatThrownBy(() -> mechanism(Service.FREEDESKTOP_SCREENSAVER).acquire("r"))
                .isInstanceOf(InhibitMechanism.Unavailable.class)
                .hasMessage("no such service on the session bus");
    }

    @Test
    void aMissingSocketIsUnavailableAndNamesIt() {
        Path missing = temp.resolve("no-bus");
        DbusInhibitMechanism mechanism = new DbusInhibitMechanism(Service.FREEDESKTOP_SCREENSAVER,
                new SessionBus(() -> missing, Duration.ofSeconds(2)));

        assertThatThrownBy(() -> mechanism.acquire("r"))
                .hasMessageStartingWith("cannot use the session bus at " + missing);
    }

    @Test
    void linuxTriesGnomeWhenTheFreedesktopServiceIsMissing() throws Exception {
        try (FakeInhibitService desktop = FakeInhibitService.start(bus.socket(), Service.GNOME_SESSION_MANAGER)) {
            ScreenAwake awake = new ScreenAwakeFactory(OperatingSystem.LINUX,
                    Map.of("DBUS_SESSION_BUS_ADDRESS", bus.address()), command -> Optional.empty(),
                    RecordingLauncher.faking(FakeProcess::ready), ProcessHandle.current().pid(),
                    Duration.ofSeconds(2)).create();

            awake.hold("Exercise session running");

            assertThat(awake.isHeld()).isTrue();
            assertThat(awake.status()).hasToString("D-Bus org.gnome.SessionManager");
            assertThat(desktop.active()).hasSize(1);

            awake.release();

            assertThat(awake.isHeld()).isFalse();
            Eventually.within(LIMIT, "the desktop has no request left", () -> desktop.active().isEmpty());
        }
    }

    @Test
    void theRequestEndsWhenTheAppHoldingItIsKilled() throws Exception {
        try (FakeInhibitService desktop = FakeInhibitService.start(bus.socket(), Service.FREEDESKTOP_SCREENSAVER)) {
            Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), DbusHoldingApp.class.getName(),
                    bus.socket().toString()).redirectErrorStream(true).start();
            try {
                String firstLine = new BufferedReader(
                        new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8)).readLine();
                assertThat(firstLine).isEqualTo("held true");
                assertThat(desktop.active()).hasSize(1);

                app.destroyForcibly();

                Eventually.within(LIMIT, "the desktop dropped the killed app's request",
                        () -> desktop.active().isEmpty());
                assertThat(desktop.uninhibited()).as("the app had no chance to uninhibit").isEmpty();
            } finally {
                app.destroyForcibly();
            }
        }
    }

    private DbusInhibitMechanism mechanism(Service service) {
        return new DbusInhibitMechanism(service, new SessionBus(bus::socket, Duration.ofSeconds(2)));
    }
}
