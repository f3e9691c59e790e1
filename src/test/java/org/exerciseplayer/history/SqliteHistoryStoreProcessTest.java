package org.exerciseplayer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.exerciseplayer.history.ExerciseResult.Outcome;
import org.exerciseplayer.history.SessionRecord.Ending;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The history against real processes: killed mid-session, and two copies of the app writing at once. */
// Linux only: the read-only and full-disk cases run the child in a user namespace (unshare, util-linux).
@org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
class SqliteHistoryStoreProcessTest {

    @TempDir
    Path folder;
    final List<Process> children = new ArrayList<>();
    @TempDir
    Path scratch;
    Path errors;

    @org.junit.jupiter.api.BeforeEach
    void errorsFile() {
        errors = scratch.resolve("child-stderr.txt");
    }

    /** What the child wrote to stderr, to explain a failure. */
    String childErrors() {
        try {
            return Files.exists(errors) ? "the child's stderr (tests that use unshare need util-linux and user "
                    + "namespaces; see the comments on them): " + Files.readString(errors) : "";
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    @AfterEach
    void killChildren() {
        children.forEach(Process::destroyForcibly);
    }

    Process child(String... args) throws Exception {
        return child(List.of(), args);
    }

    Process child(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), HistoryWriterChild.class.getName(),
                folder.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        children.add(process);
        return process;
    }

    @Test
    @Timeout(30)
    void aSessionKilledMidwayKeepsEveryRecordedExerciseAndReadsAsInterrupted() throws Exception {
        Process app = child("crash", "3");
        BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<List<String>> untilThird = CompletableFuture.supplyAsync(() -> {
            List<String> lines = new ArrayList<>();
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                    if (line.equals("recorded 3")) {
                        break;
                    }
                }
            } catch (Exception e) {
                lines.add(e.toString());
            }
            return lines;
        });

        assertThat(untilThird.get(20, TimeUnit.SECONDS)).containsExactly("open", "recorded 1", "recorded 2", "recorded 3");
        app.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
        assertThat(app.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(app.exitValue()).isEqualTo(137);

        try (SqliteHistoryStore store = SqliteHistoryStore.open(folder)) {
            assertThat(store.recoveryNote()).isEmpty();
            SessionRecord session = store.sessions().get(0);
            assertThat(session.ending()).isEqualTo(Ending.INTERRUPTED);
            assertThat(session.painBefore()).hasValue(2);
            assertThat(session.exercises()).containsExactly(SqliteHistoryStoreTest.result(0, Outcome.DONE),
                    SqliteHistoryStoreTest.result(1, Outcome.DONE), SqliteHistoryStoreTest.result(2, Outcome.DONE));
        }
    }

    /**
     * Both copies pause this long after each session. SQLite's wait for a lock is not fair: a writer that never
     * pauses can hold another off past the busy timeout (seen here: 5 s, then SQLITE_BUSY). A person's sessions
     * write a few times a minute; 2 ms between bursts of five commits is still far busier than that.
     */
    static final long PACE_MILLIS = 2;

