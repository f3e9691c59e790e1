package org.exerciseplayer.session;

import java.util.Optional;
import org.exerciseplayer.catalogue.Side;

/**
 * What the session knows of one exercise now.
 *
 * @param index           its place in the session, from 0
 * @param doneRight       distinct holds, repetitions or timed movements of the dose completed on the right side (at
 *                        most {@code planned}); preparation movements are not counted
 * @param doneLeft        the same on the left side
 * @param doneWithoutSide the same for an exercise without sides
 * @param planned         how many the dose asks for on each side (or in all, without sides): repetitions times
 *                        directions
 * @param stoppedAt       for {@link ExerciseOutcome#STOPPED_DURING}, where
 */
public record ExerciseRecord(int index, String exerciseId, String exerciseName, ExerciseOutcome outcome,
                             int doneRight, int doneLeft, int doneWithoutSide, int planned,
                             Optional<StopPoint> stoppedAt) {

    /** Completed on {@code side}, or without a side for {@code null}. */
    public int done(Side side) {
        if (side == null) {
            return doneWithoutSide;
        }
        return side == Side.RIGHT ? doneRight : doneLeft;
    }

    /** Whether anything of the dose was completed. */
    public boolean anyDone() {
        return doneRight + doneLeft + doneWithoutSide > 0;
    }
}
