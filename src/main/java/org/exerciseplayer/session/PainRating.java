package org.exerciseplayer.session;

/**
 * A pain rating from 0 to 10 given during a session.
 *
 * @param exerciseIndex the exercise it was given in (during), after (at a check) or -1 (before and after the session)
 */
public record PainRating(Moment moment, int rating, int exerciseIndex) {

    /** When in the session the rating was given. */
    public enum Moment {
        /** On "Before you start". */
        BEFORE,
        /** After "my pain is getting worse", during an exercise. */
        DURING,
        /** At the check between two exercises, after {@code exerciseIndex}. */
        CHECK,
        /** On the end screen. */
        AFTER
    }

    public PainRating {
        if (rating < 0 || rating > PainRule.SCALE_MAX) {
            throw new IllegalArgumentException("pain is rated from 0 to 10, got " + rating);
        }
    }
}
