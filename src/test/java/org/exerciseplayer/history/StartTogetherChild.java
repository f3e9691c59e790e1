package org.exerciseplayer.history;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Run in child JVMs by {@link SqliteHistoryStoreProcessTest}: one copy of the app starting, many times. For each
 * folder read from standard input (sent to every copy at once), it opens the history there, records a session and
 * closes it, then prints "ok", or what the person would have been told.
 */
public final class StartTogetherChild {

    private StartTogetherChild() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println("ready");
        System.out.flush();
        for (String folder; (folder = in.readLine()) != null; ) {
            String outcome;
            try (SqliteHistoryStore store = SqliteHistoryStore.open(Path.of(folder))) {
                store.sessionStarted(Instant.EPOCH, "hip", "Hip", Optional.empty(), OptionalInt.empty());
                outcome = store.recoveryNote().orElse("ok");
            } catch (HistoryException e) {
                outcome = e.getMessage();
            }
            System.out.println(outcome);
            System.out.flush();
        }
    }
}
