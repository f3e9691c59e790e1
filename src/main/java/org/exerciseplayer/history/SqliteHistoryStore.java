package org.exerciseplayer.history;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.settings.UserFolders;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The history kept in {@code history.db}, an SQLite file in the per-user data folder.
 *
 * <p>Every write is one statement in autocommit mode, so it is its own transaction and is on disk when the call
 * returns: WAL journal with {@code synchronous=FULL}, which syncs the log at every commit (NORMAL would be faster
 * but may lose the last commits on a power cut, and the interface promises a crash loses at most the exercise
 * under way). Two copies of the app can use the same file: SQLite's locks serialise their writes and each waits
 * up to {@value #BUSY_TIMEOUT_MS} ms for the other. (That wait is not fair: a writer that never paused could hold
 * the other off past it, which then gets a {@link HistoryException}. The app writes a few times a minute.) Reads of sessions and their exercises take one snapshot, in
 * two queries however many sessions there are. Times are kept to the millisecond (see {@link Schema}).
 */
public final class SqliteHistoryStore implements HistoryStore {

    static final int BUSY_TIMEOUT_MS = 5_000;

    /** In the order {@link SessionRows} reads them. */
    private static final String SESSION_COLUMNS = "s.id, s.started, s.ended, s.catalogue_id, s.catalogue_title, "
            + "s.routine, s.pain_before, s.pain_after, s.ending, s.stop_exercise_id, s.stop_exercise_name, "
            + "s.stop_phase, s.stop_side, s.stop_repetition, s.stop_of, s.stop_pain";

    private final Path file;
    private final Connection connection;
    private final Optional<String> recoveryNote;

    private SqliteHistoryStore(Path file, Connection connection, Optional<String> recoveryNote) {
        this.file = file;
        this.connection = connection;
        this.recoveryNote = recoveryNote;
    }

    /** The per-user folder the app keeps its history in (see {@link UserFolders#data()}). */
    public static Path defaultDataDirectory() {
        return UserFolders.data();
    }

    /**
     * Opens (creating if needed) {@code history.db} in the folder. A damaged file is moved aside and a new one
     * started (see {@link #recoveryNote()}); a folder that cannot be written, or a file from a newer version of the
     * app, is reported as a {@link HistoryException} whose message is meant for the person.
     */
    public static SqliteHistoryStore open(Path dataDirectory) throws HistoryException {
        return open(dataDirectory, Clock.systemUTC());
    }

