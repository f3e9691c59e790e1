package org.exerciseplayer.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A private session bus: a real {@code dbus-daemon} listening on a socket in a test folder, with no services
 * that could be activated. {@code dbus-daemon} must be installed (package {@code dbus-daemon} on Debian). Public for
 * the app's tests of what it serves on the bus (MPRIS).
 */
public final class TestBus implements AutoCloseable {

    private final Process daemon;
    private final Path socket;

    private TestBus(Process daemon, Path socket) {
        this.daemon = daemon;
        this.socket = socket;
    }

    public static TestBus start(Path folder) throws IOException {
        Optional<Path> executable = CommandProbe.onPath(System.getenv("PATH"), null).find("dbus-daemon");
        if (executable.isEmpty()) {
            throw new IOException("these tests need dbus-daemon on PATH (Debian/Ubuntu: apt-get install dbus-daemon)");
        }
        Path socket = folder.resolve("bus");
        Path config = folder.resolve("bus.conf");
        Files.writeString(config, String.join("\n",
                "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"",
                " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">",
                "<busconfig>",
                "  <type>session</type>",
                "  <listen>unix:path=" + socket + "</listen>",
                "  <auth>EXTERNAL</auth>",
                "  <policy context=\"default\">",
                "    <allow send_destination=\"*\" eavesdrop=\"true\"/>",
                "    <allow eavesdrop=\"true\"/>",
                "    <allow own=\"*\"/>",
                "  </policy>",
                "</busconfig>",
                ""));
        Process daemon = new ProcessBuilder(executable.get().toString(), "--config-file=" + config, "--nofork",
                "--print-address").redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(
                new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8));
        String address = output.readLine();
        if (address == null || !address.startsWith("unix:path=")) {
            daemon.destroyForcibly();
            throw new IOException("dbus-daemon did not start: " + address);
        }
        return new TestBus(daemon, socket);
    }

    public Path socket() {
        return socket;
    }

    /** The value a desktop session puts in {@code DBUS_SESSION_BUS_ADDRESS}. */
    public String address() {
        return "unix:path=" + socket;
    }

    @Override
    public void close() {
        daemon.destroyForcibly();
    }
}
