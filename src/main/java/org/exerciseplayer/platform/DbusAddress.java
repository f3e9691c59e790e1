package org.exerciseplayer.platform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the session bus socket from {@code DBUS_SESSION_BUS_ADDRESS}, or the usual {@code $XDG_RUNTIME_DIR/bus}
 * when that is unset. Only {@code unix:path=} addresses are usable: Java cannot open Linux abstract sockets.
 */
final class DbusAddress {

    private DbusAddress() {
    }

    static Path sessionBusSocket(Map<String, String> environment) throws InhibitMechanism.Unavailable {
        String address = environment.get("DBUS_SESSION_BUS_ADDRESS");
        if (address == null || address.isBlank()) {
            String runtimeDirectory = environment.get("XDG_RUNTIME_DIR");
            if (runtimeDirectory != null && !runtimeDirectory.isBlank()) {
                try {
                    Path socket = Path.of(runtimeDirectory, "bus");
                    if (Files.exists(socket)) {
                        return socket;
                    }
                } catch (InvalidPathException e) {
                    // Treated as no runtime folder.
                }
            }
            throw new InhibitMechanism.Unavailable("no session bus (DBUS_SESSION_BUS_ADDRESS is not set)");
        }
        for (String entry : address.split(";")) {
            if (!entry.startsWith("unix:")) {
                continue;
            }
            for (String pair : entry.substring("unix:".length()).split(",")) {
                if (pair.startsWith("path=")) {
                    try {
                        return Path.of(unescape(pair.substring("path=".length())));
                    } catch (IllegalArgumentException e) {
                        throw new InhibitMechanism.Unavailable("unreadable session bus address " + address);
                    }
                }
            }
        }
        throw new InhibitMechanism.Unavailable("the session bus address has no unix:path= entry (" + address + ")");
    }

    /** D-Bus addresses escape bytes as {@code %xx}. */
    static String unescape(String value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length()) {
                    throw new IllegalArgumentException("truncated escape in " + value);
                }
                bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
