package org.exerciseplayer.platform;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * Notifications through a command the system has, for macOS ({@code osascript -e 'display notification …'}) and
 * Windows (a tray balloon from Windows PowerShell). Neither can call the app back when clicked, so
 * {@link #onActivated} is kept but never run. Neither was tried here (README, "Reminders").
 */
final class CommandNotifier implements DesktopNotifier {

    private final String name;
    private final ProcessLauncher launcher;
    private final Function<String[], List<String>> command;
    private String status;

    private CommandNotifier(String name, ProcessLauncher launcher, Function<String[], List<String>> command) {
        this.name = name;
        this.launcher = launcher;
        this.command = command;
        this.status = name;
    }

    static CommandNotifier macOs(ProcessLauncher launcher) {
        return new CommandNotifier("osascript display notification", launcher, texts -> List.of("osascript", "-e",
                "display notification " + appleScript(texts[1]) + " with title " + appleScript(texts[0])));
    }

    static CommandNotifier windows(ProcessLauncher launcher) {
        return new CommandNotifier("PowerShell tray balloon", launcher, texts -> List.of("powershell.exe",
                "-NoProfile", "-NonInteractive", "-Command",
                "Add-Type -AssemblyName System.Windows.Forms; $n = New-Object System.Windows.Forms.NotifyIcon; "
                        + "$n.Icon = [System.Drawing.SystemIcons]::Information; $n.Visible = $true; "
                        + "$n.ShowBalloonTip(30000, " + powerShell(texts[0]) + ", " + powerShell(texts[1])
                        + ", 'Info'); Start-Sleep -Seconds 30; $n.Dispose()"));
    }

    /** An AppleScript string literal. */
    static String appleScript(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A PowerShell single-quoted string literal. */
    static String powerShell(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    @Override
    public synchronized boolean show(String title, String body, String action) {
        try {
            launcher.start(command.apply(new String[] {title, body}));
            status = name;
            return true;
        } catch (IOException | RuntimeException e) {
            status = name + ": " + e.getMessage();
            return false;
        }
    }

    @Override
    public void onActivated(Runnable action) {
        // These notifications cannot reach the app.
    }

    @Override
    public synchronized String status() {
        return status;
    }

    @Override
    public void close() {
    }
}
