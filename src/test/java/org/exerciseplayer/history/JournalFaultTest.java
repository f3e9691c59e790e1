package org.exerciseplayer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.history.ExerciseResult.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal (history.db-wal) that is not the file's own, injected for real: what a crash of another history left,
 * put beside this one. The file's bytes before and after, the journal's, and what the person is told.
 */
class JournalFaultTest {

    @TempDir
    Path folder;
    @TempDir
    Path other;
    @TempDir
    Path crashed;

    Path file() {
        return folder.resolve("history.db");
    }

    Path log() {
        return folder.resolve("history.db-wal");
    }

    /** Records {@code count} sessions titled {@code title}, each with two exercises, and closes the history. */
    static void record(Path in, String title, int count) throws Exception {
        try (SqliteHistoryStore store = SqliteHistoryStore.open(in)) {
            write(store, title, count);
        }
    }

    private static void write(HistoryStore store, String title, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            long id = store.sessionStarted(Instant.parse("2026-03-02T08:00:00Z").plusSeconds(3600L * i), "hip", title,
                    Optional.empty(), OptionalInt.empty());
            store.exerciseFinished(id, SqliteHistoryStoreTest.result(0, Outcome.DONE));
            store.exerciseFinished(id, SqliteHistoryStoreTest.result(1, Outcome.SKIPPED));
        }
    }

    /**
     * What a crash leaves of the history in {@code in}: {@code before} sessions checkpointed into the file, then
     * {@code after} more only in its log, copied into {@code to} while the store is still open (every commit is synced
     * to the log when it returns, so the copy is what a power cut would leave).
     */
    static void crash(Path in, String title, int before, int after, Path to) throws Exception {
        record(in, title, before);
        try (SqliteHistoryStore store = SqliteHistoryStore.open(in)) {
            write(store, title + " (in the log)", after);
            Files.copy(in.resolve("history.db"), to.resolve("history.db"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(in.resolve("history.db-wal"), to.resolve("history.db-wal"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static List<String> titles(HistoryStore store) throws Exception {
        return store.sessions().stream().map(SessionRecord::catalogueTitle).toList();
    }

    @Test
    void anotherHistorysLeftoverJournalIsSetAsideNotAppliedAndNothingIsLost() throws Exception {
        record(folder, "mine", 2);
        crash(other, "another", 1, 3, crashed);
        Files.copy(crashed.resolve("history.db-wal"), log());
        byte[] fileBefore = Files.readAllBytes(file());
        byte[] logBefore = Files.readAllBytes(log());
        Path setAside = folder.resolve("history.db.set-aside-20260302-123456-wal");

        try (SqliteHistoryStore store = SqliteHistoryStore.open(folder, HistoryFileTest.AT_NOON)) {
            assertThat(store.recoveryNote()).hasValue("The journal beside your history (history.db-wal) did not belong "
                    + "to it: it comes from another history. It was not applied, so nothing in your history changed; "
                    + "it was moved to " + setAside + ", so nothing in it is lost either.");
            assertThat(titles(store)).containsExactly("mine", "mine");
            assertThat(store.sessions()).allSatisfy(s -> assertThat(s.exercises()).hasSize(2));
        }
        assertThat(file()).as("the file itself, after opening and closing").hasBinaryContent(fileBefore);
        assertThat(setAside).hasBinaryContent(logBefore);
        assertThat(log()).doesNotExist();

        // Nothing of the other history is lost: its journal, put back beside its own file, gives all its sessions.
        Files.copy(setAside, crashed.resolve("history.db-wal"), StandardCopyOption.REPLACE_EXISTING);
        try (SqliteHistoryStore store = SqliteHistoryStore.open(crashed)) {
            assertThat(store.recoveryNote()).isEmpty();
            assertThat(titles(store)).containsExactlyInAnyOrder("another", "another (in the log)",
                    "another (in the log)", "another (in the log)");
        }
    }

    @Test
    void aJournalWhoseReplayWouldRemoveTheFilesOwnSessionsIsSetAside() throws Exception {
        // A history from before identities (version 4): no uuid to compare, so what replaying would do decides.
        crash(other, "another", 1, 3, crashed);
        record(folder, "mine", 3);
        asVersionFour(file());
        Files.copy(crashed.resolve("history.db-wal"), log());

        try (SqliteHistoryStore store = SqliteHistoryStore.open(folder, HistoryFileTest.AT_NOON)) {
            assertThat(store.recoveryNote()).hasValueSatisfying(note -> assertThat(note)
                    .startsWith("The journal beside your history (history.db-wal) did not belong to it: ")
                    .contains("It was not applied"));
            assertThat(titles(store)).containsExactly("mine", "mine", "mine");
        }
        assertThat(folder.resolve("history.db.set-aside-20260302-123456-wal"))
                .hasBinaryContent(Files.readAllBytes(crashed.resolve("history.db-wal")));
    }

    /** Takes a history back to what version 4 wrote: no mark, no identity. */
    static void asVersionFour(Path file) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var sql = connection.createStatement()) {
            undoVersionFive(sql);
        }
    }

    /** Undoes migration 5: the mark, the identity and the triggers that count writes. */
    static void undoVersionFive(java.sql.Statement sql) throws Exception {
        List<String> triggers = new java.util.ArrayList<>();
        try (var rows = sql.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'trigger'")) {
            while (rows.next()) {
                triggers.add(rows.getString(1));
            }
        }
        for (String trigger : triggers) {
            sql.execute("DROP TRIGGER " + trigger);
        }
        sql.execute("DROP TABLE history_file");
        sql.execute("PRAGMA application_id = 0");
        sql.execute("PRAGMA user_version = 4");
    }

    @Test
    void aJournalBesideAnEmptyHistoryFileIsSetAsideNotDeleted() throws Exception {
        // SQLite itself deletes a journal found beside an empty file, with whatever sessions it held.
        crash(other, "another", 0, 2, crashed);
        Files.createFile(file());
        Files.copy(crashed.resolve("history.db-wal"), log());
        byte[] logBefore = Files.readAllBytes(log());

        try (SqliteHistoryStore store = SqliteHistoryStore.open(folder, HistoryFileTest.AT_NOON)) {
            assertThat(store.recoveryNote()).hasValueSatisfying(note -> assertThat(note)
                    .contains("did not belong to it: history.db is empty"));
            assertThat(store.sessions()).isEmpty();
        }
        assertThat(folder.resolve("history.db.set-aside-20260302-123456-wal")).hasBinaryContent(logBefore);
    }

    @Test
    void aCrashesOwnJournalIsAppliedAndItsSessionsKept() throws Exception {
        crash(other, "mine", 2, 2, folder);
        byte[] logBefore = Files.readAllBytes(log());
        assertThat(logBefore.length).isGreaterThan(32);

        try (SqliteHistoryStore store = SqliteHistoryStore.open(folder, HistoryFileTest.AT_NOON)) {
            assertThat(store.recoveryNote()).isEmpty();
            assertThat(titles(store)).containsExactlyInAnyOrder("mine", "mine", "mine (in the log)",
                    "mine (in the log)");
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("set-aside"));
        }
    }

    @Test
    void inAReadOnlyFolderAForeignJournalIsIgnoredAndLeftWhereItIs() throws Exception {
        record(folder, "mine", 2);
        crash(other, "another", 1, 2, crashed);
        Files.copy(crashed.resolve("history.db-wal"), log());
        byte[] fileBefore = Files.readAllBytes(file());
        byte[] logBefore = Files.readAllBytes(log());
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            try (SqliteHistoryStore store = SqliteHistoryStore.open(folder, HistoryFileTest.AT_NOON)) {
                assertThat(store.recoveryNote()).hasValue("The journal beside your history (history.db-wal) does "
                        + "not belong to it: it comes from another history. It was not applied, so nothing in your "
                        + "history changed; it was left where it is (the folder is read-only).");
                assertThat(store.readOnly()).isPresent();
                assertThat(titles(store)).containsExactly("mine", "mine");
            }
            assertThat(file()).hasBinaryContent(fileBefore);
            assertThat(log()).hasBinaryContent(logBefore);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
