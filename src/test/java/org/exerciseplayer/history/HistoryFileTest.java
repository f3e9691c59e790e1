package org.exerciseplayer.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.Stream;
import org.exerciseplayer.history.ExerciseResult.Outcome;
import org.exerciseplayer.history.SessionRecord.Ending;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history file on disk: damage, migration, permissions and folders that cannot be written. */
class HistoryFileTest {

    static final Clock AT_NOON = Clock.fixed(Instant.parse("2026-03-02T12:34:56Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    Path file() {
        return folder.resolve("history.db");
    }

    void recordSessions(int count) throws Exception {
        try (SqliteHistoryStore store = SqliteHistoryStore.open(folder)) {
            for (int i = 0; i < count; i++) {
                long id = store.sessionStarted(SqliteHistoryStoreTest.MORNING.plusSeconds(i), "hip", "Hip",
                        Optional.empty(), OptionalInt.empty());
                for (int p = 0; p < 14; p++) {
                    store.exerciseFinished(id, SqliteHistoryStoreTest.result(p, Outcome.DONE));
                }
            }
        }
    }

    void assertRecoveredFrom(byte[] damaged) throws Exception {
        Path movedTo = folder.resolve("history.db.corrupt-20260302-123456");
        try (SqliteHistoryStore store = SqliteHistoryStore.open(folder, AT_NOON)) {
            assertThat(store.recoveryNote()).hasValueSatisfying(note -> assertThat(note)
                    .contains("damaged").contains(movedTo.toString()).contains("new, empty history"));
            assertThat(movedTo).hasBinaryContent(damaged);
            assertThat(store.sessions()).isEmpty();
            long id = store.sessionStarted(Instant.EPOCH, "hip", "Hip", Optional.empty(), OptionalInt.empty());
            store.exerciseFinished(id, SqliteHistoryStoreTest.result(0, Outcome.DONE));
        }
        try (SqliteHistoryStore store = SqliteHistoryStore.open(folder, AT_NOON)) {
            assertThat(store.recoveryNote()).isEmpty();
            assertThat(store.sessions()).singleElement().satisfies(s -> assertThat(s.exercises()).hasSize(1));
        }
    }

    @Test
    void aFileOfRandomBytesIsMovedAsideAndANewHistoryStarted() throws Exception {
        byte[] noise = new byte[10_000];
        new Random(7).nextBytes(noise);
        Files.write(file(), noise);

        assertRecoveredFrom(noise);
    }

    @Test
    void aTruncatedFileIsMovedAsideAndANewHistoryStarted() throws Exception {
        recordSessions(60);
        try (FileChannel channel = FileChannel.open(file(), StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        byte[] truncated = Files.readAllBytes(file());

        assertRecoveredFrom(truncated);
    }

    @Test
    void aFileMovedAsideEarlierIsNeverOverwritten() throws Exception {
        Path earlier = Files.writeString(folder.resolve("history.db.corrupt-20260302-123456"), "earlier");
        Files.writeString(folder.resolve("history.db.corrupt-20260302-123456-2"), "earlier too");
        Files.writeString(file(), "this is not a database, it is a sentence long enough to be read as a header!");

        try (SqliteHistoryStore store = SqliteHistoryStore.open(folder, AT_NOON)) {
            Path third = folder.resolve("history.db.corrupt-20260302-123456-3");
            assertThat(store.recoveryNote()).hasValueSatisfying(note -> assertThat(note).contains(third.toString()));
            assertThat(third).hasContent("this is not a database, it is a sentence long enough to be read as a header!");
        }
        assertThat(earlier).hasContent("earlier");
        assertThat(folder.resolve("history.db.corrupt-20260302-123456-2")).hasContent("earlier too");
    }

    @Test
    void aFirstSchemaFileIsMigratedAndKeepsItsSessions() throws Exception {
        // The first schema, as version 1 shipped it, written here by hand rather than by the store.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement sql = connection.createStatement()) {
            sql.execute("""
                    CREATE TABLE sessions (id INTEGER PRIMARY KEY AUTOINCREMENT, started INTEGER NOT NULL,
                        ended INTEGER, catalogue_id TEXT NOT NULL, catalogue_title TEXT NOT NULL, routine TEXT,
                        pain_before INTEGER, pain_after INTEGER, ending TEXT, stop_exercise_id TEXT,
                        stop_exercise_name TEXT, stop_phase TEXT, stop_side TEXT, stop_repetition INTEGER,
                        stop_of INTEGER)""");
            sql.execute("""
                    CREATE TABLE exercise_results (session_id INTEGER NOT NULL REFERENCES sessions (id),
                        position INTEGER NOT NULL, exercise_id TEXT NOT NULL, exercise_name TEXT NOT NULL,
                        outcome TEXT NOT NULL, done_right INTEGER NOT NULL, done_left INTEGER NOT NULL,
                        done_without_side INTEGER NOT NULL, planned INTEGER NOT NULL,
                        PRIMARY KEY (session_id, position))""");
            sql.execute("PRAGMA user_version = 1");
            sql.execute("INSERT INTO sessions VALUES (7, 1772439330123, 1772439930123, 'hip', 'Hip', 'Morning', "
                    + "3, 5, 'PAIN_STOP', 'ex-2', 'Bridge', 'hold', 'left', 4, 10)");
            sql.execute("INSERT INTO sessions (id, started, catalogue_id, catalogue_title) "
                    + "VALUES (8, 1772482530000, 'knee', 'Knee')");
            sql.execute("INSERT INTO exercise_results VALUES (7, 0, 'ex-1', 'Clam', 'DONE', 10, 9, 0, 10)");
            sql.execute("INSERT INTO exercise_results VALUES (7, 1, 'ex-2', 'Bridge', 'STOPPED', 0, 0, 4, 10)");
        }

        try (SqliteHistoryStore store = SqliteHistoryStore.open(folder)) {
            assertThat(store.recoveryNote()).isEmpty();
            List<SessionRecord> sessions = store.sessions();
            assertThat(sessions).containsExactly(
                    new SessionRecord(7, Instant.ofEpochMilli(1772439330123L),
                            Optional.of(Instant.ofEpochMilli(1772439930123L)), "hip", "Hip", Optional.of("Morning"),
                            OptionalInt.of(3), OptionalInt.of(5), Ending.PAIN_STOP,
                            List.of(new ExerciseResult(0, "ex-1", "Clam", Outcome.DONE, 10, 9, 0, 10),
                                    new ExerciseResult(1, "ex-2", "Bridge", Outcome.STOPPED, 0, 0, 4, 10)),
                            Optional.of(new StopPlace("ex-2", "Bridge", "hold", "left", 4, 10))),
                    new SessionRecord(8, Instant.ofEpochMilli(1772482530000L), Optional.empty(), "knee", "Knee",
                            Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Ending.INTERRUPTED,
                            List.of(), Optional.empty()));
            assertThat(store.sessionStarted(Instant.EPOCH, "hip", "Hip", Optional.empty(), OptionalInt.empty()))
                    .isEqualTo(9);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement sql = connection.createStatement()) {
            assertThat(Schema.version(sql)).isEqualTo(5).isEqualTo(Schema.latestVersion());
            try (ResultSet mark = sql.executeQuery("PRAGMA application_id")) {
                assertThat(mark.getInt(1)).as("marked as ours once migrated").isEqualTo(Schema.APPLICATION_ID);
            }
            try (ResultSet plan = sql.executeQuery(
                    "EXPLAIN QUERY PLAN SELECT id FROM sessions WHERE started >= 0 AND started < 1")) {
                plan.next();
                assertThat(plan.getString("detail")).contains("sessions_by_start");
            }
        }
    }

    @Test
    void aVersionThreeFileGainsTheNextMorningChecksAndKeepsItsSessions() throws Exception {
        recordSessions(2);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement sql = connection.createStatement()) {
            // Back to the file as version 3 left it: no next-morning table, no mark, no identity.
            JournalFaultTest.undoVersionFive(sql);
            sql.execute("DROP TABLE morning_checks");
            sql.execute("PRAGMA user_version = 3");
        }

        try (SqliteHistoryStore store = SqliteHistoryStore.open(folder)) {
            assertThat(store.sessions()).hasSize(2).allSatisfy(s -> assertThat(s.exercises()).hasSize(14));
            assertThat(store.morningChecks()).isEmpty();
            MorningCheck check = MorningCheck.rated(Instant.parse("2026-03-03T07:30:00Z"),
                    java.time.LocalDate.of(2026, 3, 3), "hip", 4, OptionalInt.of(3));
            store.morningCheck(check);
            assertThat(store.morningChecks()).containsExactly(check);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement sql = connection.createStatement()) {
            assertThat(Schema.version(sql)).isEqualTo(5);
        }
    }

    @Test
    void aFileFromANewerVersionIsLeftAloneAndReported() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement sql = connection.createStatement()) {
            sql.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
            sql.execute("CREATE TABLE future (x)");
            sql.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> SqliteHistoryStore.open(folder))
                .isInstanceOf(HistoryException.class)
                .hasMessageContaining(file().toString()).hasMessageContaining("newer version");
        assertThat(file()).hasBinaryContent(before);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("corrupt"));
        }
    }

    @Test
    void theFolderAndEveryFileAreTheOwnersOnly() throws Exception {
        Path data = folder.resolve("new").resolve("exercise-player");
        try (SqliteHistoryStore store = SqliteHistoryStore.open(data)) {
            assertThat(Files.getPosixFilePermissions(data)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(permissionsOfHistoryFiles(data)).containsOnly("rw-------");
            long id = store.sessionStarted(Instant.EPOCH, "hip", "Hip", Optional.empty(), OptionalInt.empty());
            store.exerciseFinished(id, SqliteHistoryStoreTest.result(0, Outcome.DONE));
            assertThat(permissionsOfHistoryFiles(data)).as("with the write-ahead log in use")
                    .containsOnly("rw-------").hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(permissionsOfHistoryFiles(data)).containsOnly("rw-------");
    }

    @Test
    void aFileOthersCouldReadIsMadeTheOwnersOnly() throws Exception {
        recordSessions(1);
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));

        try (SqliteHistoryStore store = SqliteHistoryStore.open(folder)) {
            store.sessionStarted(Instant.EPOCH, "hip", "Hip", Optional.empty(), OptionalInt.empty());
            assertThat(permissionsOfHistoryFiles(folder)).containsOnly("rw-------");
        }
    }

    private static List<String> permissionsOfHistoryFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("history.db")).map(p -> {
                try {
                    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    /*
     * A folder that cannot be made because a plain file stands where a folder must be fails for root too (ENOTDIR),
     * and reaches the same report as a read-only folder (see SqliteHistoryStoreProcessTest). A history.db that is a
     * folder, and read-only files and folders, are in HistoryFaultTest.
     */
    @Test
    void aFolderThatCannotBeWrittenIsReportedInPlainWords() throws Exception {
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");
        Path data = blocker.resolve("exercise-player");

        assertThatThrownBy(() -> SqliteHistoryStore.open(data))
                .isInstanceOf(HistoryException.class)
                .hasMessageStartingWith("The history folder " + data + " could not be written: ")
                .hasMessageEndingWith("; your sessions will not be kept until this is fixed.");
        assertThat(blocker).hasContent("x");
    }
}
