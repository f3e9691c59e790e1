package org.exerciseplayer.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * What a file named {@code history.db} is, found before anything in it may change: a history to start (empty, or an
 * SQLite file with nothing in it), one of ours (marked with {@link Schema#APPLICATION_ID}, or from before version 5
 * with our tables), one from a newer version of the app, or another program's SQLite file, which is left alone.
 */
sealed interface HistoryFileKind {

    /** Empty, or an SQLite file with no tables, version 0 and no application id: a history to start. */
    record New() implements HistoryFileKind {}

    /** Ours, at this schema version (at most {@link Schema#latestVersion()}). */
    record Ours(int version) implements HistoryFileKind {}

    /** Ours, written by a newer version of the app. */
    record Newer(int version) implements HistoryFileKind {}

    /** An SQLite file that is not an Exercise Player history; {@code what} says whose, for a sentence. */
    record NotOurs(String what) implements HistoryFileKind {}

    /**
     * SQLite could not read it without taking locks (damaged, or caught half-written by another copy of the app):
     * opening it for real, with SQLite's locks, decides.
     */
    record Unreadable() implements HistoryFileKind {}

    /** The columns each table had by version 1 (later versions only add). */
    List<String> SESSION_COLUMNS = List.of("id", "started", "ended", "catalogue_id", "catalogue_title", "routine",
            "pain_before", "pain_after", "ending");
    List<String> RESULT_COLUMNS = List.of("session_id", "position", "exercise_id", "exercise_name", "outcome",
            "done_right", "done_left", "done_without_side", "planned");

    /**
     * Reads the file as it is on disk, without locks and without its journal (SQLite's {@code immutable}), so that
     * nothing, not even a companion file, is created or changed. Call it only while this process has no connection
     * to the file (closing any descriptor of a file drops the process's POSIX locks on it).
     */
    static HistoryFileKind of(Path file) throws IOException {
        HistoryFileKind alone = Files.size(file) == 0 ? new New() : read(() -> openUnchanged(file));
        if ((alone instanceof New || alone instanceof Unreadable)
                && Journals.hasFrames(HistoryFiles.companion(file, "-wal"))) {
            // What the file is may be in its journal only (not yet written into the file): read the two together.
            return withJournal(file).orElse(alone);
        }
        return alone;
    }

    /** Opens a connection; for reading a file one way or another. */
    interface Opening {
        Connection open() throws SQLException;
    }

    private static HistoryFileKind read(Opening opening) {
        try (Connection connection = opening.open(); Statement statement = connection.createStatement()) {
            return inOneSnapshot(statement);
        } catch (SQLException e) {
            return new Unreadable();
        }
    }

    /**
     * The file read with its journal, from copies of both in a private temporary folder (SQLite would make an index
     * beside the journal, and may not apply it to the original): nothing beside the file is made or changed. Empty
     * if the copies cannot be made.
     */
    private static Optional<HistoryFileKind> withJournal(Path file) {
        Path copies = null;
        try {
            copies = Files.createTempDirectory("exercise-player-check-");
            Path copy = copies.resolve(HistoryFiles.NAME);
            Files.copy(file, copy);
            Files.copy(HistoryFiles.companion(file, "-wal"), HistoryFiles.companion(copy, "-wal"));
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            return Optional.of(read(() -> config.createConnection("jdbc:sqlite:" + copy.toAbsolutePath().toUri())));
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            deleteAll(copies);
        }
    }

    private static void deleteAll(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            // A copy left in the temporary folder, owner-only; the system clears it.
        }
    }

    /** A read-only connection that ignores the journal and takes no locks: it changes nothing on disk. */
    static Connection openUnchanged(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1");
    }

    /**
     * What the database the statement reads is (also used under the write lock, before migrating). Call it inside a
     * transaction: its queries must see one snapshot, not another copy's migration half-way through them.
     */
    static HistoryFileKind classify(Statement statement) throws SQLException {
        int applicationId = pragma(statement, "application_id");
        int version = pragma(statement, "user_version");
        if (applicationId == Schema.APPLICATION_ID) {
            return version > Schema.latestVersion() ? new Newer(version) : new Ours(version);
        }
        if (applicationId != 0) {
            return new NotOurs(String.format("another program's SQLite database (its application id is 0x%08X, "
                    + "Exercise Player's is 0x%08X)", applicationId, Schema.APPLICATION_ID));
        }
        Set<String> tables = tables(statement);
        if (version == 0 && tables.isEmpty() && objects(statement) == 0) {
            return new New();
        }
        if (version >= 1 && version <= 4 && hasOurTables(statement, tables, version)) {
            return new Ours(version);
        }
        return new NotOurs(tables.isEmpty() ? "an SQLite database, but not Exercise Player's"
                : "another program's SQLite database (its tables are not Exercise Player's)");
    }

    /** {@link #classify} in a read transaction of its own. */
    static HistoryFileKind inOneSnapshot(Statement statement) throws SQLException {
        statement.execute("BEGIN");
        try {
            return classify(statement);
        } finally {
            statement.execute("COMMIT");
        }
    }

    private static boolean hasOurTables(Statement statement, Set<String> tables, int version) throws SQLException {
        return tables.contains("sessions") && tables.contains("exercise_results")
                && (version < 4 || tables.contains("morning_checks"))
                && columns(statement, "sessions").containsAll(SESSION_COLUMNS)
                && (version < 3 || columns(statement, "sessions").contains("stop_pain"))
                && columns(statement, "exercise_results").containsAll(RESULT_COLUMNS);
    }

    private static int pragma(Statement statement, String name) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    static Set<String> tables(Statement statement) throws SQLException {
        Set<String> names = new HashSet<>();
        try (ResultSet rows = statement.executeQuery(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static int objects(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static Set<String> columns(Statement statement, String table) throws SQLException {
        Set<String> names = new HashSet<>();
        try (ResultSet rows = statement.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rows.next()) {
                names.add(rows.getString("name"));
            }
        }
        return names;
    }
}
