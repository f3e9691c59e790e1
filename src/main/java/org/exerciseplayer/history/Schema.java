package org.exerciseplayer.history;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The history file's tables and how each version of them becomes the next. The version is SQLite's
 * {@code PRAGMA user_version}: 0 for a new file, n once the first n migrations have run.
 *
 * <p>Times are whole milliseconds since 1970-01-01T00:00:00Z (UTC) in INTEGER columns: they sort and compare as
 * numbers, which is what {@code sessionsBetween} needs. An empty {@code ended} means the session never ended
 * (it reads as {@link SessionRecord.Ending#INTERRUPTED}); {@code ending} and {@code outcome} hold the enum
 * constants' names.
 */
final class Schema {

    /**
     * Migration n (from 1) takes the file from version n-1 to n. To change the schema, append one entry; never
     * edit an entry that has shipped, since files out there already have it.
     */
    static final List<List<String>> MIGRATIONS = List.of(
            // 1: the first schema.
            List.of("""
                    CREATE TABLE sessions (
                        id                 INTEGER PRIMARY KEY AUTOINCREMENT,
                        started            INTEGER NOT NULL,
                        ended              INTEGER,
                        catalogue_id       TEXT    NOT NULL,
                        catalogue_title    TEXT    NOT NULL,
                        routine            TEXT,
                        pain_before        INTEGER,
                        pain_after         INTEGER,
                        ending             TEXT,
                        stop_exercise_id   TEXT,
                        stop_exercise_name TEXT,
                        stop_phase         TEXT,
                        stop_side          TEXT,
                        stop_repetition    INTEGER,
                        stop_of            INTEGER
                    )""", """
                    CREATE TABLE exercise_results (
                        session_id        INTEGER NOT NULL REFERENCES sessions (id),
                        position          INTEGER NOT NULL,
                        exercise_id       TEXT    NOT NULL,
                        exercise_name     TEXT    NOT NULL,
                        outcome           TEXT    NOT NULL,
                        done_right        INTEGER NOT NULL,
                        done_left         INTEGER NOT NULL,
                        done_without_side INTEGER NOT NULL,
                        planned           INTEGER NOT NULL,
                        PRIMARY KEY (session_id, position)
                    )"""),
            // 2: sessionsBetween (the two-week review) finds its sessions without reading them all.
            List.of("CREATE INDEX sessions_by_start ON sessions (started)"),
            // 3: under a physio's pain limit, the rating (0-10) that stopped the session.
            List.of("ALTER TABLE sessions ADD COLUMN stop_pain INTEGER"),
            // 4: the next-morning check (MorningCheck): day is the person's ISO date when answered.
            List.of("""
                    CREATE TABLE morning_checks (
                        id            INTEGER PRIMARY KEY AUTOINCREMENT,
                        answered      INTEGER NOT NULL,
                        day           TEXT    NOT NULL,
                        catalogue_id  TEXT    NOT NULL,
                        answer        TEXT    NOT NULL,
                        rating        INTEGER,
                        compared_with INTEGER
                    )""", "CREATE INDEX morning_checks_by_day ON morning_checks (day)"),
            // 5: the file says it is Exercise Player's (SQLite's application_id, see APPLICATION_ID), and each
            // history has an identity of its own, which every write touches, so that every journal (-wal) of ours
            // holds its history's uuid and one from another history is recognised (Journals).
            List.of("PRAGMA application_id = " + Schema.APPLICATION_ID, """
                    CREATE TABLE history_file (
                        id     INTEGER PRIMARY KEY CHECK (id = 1),
                        uuid   TEXT    NOT NULL,
                        writes INTEGER NOT NULL DEFAULT 0
                    )""", "INSERT INTO history_file (id, uuid) VALUES (1, lower(hex(randomblob(16))))",
                    written("sessions", "INSERT"), written("sessions", "UPDATE"),
                    written("exercise_results", "INSERT"), written("exercise_results", "UPDATE"),
                    written("morning_checks", "INSERT")));

    /**
     * Marks an SQLite file as an Exercise Player history (SQLite's {@code PRAGMA application_id}, bytes 68-71 of the
     * file): "ExPl" in ASCII. Files from before version 5 have 0 there and are recognised by their tables instead
     * ({@link HistoryFileKind}).
     */
    static final int APPLICATION_ID = 0x4578506C;

    private Schema() {
    }

    /** A trigger that counts a write in {@code history_file}, so that the write's journal holds that page too. */
    private static String written(String table, String change) {
        return "CREATE TRIGGER " + table + "_" + change.toLowerCase(java.util.Locale.ROOT) + "_counted AFTER " + change
                + " ON " + table + " BEGIN UPDATE history_file SET writes = writes + 1 WHERE id = 1; END";
    }

    static int latestVersion() {
        return MIGRATIONS.size();
    }

    /**
     * Brings the file up to the latest version in one transaction, which takes the write lock first, so two copies
     * of the app starting together migrate once. Under that lock the file is looked at once more: another program's
     * file, or a newer version's, is refused and nothing is written.
     */
    static void migrate(Connection connection, Path file) throws SQLException, HistoryException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                HistoryFileKind kind = HistoryFileKind.classify(statement);
                HistoryOpener.refuseUnlessOurs(kind, file);
                int version = kind instanceof HistoryFileKind.Ours ours ? ours.version() : 0;
                for (int next = version + 1; next <= latestVersion(); next++) {
                    for (String sql : MIGRATIONS.get(next - 1)) {
                        statement.execute(sql);
                    }
                    statement.execute("PRAGMA user_version = " + next);
                }
                statement.execute("COMMIT");
            } catch (SQLException | HistoryException | RuntimeException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
        }
    }

    static int version(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
