package org.exerciseplayer.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Remind me even when the app is closed": a login item that starts the reminder mode ({@code --reminders}), with
 * no window, when the person logs in. On Linux an XDG autostart entry,
 * {@code $XDG_CONFIG_HOME/autostart/exercise-player-reminders.desktop} ({@code ~/.config} when unset), which GNOME,
 * KDE Plasma, Xfce, Cinnamon, MATE and LXQt run; on macOS a launch agent in {@code ~/Library/LaunchAgents}; on
 * Windows a command file in the Startup folder. Only the Linux one was tried here.
 */
public final class LoginItem {

    static final String LINUX_NAME = "exercise-player-reminders.desktop";
    static final String MAC_NAME = "org.exerciseplayer.reminders.plist";
    static final String WINDOWS_NAME = "exercise-player-reminders.cmd";

    private final OperatingSystem os;
    private final Map<String, String> environment;
    private final String home;

    LoginItem(OperatingSystem os, Map<String, String> environment, String home) {
        this.os = os;
        this.environment = Map.copyOf(environment);
        this.home = home;
    }

    public static LoginItem forThisUser() {
        return new LoginItem(OperatingSystem.current(), System.getenv(), System.getProperty("user.home"));
    }

    /** Where the login item lives. */
    public Path file() {
        return switch (os) {
            case MACOS -> Path.of(home, "Library", "LaunchAgents", MAC_NAME);
            case WINDOWS -> Path.of(environment.getOrDefault("APPDATA", Path.of(home, "AppData", "Roaming").toString()),
                    "Microsoft", "Windows", "Start Menu", "Programs", "Startup", WINDOWS_NAME);
            default -> {
                String xdg = environment.get("XDG_CONFIG_HOME");
                Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                        : Path.of(home, ".config");
                yield base.resolve("autostart").resolve(LINUX_NAME);
            }
        };
    }

    public boolean isInstalled() {
        return Files.isRegularFile(file());
    }

    /** Writes (or rewrites) the login item to run {@code command} at login. */
    public void install(List<String> command, String name, String comment) throws IOException {
        Path file = file();
        Files.createDirectories(file.getParent());
        String text = switch (os) {
            case MACOS -> launchAgent(command);
            case WINDOWS -> "@echo off\r\nstart \"\" /min " + command.stream().map(LoginItem::windowsQuoted)
                    .collect(Collectors.joining(" ")) + "\r\n";
            default -> desktopEntry(command, name, comment);
        };
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Removes the login item, if there is one. */
    public void remove() throws IOException {
        Files.deleteIfExists(file());
    }

    static String desktopEntry(List<String> command, String name, String comment) {
        return "[Desktop Entry]\n"
                + "Type=Application\n"
                + "Name=" + name + "\n"
                + "Comment=" + comment + "\n"
                + "Exec=" + command.stream().map(LoginItem::execQuoted).collect(Collectors.joining(" ")) + "\n"
                + "Terminal=false\n"
                + "NoDisplay=true\n"
                + "X-GNOME-Autostart-enabled=true\n";
    }

    /**
     * One argument of a desktop entry's Exec key: quoted when it holds a reserved character, with {@code "`$\}
     * escaped inside the quotes, and the backslashes doubled again for the string value (Desktop Entry
     * Specification, "The Exec key"); {@code %} is doubled so it is not read as a field code.
     */
    static String execQuoted(String argument) {
        String value = argument.replace("%", "%%");
        if (!value.isEmpty() && value.chars().noneMatch(c -> " \t\n\"'\\><~|&;$*?#()`".indexOf(c) >= 0)) {
            return value;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '`' || c == '$' || c == '\\') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.append('"').toString().replace("\\", "\\\\");
    }

    private static String windowsQuoted(String argument) {
        return "\"" + argument.replace("\"", "\"\"") + "\"";
    }

    private static String launchAgent(List<String> command) {
        StringBuilder args = new StringBuilder();
        for (String part : command) {
            args.append("    <string>").append(part.replace("&", "&amp;").replace("<", "&lt;")).append("</string>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                  <key>Label</key>
                  <string>org.exerciseplayer.reminders</string>
                  <key>ProgramArguments</key>
                  <array>
                """ + args + """
                  </array>
                  <key>RunAtLoad</key>
                  <true/>
                </dict>
                </plist>
                """;
    }
}
