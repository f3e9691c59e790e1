package org.exerciseplayer.history;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The history's files on disk: the folder (owner-only, 700, when this app makes it), {@code history.db} and SQLite's
 * companion files (owner-only, 600; SQLite gives its -wal, -shm and -journal files the database file's permissions),
 * and moving a damaged file, or a journal that is not the file's, aside without overwriting anything. Permissions are
 * only ever taken away, from our own regular files: a folder is never chmodded, and a file the person made read-only
 * stays read-only.
 */
final class HistoryFiles {

    static final String NAME = "history.db";
    /** SQLite's companion files, which belong with the database file wherever it goes. */
    static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private HistoryFiles() {
    }

    /**
     * Makes the folder (owner-only) if it is not there. Another copy of the app may make it at the same moment: a
     * folder found where this one was to be made is as good.
     */
    static void makeFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(folder, posix(folder, FOLDER));
        } catch (FileAlreadyExistsException madeMeanwhile) {
            if (!Files.isDirectory(folder)) {
                throw madeMeanwhile;
            }
        }
    }

    /**
     * Makes an empty, owner-only database file if there is none (SQLite treats an empty file as an empty database;
     * making it here is what makes it 600). Another copy of the app may make it at the same moment.
     */
    static void makeFile(Path file) throws IOException {
        try {
            Files.createFile(file, posix(file.toAbsolutePath().getParent(), FILE));
        } catch (FileAlreadyExistsException madeMeanwhile) {
            if (!Files.isRegularFile(file)) {
                throw madeMeanwhile;
            }
        }
    }

    /** The companion file ({@code -wal}, {@code -shm}, {@code -journal}) of the database file. */
    static Path companion(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /**
     * Whether the app may write here: the system allows it, and the owner has not taken the write permission away
     * (which the system ignores for root, and the app respects anyway).
     */
    static boolean writable(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        try {
            return !isPosix(path) || Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Takes the group's and others' permissions away from the database file and its companions (a history is
     * private): only from regular files, never adding one. A file this process may not change (another user's)
     * is left as it is.
     */
    static void keepToOwner(Path file) {
        keepFileToOwner(file);
        for (String companion : COMPANIONS) {
            keepFileToOwner(companion(file, companion));
        }
    }

    private static void keepFileToOwner(Path file) {
        if (!isPosix(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.removeAll(OTHERS)) {
                Files.setPosixFilePermissions(file, permissions);
            }
        } catch (IOException notOurs) {
            // Not this user's to change: leave it.
        }
    }

    /**
     * Moves the database file and its companions to {@code history.db.corrupt-<yyyyMMdd-HHmmss>} (adding -2, -3, …
     * if that name is taken) and returns where the database file went.
     */
    static Path moveAside(Path file, Clock clock) throws IOException {
        return moveAside(file, clock, ".corrupt-", true);
    }

    /**
     * Moves the log beside the database file, and its index, to {@code history.db.set-aside-<stamp>-wal} (and
     * {@code -shm}), never overwriting anything, and returns where the log went. The database file stays.
     */
    static Path setLogAside(Path file, Clock clock) throws IOException {
        return moveAside(file, clock, ".set-aside-", false);
    }

    private static Path moveAside(Path file, Clock clock, String label, boolean withFile) throws IOException {
        String base = file.getFileName() + label + STAMP.format(clock.instant().atZone(ZoneOffset.UTC));
        for (int attempt = 1; ; attempt++) {
            String name = attempt == 1 ? base : base + "-" + attempt;
            Path target = file.resolveSibling(name);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    || COMPANIONS.stream().anyMatch(c -> Files.exists(file.resolveSibling(name + c)))) {
                continue;
            }
            if (withFile) {
                try {
                    Files.move(file, target); // without REPLACE_EXISTING: never overwrites
                } catch (FileAlreadyExistsException taken) {
                    continue;
                }
            }
            for (String companion : withFile ? COMPANIONS : List.of("-wal", "-shm")) {
                Path other = companion(file, companion);
                if (Files.exists(other, LinkOption.NOFOLLOW_LINKS)) {
                    // A stale -wal next to a new file could be replayed into it: it goes with its database.
                    Files.move(other, file.resolveSibling(name + companion));
                }
            }
            return withFile ? target : file.resolveSibling(name + "-wal");
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

    private static FileAttribute<?>[] posix(Path folder, Set<PosixFilePermission> permissions) {
        return isPosix(folder) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
