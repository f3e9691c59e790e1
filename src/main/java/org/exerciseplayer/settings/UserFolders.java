package org.exerciseplayer.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's per-user folders for this app: XDG on Linux, Application Support on macOS, APPDATA on Windows.
 * On macOS and Windows settings and data share one folder, as is usual there.
 */
public final class UserFolders {

    static final String APP = "exercise-player";

    private UserFolders() {
    }

    public static Path config() {
        return config(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static Path config(String osName, Map<String, String> environment, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("Exercise Player");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Exercise Player");
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".config");
        return base.resolve(APP);
    }

    /** Where the app keeps what it records (the session history), as opposed to what the person sets. */
    public static Path data() {
        return data(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static Path data(String osName, Map<String, String> environment, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return config(osName, environment, home);
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve(APP);
    }

    /**
     * Where the app keeps what it can make again (rendered speech): {@code $XDG_CACHE_HOME/exercise-player}
     * ({@code ~/.cache/exercise-player}) on Linux, {@code ~/Library/Caches/Exercise Player} on macOS,
     * {@code %LOCALAPPDATA%\Exercise Player\Cache} on Windows.
     */
    public static Path cache() {
        return cache(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static Path cache(String osName, Map<String, String> environment, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = environment.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : Path.of(home, "AppData", "Local")).resolve("Exercise Player")
                    .resolve("Cache");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "Exercise Player");
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".cache");
        return base.resolve(APP);
    }
}
