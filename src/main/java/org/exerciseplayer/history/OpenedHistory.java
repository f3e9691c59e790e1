package org.exerciseplayer.history;

import java.util.Optional;

/**
 * The history store the app uses this run, and what to tell the person about it, if anything: where a damaged file
 * was moved, or why sessions cannot be kept (the store is then in memory only, and the session can still be played).
 */
public record OpenedHistory(HistoryStore store, Optional<String> note) {}
