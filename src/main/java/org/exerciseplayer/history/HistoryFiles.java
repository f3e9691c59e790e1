package org.exerciseplayer.history;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * The history's files on disk: the folder (owner-only, 700), {@code history.db} and SQLite's companion files
 * (owner-only, 600; SQLite gives its -wal, -shm and -journal files the database file's permissions), and moving a
 * damaged file aside without overwriting anything.
 */
final class HistoryFiles {

    static final String NAME = "history.db";
    /** SQLite's companion files, which belong with the database file wherever it goes. */
    static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private HistoryFiles() {
    }

    /** Creates the folder if needed and the database file if needed, both owner-only; returns the file. */
    static Path prepare(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Path parent = folder.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.createDirectory(folder, posix(folder, FOLDER));
        }
        Path file = folder.resolve(NAME);
        if (Files.notExists(file)) {
            // SQLite treats an empty file as an empty database; creating it here is what makes it 600.
            Files.createFile(file, posix(folder, FILE));
        }
        ownerOnly(file);
        for (String companion : COMPANIONS) {
            Path other = folder.resolve(NAME + companion);
            if (Files.exists(other)) {
                ownerOnly(other);
            }
        }
        return file;
    }

    /**
     * Moves the database file and its companions to {@code history.db.corrupt-<yyyyMMdd-HHmmss>} (adding -2, -3, …
     * if that name is taken) and returns where the database file went.
     */
    static Path moveAside(Path file, Clock clock) throws IOException {
        String base = file.getFileName() + ".corrupt-" + STAMP.format(clock.instant().atZone(ZoneOffset.UTC));
        for (int attempt = 1; ; attempt++) {
            String name = attempt == 1 ? base : base + "-" + attempt;
            Path target = file.resolveSibling(name);
            if (COMPANIONS.stream().anyMatch(c -> Files.exists(file.resolveSibling(name + c)))) {
                continue;
            }
            try {
                Files.move(file, target); // without REPLACE_EXISTING: never overwrites
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            for (String companion : COMPANIONS) {
                Path other = file.resolveSibling(file.getFileName() + companion);
                if (Files.exists(other)) {
                    // A stale -wal next to a new file could be replayed into it: it goes with its database.
                    Files.move(other, file.resolveSibling(name + companion));
                }
            }
            return target;
        }
    }

    /** A short, plain reason for a file-system failure, for a sentence that names the file. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException already) {
            return already.getFile() + " is in the way (it is not a folder)";
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + " does not exist";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    static void ownerOnly(Path path) throws IOException {
        if (isPosix(path)) {
            Files.setPosixFilePermissions(path, FILE);
        }
    }

    private static FileAttribute<?>[] posix(Path folder, Set<PosixFilePermission> permissions) {
        return isPosix(folder) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
