package org.exerciseplayer.figure;

/**
 * Where the figure is in its exercise at one moment, in the figure's own terms (the player turns a session's
 * phase into one): getting ready, moving into a hold, holding, coming back, resting, or a share of the way round
 * one repetition or preparation movement. The pose, the picture and the words for it all follow from a moment.
 *
 * @param stage     what the body is doing
 * @param direction which of the dose's directions (0 when it has none); odd ones use the second direction
 * @param share     how far through the stage, 0 to 1 (the way into a hold, back out of it, or round a repetition)
 * @param otherSide the left side: the mirror image of the right side the poses are written for
 */
public record Moment(Stage stage, int direction, double share, boolean otherSide) {

    /** What the body is doing. */
    public enum Stage {
        /** Waiting in the first pose (getting ready, switching sides). */
        READY,
        /** Moving through the keyframes into the last one, where a hold is held. */
        MOVING_IN,
        /** Staying in the last keyframe while a hold's countdown runs. */
        HOLDING,
        /** Coming back from the held pose to the first, in the rest after a hold. */
        COMING_BACK,
        /** Back in the first pose after a hold, resting. */
        RESTING,
        /** Round the keyframes and back to the first: one repetition, or one round of a timed movement. */
        REPEATING,
        /** Round the preparation's keyframes (a cat/camel stretch), or waiting in its first before it starts. */
        PREPARING
    }

    public Moment {
        if (stage == null || direction < 0 || !(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("Not a moment: " + stage + " " + direction + " " + share);
        }
    }

    public static Moment of(Stage stage, double share, boolean otherSide) {
        return new Moment(stage, 0, share, otherSide);
    }

    /** This moment in another of the dose's directions. */
    public Moment inDirection(int newDirection) {
        return new Moment(stage, newDirection, share, otherSide);
    }
}
