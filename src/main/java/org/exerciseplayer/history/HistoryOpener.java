package org.exerciseplayer.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opens {@code history.db} in a folder, looking before it touches: what is there (a folder, another program's file, a
 * file from a newer version: each left exactly as it is, and reported), whether a journal beside it is its own (one
 * that is not is set aside, never applied), and whether the person lets it be written (a read-only file or folder is
 * read, never written or chmodded). Only then is a history that is ours made private, opened for writing and brought
 * up to date; a damaged one is moved aside and a new one started.
 */
final class HistoryOpener {

    /** The history files this process has open (with how many stores): those are ours and live, not to be probed. */
    private static final Map<Path, Integer> OPEN_HERE = new HashMap<>();

    private HistoryOpener() {
    }

    static SqliteHistoryStore open(Path folder, Clock clock) throws HistoryException {
        Path file = folder.resolve(HistoryFiles.NAME);
        Path key = file.toAbsolutePath().normalize();
        boolean openHere;
        synchronized (OPEN_HERE) {
            openHere = OPEN_HERE.merge(key, 1, Integer::sum) > 1;
        }
        try {
            return open(folder, file, clock, openHere, () -> released(key));
        } catch (HistoryException | RuntimeException e) {
            released(key);
            throw e;
        }
    }

    private static void released(Path key) {
        synchronized (OPEN_HERE) {
            OPEN_HERE.computeIfPresent(key, (k, count) -> count == 1 ? null : count - 1);
        }
    }

    /**
     * Opens {@code history.db} in the folder to read it only, for what looks at the history without playing a session
     * (the calendar, the reminders): nothing is created, migrated, applied or moved; a file that is not ours, or a
     * journal that is not the file's, is refused or left out as when opening to write.
     */
    static SqliteHistoryStore openToRead(Path folder) throws HistoryException {
        Path file = folder.resolve(HistoryFiles.NAME);
        if (!Files.isRegularFile(file)) {
            throw new HistoryException("There is no history in " + folder + " yet.");
        }
        refuseUnlessOurs(kind(file, folder), file);
        boolean ignoreLog = whyLogIsNotItsOwn(file, folder).isPresent();
        return SqliteHistoryStore.readOnly(file, readOnlyConnection(file, folder, ignoreLog), new ArrayList<>(),
                "The history in " + folder + " was opened to be read only.", () -> { });
    }

    private static SqliteHistoryStore open(Path folder, Path file, Clock clock, boolean openHere, Runnable onClose)
            throws HistoryException {
        try {
            HistoryFiles.makeFolder(folder);
        } catch (IOException e) {
            throw unusable(folder, HistoryFiles.reason(e), e);
        }
        if (Files.isDirectory(file)) {
            throw new HistoryException("The history folder " + folder + " holds a folder named " + HistoryFiles.NAME
                    + " where the history file should be; it has been left as it is. Your sessions will not be kept "
                    + "until it is moved or renamed (or another folder is chosen with --data-dir).");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new HistoryException("The history folder " + folder + " holds something named " + HistoryFiles.NAME
                    + " that is not a file; it has been left as it is. Your sessions will not be kept until it is "
                    + "moved or renamed (or another folder is chosen with --data-dir).");
        }
        boolean folderWritable = HistoryFiles.writable(folder);
        if (Files.notExists(file)) {
            if (!folderWritable) {
                throw unusable(folder, "permission denied", null);
            }
            try {
                HistoryFiles.makeFile(file);
            } catch (IOException e) {
                throw unusable(folder, HistoryFiles.reason(e), e);
            }
        }
        List<String> notes = new ArrayList<>();
        boolean ignoreLog = false;
        if (!openHere) {
            HistoryFileKind kind = kind(file, folder);
            refuseUnlessOurs(kind, file);
            Optional<String> notItsOwn = whyLogIsNotItsOwn(file, folder);
            if (notItsOwn.isPresent()) {
                if (folderWritable) {
                    notes.add(setLogAside(file, notItsOwn.get(), clock));
                } else {
                    ignoreLog = true;
                    notes.add("The journal beside your history (" + HistoryFiles.NAME + "-wal) does not belong to it: "
                            + notItsOwn.get() + ". It was not applied, so nothing in your history changed; it was left "
                            + "where it is (the folder is read-only).");
                }
            }
        }
        Optional<String> readOnly = !folderWritable
                ? Optional.of("The history folder " + folder + " is read-only, so your sessions are not being kept: "
                        + "past sessions are shown, but new ones will not be saved until the folder can be written.")
                : !HistoryFiles.writable(file)
                ? Optional.of("Your history file " + file + " is read-only, so your sessions are not being kept: "
                        + "past sessions are shown, but new ones will not be saved until the file can be written. It "
                        + "has been left as it is.")
                : Optional.empty();
        if (readOnly.isPresent()) {
            return SqliteHistoryStore.readOnly(file, readOnlyConnection(file, folder, ignoreLog), notes, readOnly.get(),
                    onClose);
        }
        HistoryFiles.keepToOwner(file);
        try {
            return SqliteHistoryStore.writable(file, connect(file), notes, onClose);
        } catch (SQLException e) {
            if (!SqliteHistoryStore.isDamage(e)) {
                throw cannotOpen(folder, e);
            }
        }
        Path movedTo;
        try {
            movedTo = HistoryFiles.moveAside(file, clock);
            HistoryFiles.makeFile(file);
        } catch (IOException e) {
            throw new HistoryException("The history file " + file + " is damaged and could not be moved aside: "
                    + HistoryFiles.reason(e) + "; your sessions will not be kept until this is fixed.", e);
        }
        notes.add("Your history file could not be read (it is damaged), so it was moved to " + movedTo + " and a "
                + "new, empty history was started. The old file has not been deleted: it may still be possible to "
                + "recover sessions from it.");
        try {
            return SqliteHistoryStore.writable(file, connect(file), notes, onClose);
        } catch (SQLException e) {
            throw cannotOpen(folder, e);
        }
    }

