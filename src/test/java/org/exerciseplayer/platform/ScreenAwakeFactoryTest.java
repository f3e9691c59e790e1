package org.exerciseplayer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScreenAwakeFactoryTest {

    private static final long APP_PID = 4242;
    private static final Path BIN = Path.of("/fake/bin");

    @Test
    void linuxHoldsAnIdleLockWithSystemdInhibitWatchingTheApp() {
        RecordingLauncher launcher = RecordingLauncher.faking(FakeProcess::ready);
        ScreenAwake awake = factory(OperatingSystem.LINUX, launcher, "systemd-inhibit").create();

        awake.hold("Exercise session running");

        assertThat(awake.isHeld()).isTrue();
        assertThat(awake.status()).hasToString("systemd-inhibit");
        assertThat(launcher.commands).containsExactly(List.of(
                BIN.resolve("systemd-inhibit").toString(), "--what=idle", "--who=Exercise Player",
                "--why=Exercise session running", "--mode=block",
                "/bin/sh", "-c", "echo 'exercise-player-awake: holding'; "
                        + "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done",
                "exercise-player-awake", "4242"));
    }

    @Test
    void eachSystemTriesItsMechanismsInOrder() {
        ProcessLauncher launcher = RecordingLauncher.faking(FakeProcess::ready);

        assertThat(names(factory(OperatingSystem.LINUX, launcher))).containsExactly(
                "D-Bus org.freedesktop.ScreenSaver", "D-Bus org.gnome.SessionManager", "systemd-inhibit");
        assertThat(names(factory(OperatingSystem.MACOS, launcher))).containsExactly("caffeinate");
        assertThat(names(factory(OperatingSystem.WINDOWS, launcher)))
                .containsExactly("SetThreadExecutionState (PowerShell)");
        assertThat(names(factory(OperatingSystem.OTHER, launcher)))
                .containsExactly("D-Bus org.freedesktop.ScreenSaver", "D-Bus org.gnome.SessionManager");
    }

    @Test
    void linuxWithNeitherSessionBusNorSystemdInhibitIsUnavailableAndSaysWhy() {
        RecordingLauncher launcher = RecordingLauncher.faking(FakeProcess::ready);
        ScreenAwake awake = factory(OperatingSystem.LINUX, launcher).create();

        awake.hold("r");

        assertThat(awake.isHeld()).isFalse();
        assertThat(awake.status()).hasToString("unavailable: "
                + "D-Bus org.freedesktop.ScreenSaver: no session bus (DBUS_SESSION_BUS_ADDRESS is not set); "
                + "D-Bus org.gnome.SessionManager: no session bus (DBUS_SESSION_BUS_ADDRESS is not set); "
                + "systemd-inhibit: not found on PATH");
        assertThat(launcher.commands).isEmpty();
    }

    @Test
    void macOsRunsCaffeinateWatchingTheApp() {
        RecordingLauncher launcher = RecordingLauncher.faking(() -> FakeProcess.running(""));
        ScreenAwake awake = factory(OperatingSystem.MACOS, launcher, "caffeinate").create();

        awake.hold("r");

        assertThat(awake.status()).hasToString("caffeinate");
        assertThat(launcher.commands).containsExactly(
                List.of(BIN.resolve("caffeinate").toString(), "-d", "-i", "-w", "4242"));
    }

    @Test
    void windowsRunsPowerShellThatSetsTheExecutionStateAndWaitsForTheApp() {
        RecordingLauncher launcher = RecordingLauncher.faking(FakeProcess::ready);
        ScreenAwake awake = factory(OperatingSystem.WINDOWS, launcher, "powershell", "pwsh").create();

        awake.hold("r");

        assertThat(awake.status()).hasToString("SetThreadExecutionState (PowerShell)");
        List<String> command = launcher.commands.get(0);
        assertThat(command.subList(0, 5)).containsExactly(BIN.resolve("powershell").toString(), "-NoLogo",
                "-NoProfile", "-NonInteractive", "-EncodedCommand");
        String script = new String(Base64.getDecoder().decode(command.get(5)), StandardCharsets.UTF_16LE);
        assertThat(script)
                .contains("public static extern uint SetThreadExecutionState(uint f);")
                .contains("SetThreadExecutionState([uint32]2147483651)")
                .contains("[Console]::Out.WriteLine('exercise-player-awake: holding')")
                .endsWith("Wait-Process -Id 4242\n");
        assertThat(script.indexOf("SetThreadExecutionState([uint32]"))
                .isLessThan(script.indexOf("exercise-player-awake: holding"))
                .isLessThan(script.indexOf("Wait-Process"));
    }

    @Test
    void windowsFallsBackToPowerShellCore() {
        RecordingLauncher launcher = RecordingLauncher.faking(FakeProcess::ready);
        ScreenAwake awake = factory(OperatingSystem.WINDOWS, launcher, "pwsh").create();

        awake.hold("r");

        assertThat(launcher.commands.get(0).get(0)).isEqualTo(BIN.resolve("pwsh").toString());
    }

    @Test
    void theWindowsExecutionStateIsContinuousSystemAndDisplay() {
        assertThat(HelperCommands.WINDOWS_EXECUTION_STATE).isEqualTo(0x80000003L).isEqualTo(2147483651L);
    }

    @Test
    void aSystemWithoutMechanismsIsUnavailableAndSaysSo() {
        ScreenAwake awake = new FallbackScreenAwake(List.of(),
                "no known way to keep the screen awake on this operating system");

        awake.hold("r");

        assertThat(awake.status())
                .hasToString("unavailable: no known way to keep the screen awake on this operating system");
    }

    @Test
    void operatingSystemNamesAreClassified() {
        assertThat(OperatingSystem.fromOsName("Linux")).isEqualTo(OperatingSystem.LINUX);
        assertThat(OperatingSystem.fromOsName("Mac OS X")).isEqualTo(OperatingSystem.MACOS);
        assertThat(OperatingSystem.fromOsName("Windows 11")).isEqualTo(OperatingSystem.WINDOWS);
        assertThat(OperatingSystem.fromOsName("FreeBSD")).isEqualTo(OperatingSystem.OTHER);
        assertThat(OperatingSystem.fromOsName(null)).isEqualTo(OperatingSystem.OTHER);
    }

    private static List<String> names(ScreenAwakeFactory factory) {
        return factory.mechanisms().stream().map(InhibitMechanism::name).toList();
    }

    /** A factory whose {@code PATH} holds exactly {@code installed}, all in {@link #BIN}. */
    static ScreenAwakeFactory factory(OperatingSystem os, ProcessLauncher launcher, String... installed) {
        Set<String> present = Set.of(installed);
        CommandProbe probe = command -> present.contains(command) ? Optional.of(BIN.resolve(command))
                : Optional.empty();
        return new ScreenAwakeFactory(os, Map.of(), probe, launcher, APP_PID, Duration.ofMillis(500));
    }
}
