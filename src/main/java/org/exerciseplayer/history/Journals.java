package org.exerciseplayer.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * The write-ahead log ({@code history.db-wal}) found beside the history when the app opens it, checked before SQLite
 * applies it. SQLite replays any well-formed log into whatever file has the log's name: after a crash that is the
 * log's own database, and replaying it is what keeps the last exercises; but after a backup was put back (or another
 * history copied in) the log is another file's, and replaying it overwrites pages of this one, so that its own
 * sessions vanish.
 *
 * <p>The log belongs to the file if the file read with the log (SQLite's read-only view, which applies nothing) is
 * whole, is the same history ({@code history_file.uuid}, ours) and has every session, exercise and next-morning
 * answer the file has alone (the app only adds and updates rows, never deletes them; a log that is its own only adds
 * to the file). The file alone is read first, then with its log: a checkpoint by another copy of the app in between
 * only moves the file forward, so a live log always passes.
 */
final class Journals {

    /** The log's header: magic, format version, page size, checkpoint sequence, two salts, two checksums. */
    private static final int HEADER_BYTES = 32;
    private static final int FRAME_HEADER_BYTES = 24;
    private static final int FORMAT_VERSION = 3007000;

    private Journals() {
    }

    /**
     * Why the log beside {@code file} is not its own, or empty when there is no log with anything in it, when it is
     * its own, or when that cannot be told (the file alone cannot be read: then the store's own open finds the
     * damage and moves the file aside with its log).
     */
    static Optional<String> whyNotItsOwn(Path file) throws IOException {
        Path log = HistoryFiles.companion(file, "-wal");
        if (!hasFrames(log)) {
            return Optional.empty();
        }
        if (Files.size(file) == 0) {
            // SQLite deletes a log beside an empty file.
            return Optional.of(file.getFileName() + " is empty");
        }
        Contents alone;
        try {
            alone = read(HistoryFileKind.openUnchanged(file), false);
        } catch (SQLException e) {
            return Optional.empty();
        }
        Contents withLog;
        try {
            withLog = read(readOnly(file), true);
        } catch (SQLException e) {
            return Optional.of("applied, it would damage " + file.getFileName());
        }
        if (alone.ours() && !withLog.ours()) {
            return Optional.of("it is another program's");
        }
        if (alone.uuid().isPresent() && withLog.uuid().isPresent() && !alone.uuid().equals(withLog.uuid())) {
            return Optional.of("it comes from another history");
        }
        Set<String> lost = new HashSet<>(alone.rows());
        lost.removeAll(withLog.rows());
        if (!lost.isEmpty()) {
            long sessions = lost.stream().filter(row -> row.startsWith("session ")).count();
            return Optional.of(sessions > 0
                    ? "applying it would remove " + plural(sessions, "session") + " from " + file.getFileName()
                    : "applying it would remove " + plural(lost.size(), "record") + " from " + file.getFileName());
        }
        return Optional.empty();
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** Whether the log has a valid header and at least one frame: anything SQLite would apply. */
    static boolean hasFrames(Path log) throws IOException {
        if (!Files.isRegularFile(log) || Files.size(log) < HEADER_BYTES + FRAME_HEADER_BYTES) {
            return false;
        }
        byte[] header = new byte[HEADER_BYTES];
        try (InputStream in = Files.newInputStream(log)) {
            if (in.readNBytes(header, 0, HEADER_BYTES) < HEADER_BYTES) {
                return false;
            }
        }
        ByteBuffer fields = ByteBuffer.wrap(header);
        int magic = fields.getInt(0);
        return (magic == 0x377f0682 || magic == 0x377f0683) && fields.getInt(4) == FORMAT_VERSION;
    }

    /** A read-only connection that sees the log without applying it (it may make the -shm index). */
    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri());
    }

    private record Contents(boolean ours, Optional<String> uuid, Set<String> rows) {}

    private static Contents read(Connection opened, boolean check) throws SQLException {
        try (Connection connection = opened; Statement statement = connection.createStatement()) {
            // One snapshot: another copy of the app may be writing.
            statement.execute("BEGIN");
            if (check) {
                try (ResultSet verdict = statement.executeQuery("PRAGMA quick_check")) {
                    if (!verdict.next() || !"ok".equals(verdict.getString(1))) {
                        throw new SQLException("quick_check: not ok");
                    }
                }
            }
            boolean ours = HistoryFileKind.classify(statement) instanceof HistoryFileKind.Ours;
            Set<String> tables = HistoryFileKind.tables(statement);
            Optional<String> uuid = Optional.empty();
            if (tables.contains("history_file")) {
                try (ResultSet row = statement.executeQuery("SELECT uuid FROM history_file WHERE id = 1")) {
                    uuid = row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
                }
            }
            Set<String> rows = new HashSet<>();
            if (tables.contains("sessions")) {
                collect(statement, "SELECT 'session ' || id || ' ' || started || ' ' || catalogue_id FROM sessions",
                        rows);
            }
            if (tables.contains("exercise_results")) {
                collect(statement, "SELECT 'exercise ' || session_id || ' ' || position FROM exercise_results", rows);
            }
            if (tables.contains("morning_checks")) {
                collect(statement, "SELECT 'morning ' || id || ' ' || answered FROM morning_checks", rows);
            }
            statement.execute("COMMIT");
            return new Contents(ours, uuid, rows);
        }
    }

    private static void collect(Statement statement, String sql, Set<String> into) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                into.add(rows.getString(1));
            }
        }
    }
}