    private static HistoryFileKind kind(Path file, Path folder) throws HistoryException {
        try {
            return HistoryFileKind.of(file);
        } catch (IOException e) {
            throw unusable(folder, HistoryFiles.reason(e), e);
        }
    }

    private static Optional<String> whyLogIsNotItsOwn(Path file, Path folder) throws HistoryException {
        try {
            return Journals.whyNotItsOwn(file);
        } catch (IOException e) {
            throw unusable(folder, HistoryFiles.reason(e), e);
        }
    }

    private static String setLogAside(Path file, String why, Clock clock) throws HistoryException {
        try {
            Path movedTo = HistoryFiles.setLogAside(file, clock);
            return "The journal beside your history (" + HistoryFiles.NAME + "-wal) did not belong to it: " + why
                    + ". It was not applied, so nothing in your history changed; it was moved to " + movedTo
                    + ", so nothing in it is lost either.";
        } catch (IOException e) {
            throw new HistoryException("The journal beside your history file " + file + " (" + HistoryFiles.NAME
                    + "-wal) does not belong to it (" + why + ") and could not be moved aside: "
                    + HistoryFiles.reason(e) + "; both have been left as they are, and your sessions will not be "
                    + "kept until this is fixed.", e);
        }
    }

    /** Refuses, before anything in it changes, a file that is another program's or a newer version's. */
    static void refuseUnlessOurs(HistoryFileKind kind, Path file) throws HistoryException {
        if (kind instanceof HistoryFileKind.NotOurs notOurs) {
            throw new HistoryException("The file " + file + " is not an Exercise Player history: it is "
                    + notOurs.what() + ". It has been left as it is. Your sessions will not be kept until it is moved "
                    + "elsewhere (or another folder is chosen with --data-dir).");
        }
        if (kind instanceof HistoryFileKind.Newer newer) {
            throw new HistoryException("The history file " + file + " was written by a newer version of "
                    + "Exercise Player (its version " + newer.version() + ", this one knows up to "
                    + Schema.latestVersion() + "); it has been left as it is. Please update Exercise Player to see "
                    + "your sessions.");
        }
    }

