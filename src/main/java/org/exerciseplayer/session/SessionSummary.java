package org.exerciseplayer.session;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A session as it ended: how, what became of each exercise, where it stopped, and the pain ratings given.
 *
 * @param exercises     one record per exercise of the session, in its order
 * @param stop          where it was stopped; empty when completed
 * @param painAtStop    under a physio's limit, the rating above it that stopped the session
 * @param ratings       every rating given so far, in order (the one after the session comes later, as an event)
 * @param elapsedMillis the time from the start to the end, pauses included (wall time, not plan time)
 */
public record SessionSummary(Ending ending, List<ExerciseRecord> exercises, Optional<StopPoint> stop,
                             OptionalInt painBefore, OptionalInt painAtStop, List<PainRating> ratings,
                             long elapsedMillis) {

    /** How a session ended. */
    public enum Ending {
        COMPLETED,
        /** Stopped by the person (Esc, Stop). */
        STOPPED,
        /** Stopped because the pain got worse, or went above the physio's limit. */
        PAIN_STOP,
        /** The window was closed during it. */
        CLOSED;

        static Ending of(StopReason reason) {
            return switch (reason) {
                case USER -> STOPPED;
                case PAIN -> PAIN_STOP;
                case CLOSED -> CLOSED;
            };
        }
    }

    public SessionSummary {
        exercises = List.copyOf(exercises);
        ratings = List.copyOf(ratings);
    }

    /** The exercises with this outcome, in session order. */
    public List<ExerciseRecord> with(ExerciseOutcome outcome) {
        return exercises.stream().filter(e -> e.outcome() == outcome).toList();
    }
}
