package org.exerciseplayer.history;

/** The history could not be read or written; the message says what and where, for the person. */
public final class HistoryException extends Exception {

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }

    public HistoryException(String message) {
        super(message);
    }
}
