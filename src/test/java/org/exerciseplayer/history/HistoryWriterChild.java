package org.exerciseplayer.history;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Run in a child JVM by {@link SqliteHistoryStoreProcessTest}: another copy of the app writing to the history.
 *
 * <p>{@code <folder> open 0}: only opens the store. {@code <folder> read 0}: opens it and prints whether it is read-only
 * (its message, or "writable") and how many sessions it holds. {@code <folder> crash <n>}: starts a session, records n finished exercises, printing "recorded k" once each is
 * committed, then waits to be killed. Both print "open" first, once the store is open, or the
 * message of the {@link HistoryException} that kept it closed. {@code <folder> sessions <n> <title>}: records n whole sessions (three
 * exercises each), pausing briefly between sessions
 * as a person would, then prints "done" and exits.
 */
public final class HistoryWriterChild {

    private HistoryWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[2]);
        SqliteHistoryStore store;
        try {
            store = SqliteHistoryStore.open(folder);
        } catch (HistoryException e) {
            System.out.println(e.getMessage());
            return;
        }
        System.out.println("open");
        System.out.flush();
        if (args[1].equals("open")) {
            store.close();
            return;
        }
        if (args[1].equals("read")) {
            System.out.println(store.readOnly().orElse("writable"));
            System.out.println("sessions " + store.sessions().size());
            store.close();
            return;
        }
        if (args[1].equals("fill")) {
            fill(store, folder);
            return;
        }
        if (args[1].equals("crash")) {
            long id = store.sessionStarted(Instant.parse("2026-03-02T08:00:00Z"), "hip", "Hip", Optional.empty(),
                    OptionalInt.of(2));
            for (int k = 1; k <= count; k++) {
                store.exerciseFinished(id, SqliteHistoryStoreTest.result(k - 1, ExerciseResult.Outcome.DONE));
                System.out.println("recorded " + k);
                System.out.flush();
            }
            Thread.sleep(Long.MAX_VALUE); // the test kills this process
        }
        for (int i = 0; i < count; i++) {
            long id = store.sessionStarted(Instant.parse("2026-03-02T08:00:00Z").plusSeconds(i), "hip", args[3],
                    Optional.empty(), OptionalInt.empty());
            for (int p = 0; p < 3; p++) {
                store.exerciseFinished(id, SqliteHistoryStoreTest.result(p, ExerciseResult.Outcome.DONE));
            }
            store.sessionEnded(id, Instant.parse("2026-03-02T09:00:00Z"), SessionRecord.Ending.COMPLETED,
                    Optional.empty());
            Thread.sleep(SqliteHistoryStoreProcessTest.PACE_MILLIS);
        }
        store.close();
        System.out.println("done");
    }

    /** Records exercises until a write fails, then says what failed and what the history still holds. */
    private static void fill(SqliteHistoryStore store, Path folder) throws Exception {
        long id = store.sessionStarted(Instant.parse("2026-03-02T08:00:00Z"), "hip", "Hip", Optional.empty(),
                OptionalInt.empty());
        int recorded = 0;
        try {
            while (recorded < 100_000) {
                store.exerciseFinished(id, new ExerciseResult(recorded, "exercise-" + recorded, "x".repeat(2_000),
                        ExerciseResult.Outcome.DONE, 1, 1, 0, 1));
                recorded++;
            }
        } catch (HistoryException e) {
            System.out.println("failed after " + recorded + ": " + e.getMessage());
        }
        System.out.println("still open, kept " + store.sessions().get(0).exercises().size());
        store.close();
        try (SqliteHistoryStore again = SqliteHistoryStore.open(folder)) {
            System.out.println("reopened, kept " + again.sessions().get(0).exercises().size());
        } catch (HistoryException e) {
            System.out.println("reopening: " + e.getMessage());
        }
    }
}
