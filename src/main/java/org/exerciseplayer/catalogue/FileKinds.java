package org.exerciseplayer.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Tells a regular file from what only looks like one by its name: a folder, a named pipe (reading one waits
 * forever for a writer), a device such as {@code /dev/zero} (endless), a socket. Only regular files are read.
 */
public final class FileKinds {

    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileKinds() {
    }

    /**
     * Why {@code file} (links followed) is not a file to read, naming what it is ("is a named pipe (FIFO), not a
     * file…"), or empty if it is a regular file. Fails as {@link Files#readAttributes} does when it is missing.
     */
    public static Optional<String> notAFile(Path file) throws IOException {
        return notAFile(file, Files.readAttributes(file, BasicFileAttributes.class));
    }

    static Optional<String> notAFile(Path file, BasicFileAttributes attributes) {
        if (attributes.isRegularFile()) {
            return Optional.empty();
        }
        if (attributes.isDirectory()) {
            return Optional.of("is a folder; expected a catalogue or routine file (.json)");
        }
        String what = switch (unixType(file)) {
            case FIFO -> "is a named pipe (FIFO), not a file";
            case CHARACTER_DEVICE -> "is a device (like a terminal or /dev/zero), not a file";
            case BLOCK_DEVICE -> "is a disk device, not a file";
            case SOCKET -> "is a socket, not a file";
            default -> "is not a regular file";
        };
        return Optional.of(what + "; only a catalogue or routine saved as a file (.json) can be opened");
    }

    /** The file type bits of the Unix mode, or -1 where the system does not tell them. */
    private static int unixType(Path file) {
        try {
            return (Integer) Files.getAttribute(file, "unix:mode") & TYPE_MASK;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return -1;
        }
    }
}
