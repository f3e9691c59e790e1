package org.exerciseplayer.history;

import java.util.OptionalInt;

/**
 * Where a session was stopped because the pain got worse.
 *
 * @param phase      the kind of phase, in the plan's words: position, hold, rep, timed, rest or switch
 * @param side       left, right, or empty
 * @param repetition which repetition of how many ({@code of}); 0 where the phase is not part of one
 * @param rating     under a physio's pain limit, the pain from 0 to 10 that was above it; empty otherwise
 */
public record PainStop(String exerciseId, String exerciseName, String phase, String side, int repetition,
                       int of, OptionalInt rating) {

    /** A stop under the leaflet's rule, which asks for no number. */
    public PainStop(String exerciseId, String exerciseName, String phase, String side, int repetition, int of) {
        this(exerciseId, exerciseName, phase, side, repetition, of, OptionalInt.empty());
    }
}
