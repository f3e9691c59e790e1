package org.exerciseplayer.platform;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The command lines of the helper processes that keep the screen awake. Each helper watches the app's
 * process id and exits when the app does, even if the app is killed, so a request never outlives the app.
 * Values travel as separate arguments, never spliced into shell or PowerShell text, except the numeric id.
 */
final class HelperCommands {

    /** Printed by a helper once the request is in force. */
    static final String READY_LINE = "exercise-player-awake: holding";

    /** Shown as the holder by desktops and {@code systemd-inhibit --list}. */
    static final String WHO = "Exercise Player";

    /**
     * POSIX shell that reports readiness, then polls until process {@code $1} is gone. {@code kill -0} only
     * asks whether the process exists. Polling each second keeps a request at most a second past the app.
     */
    static final String WATCH_SCRIPT = "echo '" + READY_LINE + "'; "
            + "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done";

    /** {@code ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED} (0x80000003). */
    static final long WINDOWS_EXECUTION_STATE = 0x80000000L | 0x1L | 0x2L;

    private HelperCommands() {
    }

    /** A shell that prints {@link #READY_LINE} and runs until {@code ownerPid} ends. */
    static List<String> watchUntilExit(long ownerPid) {
        return List.of("/bin/sh", "-c", WATCH_SCRIPT, "exercise-player-awake", Long.toString(ownerPid));
    }

    /**
     * Linux: logind's idle inhibitor, held by {@code systemd-inhibit} for as long as its child runs. The lock
     * is taken before the child starts, so the child's ready line proves the lock is held.
     */
    static List<String> systemdInhibit(Path executable, String reason, long ownerPid) {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--what=idle", "--who=" + WHO,
                "--why=" + reason, "--mode=block"));
        command.addAll(watchUntilExit(ownerPid));
        return command;
    }

    /** macOS: prevent display sleep ({@code -d}) and idle sleep ({@code -i}) until {@code ownerPid} exits. */
    static List<String> caffeinate(Path executable, long ownerPid) {
        return List.of(executable.toString(), "-d", "-i", "-w", Long.toString(ownerPid));
    }

    /**
     * Windows: PowerShell calls {@code SetThreadExecutionState} and then waits, on the same thread, for the app
     * to exit. The state belongs to that thread and ends when the PowerShell process does.
     */
    static List<String> powerShell(Path executable, long ownerPid) {
        return List.of(executable.toString(), "-NoLogo", "-NoProfile", "-NonInteractive", "-EncodedCommand",
                encodePowerShell(powerShellScript(ownerPid)));
    }

    static String powerShellScript(long ownerPid) {
        return String.join("\n",
                "$ErrorActionPreference = 'Stop'",
                "$kernel = Add-Type -Name ExecutionState -Namespace ExercisePlayer -PassThru -MemberDefinition "
                        + "'[DllImport(\"kernel32.dll\")] public static extern uint SetThreadExecutionState(uint f);'",
                "if ($kernel::SetThreadExecutionState([uint32]" + WINDOWS_EXECUTION_STATE + ") -eq 0) {",
                "    [Console]::Out.WriteLine('SetThreadExecutionState failed')",
                "    exit 1",
                "}",
                "[Console]::Out.WriteLine('" + READY_LINE + "')",
                "Wait-Process -Id " + ownerPid,
                "");
    }

    /** {@code -EncodedCommand} takes Base64 of UTF-16LE text, which avoids Windows command-line quoting. */
    static String encodePowerShell(String script) {
        return Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_16LE));
    }
}
