package org.exerciseplayer.platform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that starts this app again, for a login item and for a notification clicked while the window is
 * closed: the installed launcher where there is one ({@code jpackage.app-path}, which jpackage's launchers set and
 * our Linux launcher sets too), else this Java with this class path (a source checkout, {@code mvn javafx:run}).
 */
public final class LaunchCommand {

    static final String MAIN = "org.exerciseplayer.Main";

    private LaunchCommand() {
    }

    /** This app's command, then {@code arguments}. */
    public static List<String> forThisProcess(List<String> arguments) {
        return of(System.getProperty("jpackage.app-path"), System.getProperty("java.home"),
                System.getProperty("java.class.path"), System.getProperty("jdk.module.path"), arguments);
    }

    static List<String> of(String launcher, String javaHome, String classPath, String modulePath,
                           List<String> arguments) {
        List<String> command = new ArrayList<>();
        if (launcher != null && !launcher.isBlank()) {
            command.add(launcher);
        } else {
            command.add(Path.of(javaHome, "bin", "java").toString());
            if (modulePath != null && !modulePath.isBlank()) {
                command.addAll(List.of("--module-path", absolute(modulePath), "--add-modules", "javafx.controls,javafx.media"));
            }
            // Absolute, since a login item starts in the home folder, not where this app was started.
            command.addAll(List.of("-cp", absolute(classPath), MAIN));
        }
        command.addAll(arguments);
        return command;
    }

    private static String absolute(String path) {
        List<String> entries = new ArrayList<>();
        for (String entry : path.split(java.io.File.pathSeparator)) {
            entries.add(entry.isEmpty() ? entry : Path.of(entry).toAbsolutePath().toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
