package org.exerciseplayer.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One session as kept in the history: when, which catalogue and routine, each exercise's result, the pain ratings
 * given before and after, how it ended and, if it was stopped, where.
 *
 * @param id        the store's id for it
 * @param ended     empty while under way, or when the app died during it ({@link Ending#INTERRUPTED})
 * @param routine   the routine's name when one was played, empty for the catalogue itself
 * @param exercises the results recorded so far, in routine order; an exercise is recorded once it is finished
 * @param stopPlace where it was stopped, for any stop (pain, Esc, the window closed); empty otherwise
 */
public record SessionRecord(long id, Instant started, Optional<Instant> ended, String catalogueId,
                            String catalogueTitle, Optional<String> routine, OptionalInt painBefore,
                            OptionalInt painAfter, Ending ending, List<ExerciseResult> exercises,
                            Optional<StopPlace> stopPlace) {

    public SessionRecord {
        exercises = List.copyOf(exercises);
    }

    /** Where the session was stopped for pain; empty for any other ending. */
    public Optional<StopPlace> painStop() {
        return ending == Ending.PAIN_STOP ? stopPlace : Optional.empty();
    }

    /** How a session ended. */
    public enum Ending {
        /** Still running, or the app died before it ended (a crash, a kill, a power cut). */
        INTERRUPTED,
        /** Played to the end. */
        COMPLETED,
        /** Stopped by the person (Esc, Stop). */
        STOPPED,
        /** Stopped because the pain got worse. */
        PAIN_STOP,
        /** The window was closed during it. */
        CLOSED
    }
}
