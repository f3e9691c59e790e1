package org.exerciseplayer.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults on what stands where the history should be, injected for real: another program's SQLite file named
 * history.db, a folder of that name, a history or a folder the person made read-only, and copies of the app starting
 * together. For each, the bytes and modes before and after, and what the person is told (the store's message, and
 * the note home shows, {@link OpenedHistory#note()}).
 *
 * <p>These tests run as root here, which the system lets write anything: the app respects the owner's write
 * permission anyway ({@link HistoryFiles#writable}), so a mode of 400 or 555 means read-only to it as to anyone.
 * {@code SqliteHistoryStoreProcessTest} runs the read-only folder as a user the system really refuses.
 */
class HistoryFileFaultTest {

    @TempDir
    Path folder;

    Path file() {
        return folder.resolve("history.db");
    }

    /** Every file in the folder, with its mode and bytes: to show nothing was added, changed or removed. */
    Map<String, String> everything() throws Exception {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) files::iterator) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
                found.put(folder.relativize(path).toString(), mode + (Files.isRegularFile(path)
                        ? " " + java.util.HexFormat.of().formatHex(Files.readAllBytes(path)) : ""));
            }
        }
        return found;
    }

    void foreignDatabase(String... sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));
    }

    void assertRefusedAndUntouched(String message) throws Exception {
        Map<String, String> before = everything();

        assertThatThrownBy(() -> SqliteHistoryStore.open(folder)).isInstanceOf(HistoryException.class)
                .hasMessage(message);
        assertThat(everything()).as("bytes, modes and files, after").isEqualTo(before);

        OpenedHistory opened = OpenedHistory.open(folder);
        assertThat(opened.note()).as("what home says").hasValue(message);
        assertThat(opened.store().notKept()).hasValue(message);
        assertThat(opened.store().sessions()).isEmpty();
        opened.store().close();
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void anotherProgramsDatabaseWithItsOwnSessionsTableIsNamedAndLeftUntouched() throws Exception {
        foreignDatabase("CREATE TABLE sessions (id INTEGER PRIMARY KEY, title TEXT)",
                "INSERT INTO sessions (title) VALUES ('Choir practice')");

        assertRefusedAndUntouched("The file " + file() + " is not an Exercise Player history: it is another "
                + "program's SQLite database (its tables are not Exercise Player's). It has been left as it is. Your "
                + "sessions will not be kept until it is moved elsewhere (or another folder is chosen with "
                + "--data-dir).");
    }

    @Test
    void anotherProgramsMarkedDatabaseIsNamedByItsApplicationId() throws Exception {
        foreignDatabase("PRAGMA application_id = 1234567890", "CREATE TABLE notes (text TEXT)");

        assertRefusedAndUntouched("The file " + file() + " is not an Exercise Player history: it is another "
                + "program's SQLite database (its application id is 0x499602D2, Exercise Player's is 0x4578506C). It "
                + "has been left as it is. Your sessions will not be kept until it is moved elsewhere (or another "
                + "folder is chosen with --data-dir).");
    }

    @Test
    void aForeignUserVersionIsNotCalledANewerVersionOfExercisePlayer() throws Exception {
        foreignDatabase("CREATE TABLE future (x)", "PRAGMA user_version = 99");

        assertRefusedAndUntouched("The file " + file() + " is not an Exercise Player history: it is another "
                + "program's SQLite database (its tables are not Exercise Player's). It has been left as it is. Your "
                + "sessions will not be kept until it is moved elsewhere (or another folder is chosen with "
                + "--data-dir).");
    }

    @Test
    void anotherProgramsDatabaseInWalModeIsLeftUntouchedWithItsJournal() throws Exception {
        // Copied while the other program has it open: its journal holds rows not yet in the file.
        Path elsewhere = Files.createDirectory(folder.resolve("elsewhere"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + elsewhere.resolve("theirs.db"));
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, title TEXT)");
            statement.execute("INSERT INTO sessions (title) VALUES ('Choir practice')");
            Files.copy(elsewhere.resolve("theirs.db"), file());
            Files.copy(elsewhere.resolve("theirs.db-wal"), folder.resolve("history.db-wal"));
        }

        assertRefusedAndUntouched("The file " + file() + " is not an Exercise Player history: it is another "
                + "program's SQLite database (its tables are not Exercise Player's). It has been left as it is. Your "
                + "sessions will not be kept until it is moved elsewhere (or another folder is chosen with "
                + "--data-dir).");
    }

    @Test
    void aFolderNamedHistoryDbIsNamedAndItsModeIsLeftAlone() throws Exception {
        Files.createDirectory(file());
        Files.writeString(file().resolve("keep.txt"), "mine");
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rwxr-xr-x"));

        assertRefusedAndUntouched("The history folder " + folder + " holds a folder named history.db where the "
                + "history file should be; it has been left as it is. Your sessions will not be kept until it is moved "
                + "or renamed (or another folder is chosen with --data-dir).");
    }

    @Test
    void aHistoryMadeReadOnlyIsReadButNeitherWrittenNorMadeWritable() throws Exception {
        JournalFaultTest.record(folder, "mine", 2);
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("r--------"));
        Map<String, String> before = everything();
        String told = "Your history file " + file() + " is read-only, so your sessions are not being kept: past "
                + "sessions are shown, but new ones will not be saved until the file can be written. It has been left "
                + "as it is.";

        try (SqliteHistoryStore store = SqliteHistoryStore.open(folder)) {
            assertThat(store.readOnly()).hasValue(told);
            assertThat(store.sessions()).hasSize(2);
            assertThatThrownBy(() -> store.sessionStarted(Instant.EPOCH, "hip", "Hip", Optional.empty(),
                    OptionalInt.empty())).isInstanceOf(HistoryException.class).hasMessage(told);
        }
        assertThat(everything()).isEqualTo(before);

        OpenedHistory opened = OpenedHistory.open(folder);
        assertThat(opened.note()).hasValue(told);
        assertThat(opened.store().notKept()).hasValue(told);
        // This run's session is held in memory beside the past ones, so progress shows it until the app closes.
        long id = opened.store().sessionStarted(Instant.parse("2026-03-03T08:00:00Z"), "hip", "today",
                Optional.empty(), OptionalInt.empty());
        assertThat(id).isEqualTo(3);
        assertThat(opened.store().sessions()).extracting(SessionRecord::catalogueTitle)
                .containsExactly("mine", "mine", "today");
        opened.store().close();
        assertThat(everything()).as("still read-only, still as it was").isEqualTo(before);
    }

    @Test
    void aReadOnlyFolderHoldingAHistoryShowsItsPastSessions() throws Exception {
        JournalFaultTest.record(folder, "mine", 3);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Map<String, String> before = everything();

            OpenedHistory opened = OpenedHistory.open(folder);
            assertThat(opened.note()).hasValue("The history folder " + folder + " is read-only, so your sessions are "
                    + "not being kept: past sessions are shown, but new ones will not be saved until the folder can "
                    + "be written.");
            assertThat(opened.store().sessions()).hasSize(3).allSatisfy(s -> assertThat(s.exercises()).hasSize(2));
            opened.store().close();
            assertThat(everything()).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anEmptyReadOnlyFolderSaysSessionsCannotBeKept() throws Exception {
        Path data = Files.createDirectory(folder.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));

        assertThatThrownBy(() -> SqliteHistoryStore.open(data)).hasMessage("The history folder " + data + " could "
                + "not be written: permission denied; your sessions will not be kept until this is fixed.");
        try (Stream<Path> left = Files.list(data)) {
            assertThat(left).isEmpty();
        }
    }

    /**
     * Several copies starting at once on a folder that is not there yet: each makes the folder and the file if it
     * finds none, and finds the others' a moment later. Before, about 1 start in 20 said "is in the way (it is not a
     * folder)" and kept nothing. (Between processes: SqliteHistoryStoreProcessTest.)
     */
    @Test
    @Timeout(120)
    void copiesStartingTogetherOnANewFolderAllOpenIt() throws Exception {
        int copies = 4;
        int rounds = 150;
        ExecutorService starts = Executors.newFixedThreadPool(copies);
        List<String> failures = new ArrayList<>();
        try {
            for (int round = 0; round < rounds; round++) {
                Path data = folder.resolve("round-" + round).resolve("exercise-player");
                CyclicBarrier together = new CyclicBarrier(copies);
                List<Future<String>> said = new ArrayList<>();
                for (int copy = 0; copy < copies; copy++) {
                    said.add(starts.submit(() -> {
                        together.await();
                        try (SqliteHistoryStore store = SqliteHistoryStore.open(data)) {
                            store.sessionStarted(Instant.EPOCH, "hip", "Hip", Optional.empty(), OptionalInt.empty());
                            return store.recoveryNote().orElse("ok");
                        } catch (HistoryException e) {
                            return e.getMessage();
                        }
                    }));
                }
                for (Future<String> each : said) {
                    String outcome = each.get(30, TimeUnit.SECONDS);
                    if (!outcome.equals("ok")) {
                        failures.add(outcome);
                    }
                }
                try (SqliteHistoryStore store = SqliteHistoryStore.open(data)) {
                    assertThat(store.sessions()).as("round " + round + ", told " + failures).hasSize(copies);
                }
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            }
        } finally {
            starts.shutdownNow();
        }
        assertThat(failures).as("what any copy was told").isEmpty();
    }
}