    @Test
    @Timeout(60)
    void twoCopiesOfTheAppWritingAtOnceLoseNothing() throws Exception {
        SqliteHistoryStore.open(folder).close(); // both find the file ready, as they would after a first run
        Process other = child("sessions", "100", "other");
        BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
        assertThat(CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (Exception e) {
                return e.toString();
            }
        }).get(20, TimeUnit.SECONDS)).isEqualTo("open");
        try (SqliteHistoryStore store = SqliteHistoryStore.open(folder)) {
            // This copy keeps writing for as long as the other one does (at least 100 sessions, at most 40 s).
            int mine = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
            while ((mine < 100 || other.isAlive()) && System.nanoTime() < deadline) {
                long id = store.sessionStarted(Instant.parse("2026-03-02T08:00:00Z").plusSeconds(mine), "hip", "this",
                        Optional.empty(), OptionalInt.empty());
                for (int p = 0; p < 3; p++) {
                    store.exerciseFinished(id, SqliteHistoryStoreTest.result(p, Outcome.DONE));
                }
                store.sessionEnded(id, Instant.parse("2026-03-02T09:00:00Z"), Ending.COMPLETED, Optional.empty());
                mine++;
                Thread.sleep(PACE_MILLIS);
            }
            assertThat(other.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(out.readLine()).as(this::childErrors).isEqualTo("done");
            assertThat(other.exitValue()).isZero();

            List<SessionRecord> sessions = store.sessions();
            assertThat(sessions).hasSize(mine + 100);
            assertThat(sessions).filteredOn(s -> s.catalogueTitle().equals("this")).hasSize(mine);
            assertThat(sessions).filteredOn(s -> s.catalogueTitle().equals("other")).hasSize(100);
            List<String> byId = sessions.stream().sorted(Comparator.comparingLong(SessionRecord::id))
                    .map(SessionRecord::catalogueTitle).toList();
            long turns = IntStream.range(1, byId.size())
                    .filter(i -> !byId.get(i).equals(byId.get(i - 1))).count();
            assertThat(turns).as("the two copies' writes interleaved (else this test proves nothing)")
                    .isGreaterThan(2);
            assertThat(sessions).allSatisfy(s -> {
                assertThat(s.exercises()).hasSize(3);
                assertThat(s.ending()).isEqualTo(Ending.COMPLETED);
            });
        }
    }

    @Test
    @Timeout(30)
    void aNativeLibraryThatCannotBeUnpackedIsReportedAsSuchNotAsTheFolder() throws Exception {
        // sqlite-jdbc unpacks its native library into org.sqlite.tmpdir; a path under a plain file fails even as root.
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");
        Process app = child(List.of("-Dorg.sqlite.tmpdir=" + blocker.resolve("tmp")), "crash", "1");

        assertThat(app.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String said = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(said).startsWith("The history could not be opened: SQLite's native library could not be loaded "
                + "from the temporary folder " + blocker.resolve("tmp")).contains("your sessions will not be kept");
    }

    /*
     * A folder made read-only with chmod 555. Root ignores permissions, and these tests run as root here, so then
     * the child runs in a new user namespace without root mapped (`unshare --user`, as "nobody", with no
     * capabilities over these files); as anyone else it runs as they are. Either way the folder really is
     * read-only to the process opening the store. The classes and jars it needs are copied somewhere "nobody" can
     * read them.
     */
    /**
     * Runs the child on {@code data} as someone the system refuses to let write there: "nobody" in a new user
     * namespace when these tests run as root, else the user running them.
     */
    Process childRefusedWrites(Path data, String mode) throws Exception {
        Path shared = Files.createDirectory(folder.resolve("shared"));
        List<String> classpath = new ArrayList<>();
        for (Class<?> from : List.of(SqliteHistoryStore.class, HistoryWriterChild.class, org.sqlite.JDBC.class,
                org.slf4j.LoggerFactory.class)) {
            Path source = Path.of(from.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path copy = shared.resolve(classpath.size() + "-" + source.getFileName());
            copyTree(source, copy);
            classpath.add(copy.toString());
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        makeReadableByAll(shared);

        List<String> command = new ArrayList<>();
        if (System.getProperty("user.name").equals("root")) {
            command.addAll(List.of("unshare", "--user"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classpath),
                HistoryWriterChild.class.getName(), data.toString(), mode, "0"));
        Process app = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        children.add(app);
        return app;
    }

    @Test
    @Timeout(30)
    void aReadOnlyFolderIsReportedInPlainWords() throws Exception {
        Path data = Files.createDirectory(folder.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        Process app = childRefusedWrites(data, "open");

        assertThat(app.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).as(this::childErrors)
                .isEqualTo("The history folder " + data + " could not be written: permission denied; your sessions will not "
                        + "be kept until this is fixed.\n");
        try (var left = Files.list(data)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    @Timeout(30)
    void aReadOnlyFolderHoldingAHistoryShowsItsPastSessionsAndChangesNothing() throws Exception {
        Path data = Files.createDirectory(folder.resolve("data"));
        JournalFaultTest.record(data, "mine", 3);
        Files.setPosixFilePermissions(data.resolve("history.db"), PosixFilePermissions.fromString("rw-r--r--"));
        byte[] before = Files.readAllBytes(data.resolve("history.db"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        Process app = childRefusedWrites(data, "read");

        assertThat(app.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).as(this::childErrors)
                .isEqualTo("open\nThe history folder " + data + " is read-only, so your sessions are not being kept: past "
                        + "sessions are shown, but new ones will not be saved until the folder can be written.\n"
                        + "sessions 3\n");
        assertThat(data.resolve("history.db")).hasBinaryContent(before);
        try (var left = Files.list(data)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("history.db");
        }
    }

    /**
     * Copies of the app starting at the same moment, as processes, on a folder not there yet, many times over
     * (StartTogetherChild: each gets the folder on its standard input at once). Before, about 1 start in 20 said
     * "is in the way (it is not a folder)".
     */
    @Test
    @Timeout(120)
    void copiesStartingTogetherAsProcessesOnANewFolderAllOpenIt() throws Exception {
        int copies = 4;
        List<Process> apps = new ArrayList<>();
        List<BufferedReader> outs = new ArrayList<>();
        List<java.io.Writer> ins = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), StartTogetherChild.class.getName())
                    .redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile())).start();
            children.add(app);
            apps.add(app);
            outs.add(new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8)));
            ins.add(new java.io.OutputStreamWriter(app.getOutputStream(), StandardCharsets.UTF_8));
        }
        for (BufferedReader out : outs) {
            assertThat(out.readLine()).as(this::childErrors).isEqualTo("ready");
        }
        List<String> told = new ArrayList<>();
        int rounds = 40;
        for (int round = 0; round < rounds; round++) {
            Path data = folder.resolve("round-" + round).resolve("exercise-player");
            for (java.io.Writer in : ins) {
                in.write(data + "\n");
            }
            for (java.io.Writer in : ins) {
                in.flush();
            }
            for (BufferedReader out : outs) {
                String outcome = out.readLine();
                if (!"ok".equals(outcome)) {
                    told.add(outcome);
                }
            }
            try (SqliteHistoryStore store = SqliteHistoryStore.open(data)) {
                assertThat(store.sessions()).as("round " + round + ", told " + told).hasSize(copies);
            }
        }
        for (java.io.Writer in : ins) {
            in.close();
        }
        for (Process app : apps) {
            assertThat(app.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(told).as(this::childErrors).isEmpty();
    }

    private static void copyTree(Path source, Path target) throws Exception {
        try (var paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.copy(path, target.resolve(source.relativize(path).toString()));
            }
        }
    }

    private static void makeReadableByAll(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.setPosixFilePermissions(path,
                        PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    /*
     * A disk that fills up, for real: a 512 KiB tmpfs mounted in a new user and mount namespace
     * (`unshare --user --map-root-user --mount`, allowed without privileges), which the child JVM writes to until
     * the kernel answers "no space left on device".
     */
    Process onASmallDisk(Path disk, String beforeJava, String mode) throws Exception {
        return onASmallDisk(disk, beforeJava, HistoryWriterChild.class, mode);
    }

    Process onASmallDisk(Path disk, String beforeJava, Class<?> child, String mode) throws Exception {
        String script = "mount -t tmpfs -o size=512k tmpfs \"$1\" && " + beforeJava
                + " exec \"$2\" -cp \"$3\" \"$4\" \"$1/data\" \"$5\" 0";
        Process process = new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script,
                "sh", disk.toString(), Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path"), child.getName(), mode)
                .redirectError(errors.toFile()).start();
        children.add(process);
        return process;
    }

    @Test
    @Timeout(60)
    void aDiskThatFillsUpMidSessionFailsTheWriteWithAMessageAndKeepsWhatWasSaved() throws Exception {
        Path disk = Files.createDirectory(folder.resolve("disk"));
        Process app = onASmallDisk(disk, "", "fill");

        assertThat(app.waitFor(40, TimeUnit.SECONDS)).isTrue();
        List<String> said = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(said).as(this::childErrors).hasSize(4);
        assertThat(said.get(0)).isEqualTo("open");
        Matcher failed = Pattern.compile("failed after (\\d+): (.*)")
                .matcher(said.get(1));
        assertThat(failed.matches()).as(said.get(1)).isTrue();
        int recorded = Integer.parseInt(failed.group(1));
        assertThat(recorded).isPositive();
        assertThat(failed.group(2)).isEqualTo("The session could not be saved to "
                + disk.resolve("data").resolve("history.db") + ": the disk is full; what was saved before is kept.");
        assertThat(said.subList(2, 4)).containsExactly("still open, kept " + recorded, "reopened, kept " + recorded);
        assertThat(app.exitValue()).isZero();
    }

    @Test
    @Timeout(60)
    void aFullDiskAtOpenIsReportedInPlainWords() throws Exception {
        Path disk = Files.createDirectory(folder.resolve("disk"));
        Process app = onASmallDisk(disk, "dd if=/dev/zero of=\"$1/filler\" bs=4k 2>/dev/null;", "open");

        assertThat(app.waitFor(40, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).as(this::childErrors)
                .isEqualTo("The history folder " + disk.resolve("data") + " could not be written: the disk is full; your "
                        + "sessions will not be kept until this is fixed.\n");
        assertThat(app.exitValue()).isZero();
    }

    /**
     * The whole hip session on a disk that fills once exercise 3 is written (FillingDiskSessionChild): exercises 4 to
     * 14, the end and the pain after are held, the person is told on the player (beside keep-awake's note), the end
     * screen and home; history.db's bytes are as they were; and once the disk has room the retry writes it all.
     */
    @Test
    @Timeout(90)
    void aDiskThatFillsAfterExerciseThreeLosesNoneOfTheRestAndSaysSo() throws Exception {
        Path disk = Files.createDirectory(folder.resolve("disk"));
        Process app = onASmallDisk(disk, "", FillingDiskSessionChild.class, "-");

        assertThat(app.waitFor(80, TimeUnit.SECONDS)).isTrue();
        List<String> said = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        String full = "The session could not be saved to " + disk.resolve("data").resolve("history.db")
                + ": the disk is full; what was saved before is kept.";
        assertThat(said).as(this::childErrors).containsExactly(
                "filled after 3",
                "history holds 3 exercises, ending INTERRUPTED",
                "history.db unchanged: true",
                "held in memory 14 exercises, ending COMPLETED, pain after 2",
                "player: This computer could not be asked to keep the screen awake; if it dims during a hold, move "
                        + "the mouse or change the power settings.",
                "player: " + full + " Nothing of this session is lost: Exercise Player keeps it while it stays open "
                        + "and tries again until it can be saved; the end screen can also save it to a file.",
                "end: This session is not in your history yet. " + full + " Everything you did is kept while "
                        + "Exercise Player stays open, and saving is tried again every minute. To be sure of it, save "
                        + "it to a file.",
                "home: One session from this run is not in your history yet. " + full + " Everything in it is kept "
                        + "while Exercise Player stays open, and saving is tried again every minute. To be sure of "
                        + "it, save it to a file.",
                "after room, end: This session is now saved in your history.",
                "after room, home: ",
                "reopened: 14 exercises, ending COMPLETED, pain before 3, after 2, same as held: true");
        assertThat(app.exitValue()).isZero();
    }
}
