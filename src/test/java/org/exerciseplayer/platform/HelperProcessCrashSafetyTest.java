package org.exerciseplayer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exerciseplayer.platform.HelperProcessMechanism.Readiness;
import org.exerciseplayer.platform.InhibitMechanism.Inhibition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes: a {@code sleep} stands in for the app, the helpers watch its process id, and the test kills
 * the "app" with SIGKILL, as a crash would, then checks that every helper process ends within seconds.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class HelperProcessCrashSafetyTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);

    @TempDir
    Path temp;

    private Process app;
    private final RecordingLauncher launcher = RecordingLauncher.real();

    @BeforeEach
    void startTheApp() throws IOException {
        app = new ProcessBuilder("sleep", "120").start();
    }

    @AfterEach
    void stopEverything() {
        app.destroyForcibly();
        launcher.processes.forEach(HelperProcessMechanism::destroyTree);
    }

    @Test
    void theWatcherEndsWhenTheAppIsKilled() throws Exception {
        HelperProcessMechanism watcher = new HelperProcessMechanism("watcher", () -> Optional.of(Path.of("/bin/sh")),
                (executable, reason) -> HelperCommands.watchUntilExit(app.pid()), Readiness.READY_LINE, launcher,
                ScreenAwakeFactory.DEFAULT_TIMEOUT);
        Inhibition inhibition = watcher.acquire("r");
        Process helper = launcher.lastProcess();
        assertThat(inhibition.isActive()).isTrue();

        app.destroyForcibly();

        Eventually.within(LIMIT, "the watcher exits after the app is killed", () -> !helper.isAlive());
        assertThat(inhibition.isActive()).isFalse();
    }

    @Test
    void systemdInhibitsHelperTreeEndsWhenTheAppIsKilled() throws Exception {
        ScreenAwake awake = linuxFactoryWithStandIn().create();
        awake.hold("Exercise session running");
        assertThat(awake.isHeld()).isTrue();
        assertThat(awake.status()).hasToString("systemd-inhibit");
        Process helper = launcher.lastProcess();
        List<ProcessHandle> tree = helper.descendants().toList();
        assertThat(tree).as("the stand-in runs the watcher shell, which runs sleep").isNotEmpty();

        app.destroyForcibly();

        Eventually.within(LIMIT, "the helper and its children exit after the app is killed",
                () -> !helper.isAlive() && tree.stream().noneMatch(ProcessHandle::isAlive));
        assertThat(awake.isHeld()).isFalse();
    }

    @Test
    void releaseEndsTheHelperAndEverythingItStarted() throws Exception {
        ScreenAwake awake = linuxFactoryWithStandIn().create();
        awake.hold("r");
        Process helper = launcher.lastProcess();
        Eventually.within(LIMIT, "the watcher has started its first sleep",
                () -> helper.descendants().count() >= 2);
        List<ProcessHandle> tree = helper.descendants().toList();

        awake.release();

        assertThat(awake.isHeld()).isFalse();
        Eventually.within(LIMIT, "every helper process has ended",
                () -> !helper.isAlive() && tree.stream().noneMatch(ProcessHandle::isAlive));
        assertThat(app.isAlive()).as("only the helpers end").isTrue();
    }

    @Test
    void theRealSystemdInhibitHoldsOrSaysWhyAndLeavesNothingRunning() throws Exception {
        ScreenAwake awake = new ScreenAwakeFactory(OperatingSystem.LINUX, Map.of(),
                CommandProbe.onPath(System.getenv("PATH"), null), launcher, app.pid(),
                ScreenAwakeFactory.DEFAULT_TIMEOUT).create();

        awake.hold("Exercise Player test run");

        if (awake.isHeld()) {
            assertThat(awake.status()).hasToString("systemd-inhibit");
            awake.release();
        } else {
            // Not installed, or (containers, CI) installed without a running logind: it then exits at once.
            assertThat(awake.status().toString()).containsAnyOf("; systemd-inhibit: exited with status ",
                    "; systemd-inhibit: not found on PATH");
        }
        Eventually.within(LIMIT, "no helper process is left",
                () -> launcher.processes.stream().noneMatch(Process::isAlive));
    }

    /** Linux mechanisms with a {@code PATH} holding only a stand-in that behaves like a working systemd-inhibit. */
    private ScreenAwakeFactory linuxFactoryWithStandIn() throws IOException {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path standIn = bin.resolve("systemd-inhibit");
        Files.writeString(standIn, String.join("\n",
                "#!/bin/sh",
                "# Like systemd-inhibit once it holds the lock: skip the options, run the command, wait for it.",
                "while [ $# -gt 0 ]; do case \"$1\" in --*) shift ;; *) break ;; esac; done",
                "\"$@\"",
                ""));
        Files.setPosixFilePermissions(standIn, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new ScreenAwakeFactory(OperatingSystem.LINUX, Map.of(), CommandProbe.onPath(bin.toString(), null),
                launcher, app.pid(), ScreenAwakeFactory.DEFAULT_TIMEOUT);
    }
}
