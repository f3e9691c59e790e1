package org.exerciseplayer.history;

import java.util.OptionalInt;

/**
 * Where a session was stopped, whatever stopped it (the pain, Esc, closing the window).
 *
 * @param exerciseId   the exercise under way; at the check between exercises, the one about to start
 * @param phase        the kind of phase, in the plan's words: position, hold, rep, timed, rest or switch; or
 *                     {@value #AT_CHECK} at the check between exercises, when none was under way
 * @param side         left, right, or empty
 * @param repetition   which repetition of how many ({@code of}); 0 where the phase is not part of one
 * @param rating       under a physio's pain limit, the pain from 0 to 10 that was above it; empty otherwise
 */
public record StopPlace(String exerciseId, String exerciseName, String phase, String side, int repetition,
                        int of, OptionalInt rating) {

    /** The phase of a stop at the check between exercises, before {@code exerciseId} started. */
    public static final String AT_CHECK = "check";

    /** A stop that gave no pain number (the leaflet's rule, Esc, closing the window). */
    public StopPlace(String exerciseId, String exerciseName, String phase, String side, int repetition, int of) {
        this(exerciseId, exerciseName, phase, side, repetition, of, OptionalInt.empty());
    }

    /** Whether the session stopped at the check between exercises, with no exercise under way. */
    public boolean atCheck() {
        return AT_CHECK.equals(phase);
    }
}