    static SqliteHistoryStore open(Path folder, Clock clock) throws HistoryException {
        Path file = prepare(folder);
        try {
            return new SqliteHistoryStore(file, connect(file), Optional.empty());
        } catch (SQLException e) {
            if (!isDamage(e)) {
                throw cannotOpen(folder, e);
            }
        }
        Path movedTo;
        try {
            movedTo = HistoryFiles.moveAside(file, clock);
        } catch (IOException e) {
            throw new HistoryException("The history file " + file + " is damaged and could not be moved aside: "
                    + HistoryFiles.reason(e) + "; your sessions will not be kept until this is fixed.", e);
        }
        prepare(folder);
        try {
            return new SqliteHistoryStore(file, connect(file), Optional.of("Your history file could not be read "
                    + "(it is damaged), so it was moved to " + movedTo + " and a new, empty history was started. "
                    + "The old file has not been deleted: it may still be possible to recover sessions from it."));
        } catch (SQLException e) {
            throw cannotOpen(folder, e);
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
        return unusable(folder, describe(e), e);
    }

    private static Path prepare(Path folder) throws HistoryException {
        try {
            return HistoryFiles.prepare(folder);
        } catch (IOException e) {
            throw unusable(folder, HistoryFiles.reason(e), e);
        }
    }

    private static Connection connect(Path file) throws SQLException, HistoryException {
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            try (Statement statement = connection.createStatement()) {
                // A file from a newer version is refused before anything in it changes (even its journal mode).
                Schema.refuseNewer(statement, file);
                statement.execute("PRAGMA journal_mode = WAL");
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

    private static HistoryException unusable(Path folder, String reason, Exception cause) {
        return new HistoryException("The history folder " + folder + " could not be written: " + reason
                + "; your sessions will not be kept until this is fixed.", cause);
    }

    /** Whether SQLite says the file is not (or no longer) a database, as opposed to it being unreachable. */
    static boolean isDamage(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code;
    }

    private static String describe(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return "the disk is full";
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
            return "it is read-only";
        }
        if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return HistoryFiles.NAME + " in it could not be opened";
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code) {
            return "another copy of Exercise Player kept it busy for more than " + BUSY_TIMEOUT_MS / 1000
                    + " seconds";
        }
        if (primary == SQLiteErrorCode.SQLITE_IOERR.code) {
            return "the disk reported an error";
        }
        return e.getMessage();
    }

    private HistoryException writeFailed(SQLException e) {
        return new HistoryException("The session could not be saved to " + file + ": " + describe(e)
                + "; what was saved before is kept.", e);
    }

    /** Where the store was moved aside from, when it was: a sentence for the person, shown once. */
    public Optional<String> recoveryNote() {
        return recoveryNote;
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized long sessionStarted(Instant at, String catalogueId, String catalogueTitle,
                                            Optional<String> routine, OptionalInt painBefore) throws HistoryException {
        String sql = "INSERT INTO sessions (started, catalogue_id, catalogue_title, routine, pain_before) "
                + "VALUES (?, ?, ?, ?, ?) RETURNING id";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, at.toEpochMilli());
            insert.setString(2, catalogueId);
            insert.setString(3, catalogueTitle);
            insert.setString(4, routine.orElse(null));
            setInt(insert, 5, painBefore);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        } catch (SQLException e) {
            throw writeFailed(e);
        }
    }

