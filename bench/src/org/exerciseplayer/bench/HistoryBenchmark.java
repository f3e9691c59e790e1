package org.exerciseplayer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.history.ExerciseResult;
import org.exerciseplayer.history.SessionRecord;
import org.exerciseplayer.history.SqliteHistoryStore;

/**
 * Ten years of twice-daily sessions (7,300, 14 exercise results each) in {@link SqliteHistoryStore}: the time to
 * record them through the store, as the app does (every write its own synced transaction), then the time to open
 * the store and load everything (what the progress screen needs), against baselines measured in the same run:
 * the same rows read by a bare JDBC {@code SELECT *} loop, the last year (730 sessions) and the last two weeks
 * through {@code sessionsBetween}, and opening alone. Arguments: {@code [folder] [warmups] [runs]}.
 */
public final class HistoryBenchmark {

    private static final int SESSIONS = 7_300;
    private static final int EXERCISES = 14;
    private static final Instant FIRST = Instant.parse("2016-01-01T08:00:00Z");

    private HistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench-history");
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve("history.db"));

        long insertStart = System.nanoTime();
        try (SqliteHistoryStore store = SqliteHistoryStore.open(folder)) {
            for (int i = 0; i < SESSIONS; i++) {
                Instant started = FIRST.plus(Duration.ofHours(12L * i));
                long id = store.sessionStarted(started, "hip", "Hip after surgery", Optional.of("Morning"),
                        OptionalInt.of(i % 10));
                for (int p = 0; p < EXERCISES; p++) {
                    store.exerciseFinished(id, new ExerciseResult(p, "exercise-" + p, "Exercise number " + p,
                            ExerciseResult.Outcome.DONE, 10, 10, 0, 10));
                }
                store.sessionEnded(id, started.plusSeconds(1800), SessionRecord.Ending.COMPLETED, Optional.empty());
                store.painAfter(id, (i + 3) % 10);
            }
        }
        double insertSeconds = (System.nanoTime() - insertStart) / 1e9;
        int commits = SESSIONS * (EXERCISES + 3);
        System.out.printf(Locale.ROOT, "insert %d sessions x %d results through the store: %.1f s "
                        + "(%d commits, %.3f ms each); file %.1f MB%n", SESSIONS, EXERCISES, insertSeconds, commits,
                insertSeconds * 1000 / commits, Files.size(folder.resolve("history.db")) / 1e6);

        Instant end = FIRST.plus(Duration.ofHours(12L * SESSIONS));
        List<Task> tasks = List.of(
                new Task("open + sessions() (7,300)", () -> {
                    try (SqliteHistoryStore store = SqliteHistoryStore.open(folder)) {
                        return store.sessions().size();
                    }
                }),
                new Task("baseline: bare JDBC SELECT * of both tables", () -> bareSelect(folder)),
                new Task("open + sessionsBetween(last year) (730)", () -> {
                    try (SqliteHistoryStore store = SqliteHistoryStore.open(folder)) {
                        return store.sessionsBetween(end.minus(Duration.ofDays(365)), end).size();
                    }
                }),
                new Task("open + sessionsBetween(last 2 weeks) (28)", () -> {
                    try (SqliteHistoryStore store = SqliteHistoryStore.open(folder)) {
                        return store.sessionsBetween(end.minus(Duration.ofDays(14)), end).size();
                    }
                }),
                new Task("open only (with quick_check)", () -> {
                    try (SqliteHistoryStore store = SqliteHistoryStore.open(folder)) {
                        return 0;
                    }
                }),
                new Task("sessions() on an open store", null));

        double[][] times = new double[tasks.size()][runs];
        try (SqliteHistoryStore open = SqliteHistoryStore.open(folder)) {
            for (int round = -warmups; round < runs; round++) {
                for (int t = 0; t < tasks.size(); t++) {
                    long start = System.nanoTime();
                    int rows = tasks.get(t).body == null ? open.sessions().size() : tasks.get(t).body.run();
                    double millis = (System.nanoTime() - start) / 1e6;
                    if (rows < 0) {
                        throw new IllegalStateException();
                    }
                    if (round >= 0) {
                        times[t][round] = millis;
                    }
                }
            }
        }
        double reference = median(times[1]);
        System.out.printf(Locale.ROOT, "%n%d warm-up rounds, %d measured; ms: median (min-max), ratio of medians "
                + "to the bare JDBC baseline%n", warmups, runs);
        for (int t = 0; t < tasks.size(); t++) {
            double[] sorted = times[t].clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%-48s %8.1f  (%6.1f-%6.1f)  %5.2fx%n", tasks.get(t).name,
                    median(times[t]), sorted[0], sorted[sorted.length - 1], median(times[t]) / reference);
        }
    }

    private static int bareSelect(Path folder) throws Exception {
        int cells = 0;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("history.db"));
             Statement statement = connection.createStatement()) {
            for (String table : List.of("sessions", "exercise_results")) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            if (rows.getObject(c) != null) {
                                cells++;
                            }
                        }
                    }
                }
            }
        }
        return cells;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private interface Body {
        int run() throws Exception;
    }

    private record Task(String name, Body body) {
    }
}
