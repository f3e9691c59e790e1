package org.exerciseplayer.platform;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Chooses the screen-awake mechanisms for an operating system, in the order they are tried. Everything it
 * reads from the machine (environment, {@code PATH}, process launching, our process id) is passed in, so tests
 * can check each platform's choices and command lines without running them.
 */
final class ScreenAwakeFactory {

    /** Long enough for a busy desktop; a missing service or helper fails at once rather than timing out. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    private final OperatingSystem os;
    private final Map<String, String> environment;
    private final CommandProbe probe;
    private final ProcessLauncher launcher;
    private final long ownerPid;
    private final Duration timeout;
    private final SessionBus bus;

    /**
     * @param ownerPid the process whose end ends every request (the app itself, except in tests)
     * @param timeout  how long a desktop service or helper may take to confirm a request
     * @param bus      the session bus the D-Bus services are asked on
     */
    ScreenAwakeFactory(OperatingSystem os, Map<String, String> environment, CommandProbe probe,
            ProcessLauncher launcher, long ownerPid, Duration timeout, SessionBus bus) {
        this.os = os;
        this.environment = Map.copyOf(environment);
        this.probe = probe;
        this.launcher = launcher;
        this.ownerPid = ownerPid;
        this.timeout = timeout;
        this.bus = bus;
    }

    /** As above, on the session bus that {@code environment} names. */
    ScreenAwakeFactory(OperatingSystem os, Map<String, String> environment, CommandProbe probe,
            ProcessLauncher launcher, long ownerPid, Duration timeout) {
        this(os, environment, probe, launcher, ownerPid, timeout, SessionBus.forEnvironment(environment, timeout));
    }

    /** The real machine: this process's environment and {@code PATH}, real processes, our own process id. */
    static ScreenAwakeFactory forThisPlatform(SessionBus bus) {
        OperatingSystem os = OperatingSystem.current();
        return new ScreenAwakeFactory(os, System.getenv(), CommandProbe.forThisProcess(os), ProcessLauncher.system(),
                ProcessHandle.current().pid(), DEFAULT_TIMEOUT, bus);
    }

    ScreenAwake create() {
        return new FallbackScreenAwake(mechanisms(),
                "no known way to keep the screen awake on " + os.displayName());
    }

    /** The mechanisms for this operating system, first choice first. */
    List<InhibitMechanism> mechanisms() {
        switch (os) {
            case LINUX:
                return List.of(dbus(DbusInhibitMechanism.Service.FREEDESKTOP_SCREENSAVER),
                        dbus(DbusInhibitMechanism.Service.GNOME_SESSION_MANAGER), systemdInhibit());
            case MACOS:
                return List.of(caffeinate());
            case WINDOWS:
                return List.of(powerShell());
            default:
                return List.of(dbus(DbusInhibitMechanism.Service.FREEDESKTOP_SCREENSAVER),
                        dbus(DbusInhibitMechanism.Service.GNOME_SESSION_MANAGER));
        }
    }

    private InhibitMechanism dbus(DbusInhibitMechanism.Service service) {
        return new DbusInhibitMechanism(service, bus);
    }

    private InhibitMechanism systemdInhibit() {
        return helper("systemd-inhibit", () -> probe.find("systemd-inhibit"),
                (executable, reason) -> HelperCommands.systemdInhibit(executable, reason, ownerPid),
                HelperProcessMechanism.Readiness.READY_LINE);
    }

    private InhibitMechanism caffeinate() {
        return helper("caffeinate", () -> probe.find("caffeinate"),
                (executable, reason) -> HelperCommands.caffeinate(executable, ownerPid),
                HelperProcessMechanism.Readiness.STILL_RUNNING);
    }

    private InhibitMechanism powerShell() {
        return helper("SetThreadExecutionState (PowerShell)",
                () -> probe.find("powershell").or(() -> probe.find("pwsh")).or(this::bundledWindowsPowerShell),
                (executable, reason) -> HelperCommands.powerShell(executable, ownerPid),
                HelperProcessMechanism.Readiness.READY_LINE);
    }

    /** Windows PowerShell's fixed home, for a {@code PATH} that lost it. */
    private Optional<Path> bundledWindowsPowerShell() {
        String systemRoot = environment.get("SystemRoot");
        if (systemRoot == null) {
            return Optional.empty();
        }
        try {
            Path file = Path.of(systemRoot, "System32", "WindowsPowerShell", "v1.0", "powershell.exe");
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private InhibitMechanism helper(String name, Supplier<Optional<Path>> locate,
            BiFunction<Path, String, List<String>> commandLine,
            HelperProcessMechanism.Readiness readiness) {
        return new HelperProcessMechanism(name, locate, commandLine, readiness, launcher, timeout);
    }
}