    @Override
    public synchronized void exerciseFinished(long sessionId, ExerciseResult result) throws HistoryException {
        // One statement: it replaces an earlier record of the same position, and inserts nothing for an unknown id.
        String sql = "INSERT OR REPLACE INTO exercise_results (session_id, position, exercise_id, exercise_name, "
                + "outcome, done_right, done_left, done_without_side, planned) "
                + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM sessions WHERE id = ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, sessionId);
            insert.setInt(2, result.position());
            insert.setString(3, result.exerciseId());
            insert.setString(4, result.exerciseName());
            insert.setString(5, result.outcome().name());
            insert.setInt(6, result.doneRight());
            insert.setInt(7, result.doneLeft());
            insert.setInt(8, result.doneWithoutSide());
            insert.setInt(9, result.planned());
            insert.setLong(10, sessionId);
            requireSession(sessionId, insert.executeUpdate());
        } catch (SQLException e) {
            throw writeFailed(e);
        }
    }

    @Override
    public synchronized void sessionEnded(long sessionId, Instant at, SessionRecord.Ending ending,
                                          Optional<StopPlace> stopPlace) throws HistoryException {
        String sql = "UPDATE sessions SET ended = ?, ending = ?, stop_exercise_id = ?, stop_exercise_name = ?, "
                + "stop_phase = ?, stop_side = ?, stop_repetition = ?, stop_of = ?, stop_pain = ? WHERE id = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, at.toEpochMilli());
            update.setString(2, ending.name());
            StopPlace stop = stopPlace.orElse(null);
            update.setString(3, stop == null ? null : stop.exerciseId());
            update.setString(4, stop == null ? null : stop.exerciseName());
            update.setString(5, stop == null ? null : stop.phase());
            update.setString(6, stop == null ? null : stop.side());
            setInt(update, 7, stop == null ? OptionalInt.empty() : OptionalInt.of(stop.repetition()));
            setInt(update, 8, stop == null ? OptionalInt.empty() : OptionalInt.of(stop.of()));
            setInt(update, 9, stop == null ? OptionalInt.empty() : stop.rating());
            update.setLong(10, sessionId);
            requireSession(sessionId, update.executeUpdate());
        } catch (SQLException e) {
            throw writeFailed(e);
        }
    }

    @Override
    public synchronized void painAfter(long sessionId, int pain) throws HistoryException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE sessions SET pain_after = ? WHERE id = ?")) {
            update.setInt(1, pain);
            update.setLong(2, sessionId);
            requireSession(sessionId, update.executeUpdate());
        } catch (SQLException e) {
            throw writeFailed(e);
        }
    }

    @Override
    public synchronized void morningCheck(MorningCheck check) throws HistoryException {
        String sql = "INSERT INTO morning_checks (answered, day, catalogue_id, answer, rating, compared_with) "
                + "VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, check.at().toEpochMilli());
            insert.setString(2, check.day().toString());
            insert.setString(3, check.catalogueId());
            insert.setString(4, check.answer().name());
            setInt(insert, 5, check.rating());
            setInt(insert, 6, check.comparedWith());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new HistoryException("The next-morning answer could not be saved to " + file + ": " + describe(e)
                    + "; what was saved before is kept.", e);
        }
    }

    @Override
    public synchronized List<MorningCheck> morningChecks() throws HistoryException {
        String sql = "SELECT answered, day, catalogue_id, answer, rating, compared_with FROM morning_checks "
                + "ORDER BY answered, id";
        List<MorningCheck> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                found.add(SessionRows.morningCheck(rows));
            }
            return found;
        } catch (SQLException | RuntimeException e) {
            throw new HistoryException("The history could not be read from " + file + ": "
                    + (e instanceof SQLException failed ? describe(failed) : e.getMessage()) + ".", e);
        }
    }

    private static void requireSession(long sessionId, int changed) throws HistoryException {
        if (changed == 0) {
            throw new HistoryException("There is no session " + sessionId + " in the history.");
        }
    }

    @Override
    public List<SessionRecord> sessions() throws HistoryException {
        return read("", Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Override
    public List<SessionRecord> sessionsBetween(Instant from, Instant to) throws HistoryException {
        return read("WHERE s.started >= ? AND s.started < ?", millis(from), millis(to));
    }

    /** Sessions, then all their exercises, in one read transaction: one snapshot, two queries. */
    private synchronized List<SessionRecord> read(String where, long from, long to) throws HistoryException {
        try {
            connection.setAutoCommit(false);
            try {
                Map<Long, List<ExerciseResult>> exercises = exercises(where, from, to);
                List<SessionRecord> found = new ArrayList<>();
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT " + SESSION_COLUMNS + " FROM sessions s " + where + " ORDER BY s.started, s.id")) {
                    bind(query, where, from, to);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            found.add(SessionRows.session(rows, exercises.getOrDefault(rows.getLong(1), List.of())));
                        }
                    }
                }
                return found;
            } finally {
                connection.commit();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new HistoryException("The history could not be read from " + file + ": " + describe(e) + ".", e);
        }
    }

    private Map<Long, List<ExerciseResult>> exercises(String where, long from, long to) throws SQLException {
        String sql = "SELECT r.session_id, r.position, r.exercise_id, r.exercise_name, r.outcome, r.done_right, "
                + "r.done_left, r.done_without_side, r.planned FROM exercise_results r "
                + (where.isEmpty() ? "" : "JOIN sessions s ON s.id = r.session_id " + where)
                + " ORDER BY r.session_id, r.position";
        Map<Long, List<ExerciseResult>> bySession = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, where, from, to);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    bySession.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(SessionRows.result(rows));
                }
            }
        }
        return bySession;
    }

    private static void bind(PreparedStatement query, String where, long from, long to) throws SQLException {
        if (!where.isEmpty()) {
            query.setLong(1, from);
            query.setLong(2, to);
        }
    }

    private static long millis(Instant at) {
        try {
            return at.toEpochMilli();
        } catch (ArithmeticException beyondRange) {
            return at.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static void setInt(PreparedStatement statement, int index, OptionalInt value) throws SQLException {
        if (value.isPresent()) {
            statement.setInt(index, value.getAsInt());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }

    /** For tests: caps the file at this many pages, so that writes fail as they would on a full disk. */
    synchronized void limitPagesForTest(long pages) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA max_page_count = " + pages);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Every write was committed when it returned; nothing is lost by a failed close.
        }
    }
}
