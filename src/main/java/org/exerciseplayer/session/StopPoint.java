package org.exerciseplayer.session;

import java.util.Optional;

/**
 * Where a session was stopped: in an exercise, at one of its phases; or at the check before an exercise, when none
 * was under way.
 *
 * @param exerciseIndex the exercise under way, or at a check the one that was about to start
 * @param phaseIndex    the phase under way, or -1 at a check
 * @param phase         the phase under way; empty at a check
 */
public record StopPoint(int exerciseIndex, String exerciseId, String exerciseName, int phaseIndex,
                        Optional<Phase> phase) {

    /** Whether the session stopped at the check between exercises, with no exercise under way. */
    public boolean atCheck() {
        return phase.isEmpty();
    }
}
