package org.exerciseplayer.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The history store the app uses this run, and what to tell the person about it, if anything: where a damaged file or
 * a journal that was not its own was moved, or why sessions cannot be kept (the store then keeps this run's sessions
 * in memory only, see {@link HistoryStore#notKept()}, and the session can still be played).
 */
public record OpenedHistory(HistoryStore store, Optional<String> note) {

    /**
     * The history in {@code folder}: the file, where it can be written; read-only, with this run's sessions in
     * memory, where the person made it read-only; else none but this run's, in memory. Never throws for the folder:
     * the note says what is wrong, in sentences one a line.
     */
    public static OpenedHistory open(Path folder) {
        SqliteHistoryStore file;
        try {
            file = SqliteHistoryStore.open(folder);
        } catch (HistoryException e) {
            return new OpenedHistory(new NotKeptHistoryStore(Optional.empty(), e.getMessage()),
                    Optional.of(e.getMessage()));
        }
        List<String> notes = new ArrayList<>();
        file.recoveryNote().ifPresent(notes::add);
        file.readOnly().ifPresent(notes::add);
        Optional<String> note = notes.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", notes));
        if (file.readOnly().isPresent()) {
            return new OpenedHistory(new NotKeptHistoryStore(Optional.of(file), file.readOnly().get()), note);
        }
        return new OpenedHistory(file, note);
    }
}
