package org.exerciseplayer.platform;

import java.util.Locale;

/** The operating systems whose screen-awake mechanisms differ. */
enum OperatingSystem {
    LINUX("Linux"),
    MACOS("macOS"),
    WINDOWS("Windows"),
    /** BSDs and other Unix-like systems: only the desktop's D-Bus service is tried. */
    OTHER("this operating system");

    private final String displayName;

    OperatingSystem(String displayName) {
        this.displayName = displayName;
    }

    String displayName() {
        return displayName;
    }

    /** Classifies a value of the {@code os.name} system property. */
    static OperatingSystem fromOsName(String osName) {
        String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return MACOS;
        }
        if (name.startsWith("linux")) {
            return LINUX;
        }
        return OTHER;
    }

    static OperatingSystem current() {
        return fromOsName(System.getProperty("os.name"));
    }
}
