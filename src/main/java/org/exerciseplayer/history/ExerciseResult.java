package org.exerciseplayer.history;

/**
 * What became of one exercise of a session.
 *
 * @param position        its place in the session's routine, from 0
 * @param doneRight       holds, repetitions or timed movements completed on the right side
 * @param doneLeft        the same on the left side
 * @param doneWithoutSide the same for an exercise without sides
 * @param planned         how many the dose asks for on each side (or in all, without sides)
 */
public record ExerciseResult(int position, String exerciseId, String exerciseName, Outcome outcome, int doneRight,
                             int doneLeft, int doneWithoutSide, int planned) {

    /** The outcome of an exercise. */
    public enum Outcome {
        DONE,
        /** Left before its end by a skip. */
        SKIPPED,
        /** The session was stopped during it (for pain or otherwise). */
        STOPPED,
        NOT_REACHED
    }
}