    /**
     * The file read as it is, creating nothing beside it: alone (SQLite's {@code immutable}), unless a log with
     * something in it is there and is its own; then with the log, read and not applied (SQLite makes the log's
     * index, -shm, if it can; where it cannot, the file is read alone).
     */
    private static Connection readOnlyConnection(Path file, Path folder, boolean ignoreLog) throws HistoryException {
        try {
            if (!ignoreLog && Journals.hasFrames(HistoryFiles.companion(file, "-wal"))) {
                SQLiteConfig config = new SQLiteConfig();
                config.setReadOnly(true);
                config.setBusyTimeout(SqliteHistoryStore.BUSY_TIMEOUT_MS);
                try {
                    Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri());
                    probe(connection);
                    return connection;
                } catch (SQLException cannotMakeIndex) {
                    // A read-only folder without the log's index (-shm): read the file alone, as it is on disk.
                }
            }
            Connection connection = HistoryFileKind.openUnchanged(file);
            probe(connection);
            return connection;
        } catch (IOException e) {
            throw unusable(folder, HistoryFiles.reason(e), e);
        } catch (SQLException e) {
            throw new HistoryException("The history file " + file + " could not be read: "
                    + SqliteHistoryStore.describe(e) + "; it has been left as it is, and your sessions will not be "
                    + "kept until this is fixed.", e);
        }
    }

    private static void probe(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            rows.next();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    private static Connection connect(Path file) throws SQLException, HistoryException {
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(SqliteHistoryStore.BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            try (Statement statement = connection.createStatement()) {
                // Looked at again through SQLite's locks: refused before anything changes, even the journal mode.
                refuseUnlessOurs(HistoryFileKind.inOneSnapshot(statement), file);
                useWriteAheadLog(statement);
                try (ResultSet check = statement.executeQuery("PRAGMA quick_check")) {
                    String verdict = check.next() ? check.getString(1) : "no answer";
                    if (!"ok".equals(verdict)) {
                        throw new SQLiteException("quick_check: " + verdict, SQLiteErrorCode.SQLITE_CORRUPT);
                    }
                }
            }
            Schema.migrate(connection, file);
            return connection;
        } catch (SQLException | HistoryException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Puts the file in WAL mode, unless it is already. Switching needs the file to itself, and SQLite answers "busy"
     * at once, without its busy timeout, when another copy of the app starting at the same moment holds it (seen
     * with copies started together on a new folder): so the switch is tried again, for up to the same timeout.
     */
    private static void useWriteAheadLog(Statement statement) throws SQLException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(
                SqliteHistoryStore.BUSY_TIMEOUT_MS);
        for (int attempt = 1; ; attempt++) {
            try {
                if ("wal".equalsIgnoreCase(journalMode(statement, "PRAGMA journal_mode"))
                        || "wal".equalsIgnoreCase(journalMode(statement, "PRAGMA journal_mode = WAL"))) {
                    return;
                }
            } catch (SQLException e) {
                if ((e.getErrorCode() & 0xff) != SQLiteErrorCode.SQLITE_BUSY.code || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new SQLiteException("the history could not be put in WAL mode",
                        SQLiteErrorCode.SQLITE_BUSY);
            }
            try {
                Thread.sleep(Math.min(50, 2L * attempt));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLiteException("interrupted while opening the history", SQLiteErrorCode.SQLITE_BUSY);
            }
        }
    }

    private static String journalMode(Statement statement, String sql) throws SQLException {
        try (ResultSet mode = statement.executeQuery(sql)) {
            return mode.next() ? mode.getString(1) : "";
        }
    }

    private static HistoryException cannotOpen(Path folder, SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LinkageError || cause.getClass().getSimpleName().startsWith("NativeLibrary")) {
                // Not the folder's fault: sqlite-jdbc unpacks its native library into the temporary folder.
                return new HistoryException("The history could not be opened: SQLite's native library could not "
                        + "be loaded from the temporary folder " + System.getProperty("org.sqlite.tmpdir",
                        System.getProperty("java.io.tmpdir")) + " (" + cause.getMessage() + "); your sessions will "
                        + "not be kept until this is fixed.", e);
            }
        }
        return unusable(folder, SqliteHistoryStore.describe(e), e);
    }

    static HistoryException unusable(Path folder, String reason, Exception cause) {
        return new HistoryException("The history folder " + folder + " could not be written: " + reason
                + "; your sessions will not be kept until this is fixed.", cause);
    }
}
