package org.exerciseplayer.session;

import org.exerciseplayer.catalogue.Side;

/**
 * One step of a plan: what to do, on which side and in which direction, and for how long.
 *
 * @param exerciseId    the exercise this phase belongs to
 * @param exerciseIndex the position of that exercise in the routine
 * @param kind          what the person does
 * @param side          the side worked or moved to, or {@code null} when no single side applies (an exercise
 *                      without sides, or the get-ready before alternating sides)
 * @param direction     the direction of the movement, or {@code null}
 * @param repetition    for HOLD, REP and TIMED the repetition this is (from 1); for REST the repetition just
 *                      done; 0 for POSITION and SWITCH, which are not part of a repetition
 * @param of            how many repetitions this side and direction gets; 0 for POSITION and SWITCH
 * @param seconds       the planned length, always at least 1
 * @param label         the name of a preparation movement (e.g. "cat/camel stretch") on the REP phases of a
 *                      preparation, otherwise {@code null}
 */
public record Phase(String exerciseId, int exerciseIndex, Kind kind, Side side, String direction,
                    int repetition, int of, int seconds, String label) {

    public Phase {
        if (seconds < 1) {
            throw new IllegalArgumentException("A phase lasts at least one second: " + seconds);
        }
    }

    public enum Kind {
        /** Get into position, with a get-ready countdown: before an exercise and each new side (not a new direction on the same side). */
        POSITION,
        /** Hold a position for the phase's length. */
        HOLD,
        /** One paced repetition of a movement without a hold (or one preparation movement). */
        REP,
        /** Continuous movement for the phase's length. */
        TIMED,
        /** Release between two repetitions. */
        REST,
        /** Change to the other side or direction ("now the right leg"). */
        SWITCH;

        /** Whether this is the exercise itself (a hold, repetition or timed movement) rather than a transition. */
        public boolean isWork() {
            return this == HOLD || this == REP || this == TIMED;
        }
    }

    public long durationMillis() {
        return seconds * 1000L;
    }

    /** Whether this is a movement done before the exercise proper, such as a cat/camel stretch. */
    public boolean isPreparation() {
        return label != null;
    }
}
