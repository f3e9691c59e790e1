package org.exerciseplayer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app as an MPRIS player against a private dbus-daemon: its name while it runs, the buttons of a headset or the
 * desktop's media controls reaching the app, PlaybackStatus following what the app shows, with a signal for each
 * change, as a desktop (here a second connection, and gdbus where it is installed) sees it.
 */
@EnabledOnOs({OS.LINUX, OS.FREEBSD, OS.OPENBSD})
class MprisPlayerTest {

    @TempDir
    Path temp;
    private TestBus bus;
    private SessionBus app;
    private SessionBus desktop;
    private final List<String> commands = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        bus = TestBus.start(temp);
        app = new SessionBus(bus::socket, Duration.ofSeconds(3));
        desktop = new SessionBus(bus::socket, Duration.ofSeconds(3));
    }

    @AfterEach
    void stop() {
        app.close();
        desktop.close();
        bus.close();
    }

    private MediaControls.Commands recording() {
        return new MediaControls.Commands() {
            @Override
            public void playPause() {
                commands.add("playPause");
            }

            @Override
            public void play() {
                commands.add("play");
            }

            @Override
            public void pause() {
                commands.add("pause");
            }

            @Override
            public void next() {
                commands.add("next");
            }

            @Override
            public void previous() {
                commands.add("previous");
            }

            @Override
            public void stop() {
                commands.add("stop");
            }

            @Override
            public void raise() {
                commands.add("raise");
            }
        };
    }

    private Object property(String iface, String name) throws Exception {
        return unwrap(desktop.remote(MediaPlayer2.BUS_NAME, MediaPlayer2.PATH, Properties.class).Get(iface, name));
    }

    /** A variant's value (dbus-java hands a received signal's variants over as their values already). */
    private static Object unwrap(Object value) {
        return value instanceof Variant<?> variant ? variant.getValue() : value;
    }

    @Test
    void theAppOwnsItsMprisNameWhileItRunsAndSaysStoppedOnHome() throws Exception {
        MediaControls.Player player = MprisPlayer.serve(app, recording());

        assertThat(desktop.hasOwner(MediaPlayer2.BUS_NAME)).isTrue();
        assertThat(property(MediaPlayer2Player.INTERFACE, "PlaybackStatus")).isEqualTo("Stopped");
        Map<String, Variant<?>> root = desktop.remote(MediaPlayer2.BUS_NAME, MediaPlayer2.PATH, Properties.class)
                .GetAll(MediaPlayer2.INTERFACE);
        assertThat(root.get("Identity").getValue()).isEqualTo("Exercise Player");
        assertThat(root.get("CanRaise").getValue()).isEqualTo(true);
        assertThat(root.get("CanQuit").getValue()).isEqualTo(false);
        assertThat(property(MediaPlayer2Player.INTERFACE, "CanGoNext")).as("nothing to skip on home").isEqualTo(false);

        player.close();
        Eventually.within(Duration.ofSeconds(5), "the name is given up", () -> {
            try {
                return !desktop.hasOwner(MediaPlayer2.BUS_NAME);
            } catch (java.io.IOException e) {
                return false;
            }
        });
    }

    @Test
    void aHeadsetsOrTheDesktopsButtonsReachTheApp() throws Exception {
        MprisPlayer.serve(app, recording());
        MediaPlayer2Player remote = desktop.remote(MediaPlayer2.BUS_NAME, MediaPlayer2.PATH, MediaPlayer2Player.class);

        remote.PlayPause();
        remote.Next();
        remote.Previous();
        remote.Pause();
        remote.Play();
        remote.Stop();
        desktop.remote(MediaPlayer2.BUS_NAME, MediaPlayer2.PATH, MediaPlayer2.class).Raise();

        assertThat(commands).containsExactly("playPause", "next", "previous", "pause", "play", "stop", "raise");
    }

    @Test
    void playbackStatusFollowsTheSessionAndEachChangeIsSignalled() throws Exception {
        MediaControls.Player player = MprisPlayer.serve(app, recording());
        List<Properties.PropertiesChanged> signals = new CopyOnWriteArrayList<>();
        desktop.onSignal(Properties.PropertiesChanged.class, signals::add);

        player.show(MediaControls.Status.PLAYING, "Clam exercise");
        Eventually.within(Duration.ofSeconds(5), "the change is signalled", () -> signals.size() == 1);
        Properties.PropertiesChanged playing = signals.get(0);
        assertThat(playing.getInterfaceName()).isEqualTo(MediaPlayer2Player.INTERFACE);
        assertThat(unwrap(playing.getPropertiesChanged().get("PlaybackStatus"))).isEqualTo("Playing");
        assertThat(property(MediaPlayer2Player.INTERFACE, "PlaybackStatus")).isEqualTo("Playing");
        assertThat(property(MediaPlayer2Player.INTERFACE, "CanGoNext")).isEqualTo(true);
        @SuppressWarnings("unchecked")
        Map<String, Variant<?>> metadata = (Map<String, Variant<?>>) property(MediaPlayer2Player.INTERFACE,
                "Metadata");
        assertThat(unwrap(metadata.get("xesam:title"))).isEqualTo("Clam exercise");

        player.show(MediaControls.Status.PAUSED, "Clam exercise");
        player.show(MediaControls.Status.PAUSED, "Clam exercise");
        Eventually.within(Duration.ofSeconds(5), "paused is signalled once", () -> signals.size() == 2);
        assertThat(property(MediaPlayer2Player.INTERFACE, "PlaybackStatus")).isEqualTo("Paused");

        player.show(MediaControls.Status.STOPPED, "");
        Eventually.within(Duration.ofSeconds(5), "stopped is signalled", () -> signals.size() == 3);
        assertThat(unwrap(signals.get(2).getPropertiesChanged().get("PlaybackStatus"))).isEqualTo("Stopped");
        assertThat(property(MediaPlayer2Player.INTERFACE, "PlaybackStatus")).isEqualTo("Stopped");
    }

    @Test
    void aSecondCopyOfTheAppTakesAnInstanceName() throws Exception {
        MprisPlayer.serve(app, recording());
        SessionBus second = new SessionBus(bus::socket, Duration.ofSeconds(3));
        try {
            MediaControls.Player other = MprisPlayer.serve(second, recording());

            assertThat(other.description()).startsWith(MediaPlayer2.BUS_NAME + ".instance");
            assertThat(desktop.hasOwner(MediaPlayer2.BUS_NAME)).isTrue();
        } finally {
            second.close();
        }
    }

    /** The same through gdbus, a client written in C, as desktop shells and playerctl read it. */
    @Test
    void aCommandLineClientReadsTheStatusAndPressesPlayPause() throws Exception {
        java.util.Optional<Path> gdbus = CommandProbe.onPath(System.getenv("PATH"), null).find("gdbus");
        Assumptions.assumeTrue(gdbus.isPresent(), "gdbus is not installed (package libglib2.0-bin): not tried");
        MediaControls.Player player = MprisPlayer.serve(app, recording());
        player.show(MediaControls.Status.PLAYING, "Clam exercise");

        String status = run(gdbus.get(), "call", "--address", bus.address(), "--dest", MediaPlayer2.BUS_NAME,
                "--object-path", MediaPlayer2.PATH, "--method", "org.freedesktop.DBus.Properties.Get",
                MediaPlayer2Player.INTERFACE, "PlaybackStatus");
        String metadata = run(gdbus.get(), "call", "--address", bus.address(), "--dest", MediaPlayer2.BUS_NAME,
                "--object-path", MediaPlayer2.PATH, "--method", "org.freedesktop.DBus.Properties.Get",
                MediaPlayer2Player.INTERFACE, "Metadata");
        run(gdbus.get(), "call", "--address", bus.address(), "--dest", MediaPlayer2.BUS_NAME, "--object-path",
                MediaPlayer2.PATH, "--method", MediaPlayer2Player.INTERFACE + ".PlayPause");

        assertThat(status.trim()).isEqualTo("(<'Playing'>,)");
        assertThat(metadata).contains("'xesam:title': <'Clam exercise'>").contains("'mpris:trackid': <objectpath '");
        assertThat(commands).containsExactly("playPause");
    }

    private static String run(Path command, String... arguments) throws Exception {
        List<String> line = new ArrayList<>(List.of(command.toString()));
        line.addAll(List.of(arguments));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
