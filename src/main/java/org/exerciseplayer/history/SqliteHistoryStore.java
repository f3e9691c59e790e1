package org.exerciseplayer.history;

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
import org.sqlite.SQLiteErrorCode;

/**
 * The history kept in {@code history.db}, an SQLite file in the per-user data folder.
 *
 * <p>How the file is found, checked and opened is {@link HistoryOpener}'s. Every write is one statement in autocommit
 * mode (with the triggers that count it in {@code history_file}, see {@link Schema}), so it is its own transaction and
 * is on disk when the call returns: WAL journal with {@code synchronous=FULL}, which syncs the log at every commit (NORMAL would be faster
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
    private final List<String> notes;
    private final Optional<String> readOnly;
    private final Runnable onClose;
    private boolean closed;
    /** The tables there are, when the store is read-only (null: all of the latest version's). */
    private java.util.Set<String> tables;

    private SqliteHistoryStore(Path file, Connection connection, List<String> notes, Optional<String> readOnly,
                               Runnable onClose) {
        this.file = file;
        this.connection = connection;
        this.notes = List.copyOf(notes);
        this.readOnly = readOnly;
        this.onClose = onClose;
    }

    static SqliteHistoryStore writable(Path file, Connection connection, List<String> notes, Runnable onClose) {
        return new SqliteHistoryStore(file, connection, notes, Optional.empty(), onClose);
    }

    static SqliteHistoryStore readOnly(Path file, Connection connection, List<String> notes, String why,
                                       Runnable onClose) throws HistoryException {
        SqliteHistoryStore store = new SqliteHistoryStore(file, connection, notes, Optional.of(why), onClose);
        try (Statement statement = connection.createStatement()) {
            // A history that was never written (empty, or another copy had only just made it) has no tables yet.
            store.tables = HistoryFileKind.tables(statement);
        } catch (SQLException e) {
            store.close();
            throw new HistoryException("The history could not be read from " + file + ": " + describe(e) + ".", e);
        }
        return store;
    }

    /** The per-user folder the app keeps its history in (see {@link UserFolders#data()}). */
    public static Path defaultDataDirectory() {
        return UserFolders.data();
    }

    /**
     * Opens (creating if needed) {@code history.db} in the folder, as {@link HistoryOpener} says: a damaged file is
     * moved aside and a new one started, a journal that is not the file's is set aside (see {@link #recoveryNote()});
     * a read-only file or folder is opened read-only (see {@link #readOnly()}); a folder that cannot be written,
     * something in the way, another program's file or a file from a newer version of the app is reported as a
     * {@link HistoryException} whose message is meant for the person, and left as it is.
     */
    public static SqliteHistoryStore open(Path dataDirectory) throws HistoryException {
        return open(dataDirectory, Clock.systemUTC());
    }

    /**
     * Opens the history in the folder to read it only (the calendar and the reminders): it changes nothing, not even
     * a newer schema's version or a journal beside the file; fails if there is no history there, or it is not ours.
     */
    public static SqliteHistoryStore openToRead(Path dataDirectory) throws HistoryException {
        return HistoryOpener.openToRead(dataDirectory);
    }

    static SqliteHistoryStore open(Path folder, Clock clock) throws HistoryException {
        return HistoryOpener.open(folder, clock);
    }

    /** Whether SQLite says the file is not (or no longer) a database, as opposed to it being unreachable. */
    static boolean isDamage(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code;
    }

    static String describe(SQLException e) {
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

    /**
     * What was done to the history as it opened, when anything was (the damaged file moved aside, a journal that was
     * not its own set aside): sentences for the person, one a line, shown once.
     */
    public Optional<String> recoveryNote() {
        return notes.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", notes));
    }

    /** Why sessions cannot be written to this history (the person made it read-only), if they cannot. */
    public Optional<String> readOnly() {
        return readOnly;
    }

    @Override
    public Optional<String> notKept() {
        return readOnly;
    }

    private void requireWritable() throws HistoryException {
        if (readOnly.isPresent()) {
            throw new HistoryException(readOnly.get());
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized long sessionStarted(Instant at, String catalogueId, String catalogueTitle,
                                            Optional<String> routine, OptionalInt painBefore) throws HistoryException {
        requireWritable();
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
        requireWritable();
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
        requireWritable();
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
        requireWritable();
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
        requireWritable();
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
        if (tables != null && !tables.contains("morning_checks")) {
            return List.of();
        }
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
        if (tables != null && !tables.contains("sessions")) {
            return List.of();
        }
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
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            // Every write was committed when it returned; nothing is lost by a failed close.
        } finally {
            onClose.run();
        }
    }
}
