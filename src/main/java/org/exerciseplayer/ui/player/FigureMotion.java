package org.exerciseplayer.ui.player;

import java.util.Optional;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.figure.Drawing;
import org.exerciseplayer.figure.Figure;
import org.exerciseplayer.figure.Moment;
import org.exerciseplayer.figure.Pose;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.SessionState;

/**
 * Which moment of its movement the figure shows at a moment of the session ({@link Moment}: the pose, the arrows
 * and the words follow from it), read from the engine's state alone, so that it moves in step with the countdown:
 * it stops when the session is paused and runs faster at demo speed.
 * <ul>
 *   <li>getting ready and switching: the first keyframe, on the side to come;</li>
 *   <li>a hold: through the keyframes into the last, in the hold's first seconds, then still;</li>
 *   <li>a rest after a hold: back to the first keyframe;</li>
 *   <li>a paced repetition: round the keyframes and back once; a preparation movement likewise round its own;</li>
 *   <li>a timed movement: round and round, once per {@code secondsPerRepetition}, ending where it began.</li>
 * </ul>
 * The left side is the mirror image; the second direction uses its own keyframes or the movement backwards.
 */
final class FigureMotion {

    /** The longest a hold takes to move into position, and a rest to come out of it. */
    static final long MOVE_MILLIS = 2_500;

    private FigureMotion() {
    }

    /** A moment of an exercise's figure, and the pose it shows (on the right side, or mirrored on the other). */
    record Shown(Figure figure, Moment moment, Pose pose, boolean otherSide) {

        Shown(Figure figure, Moment moment) {
            this(figure, moment, figure.pose(moment), moment.otherSide());
        }
    }

    /** What to show for the session's state, or empty when its exercise has no figure (or it has ended). */
    static Optional<Shown> at(Plan plan, SessionState state) {
        Phase phase = state.phase();
        if (phase == null) {
            return Optional.empty();
        }
        Exercise exercise = plan.routine().entry(phase.exerciseIndex()).exercise();
        Dose dose = plan.routine().entry(phase.exerciseIndex()).dose();
        if (exercise.figure().isEmpty()) {
            return Optional.empty();
        }
        Figure figure = exercise.figure().get();
        int direction = phase.direction() == null ? 0
                : Math.max(0, dose.directions().names().indexOf(phase.direction()));
        boolean otherSide = phase.side() == Side.LEFT;
        double elapsed = state.phaseElapsedMillis();
        double duration = phase.durationMillis();
        Moment moment = switch (phase.kind()) {
            case POSITION -> startsWithPreparation(plan, state, figure)
                    ? new Moment(Moment.Stage.PREPARING, direction, 0, otherSide)
                    : new Moment(Moment.Stage.READY, direction, 0, otherSide);
            case SWITCH -> new Moment(Moment.Stage.READY, direction, 0, otherSide);
            case HOLD -> {
                double share = elapsed / Math.min(MOVE_MILLIS, duration * 0.4);
                yield share >= 1 ? new Moment(Moment.Stage.HOLDING, direction, 1, otherSide)
                        : new Moment(Moment.Stage.MOVING_IN, direction, Math.max(0, share), otherSide);
            }
            case REST -> {
                double share = elapsed / Math.min(MOVE_MILLIS, duration * 0.6);
                yield dose.kind() != Dose.Kind.HOLD || share >= 1
                        ? new Moment(Moment.Stage.RESTING, direction, 0, otherSide)
                        : new Moment(Moment.Stage.COMING_BACK, direction, Math.max(0, share), otherSide);
            }
            case REP -> new Moment(phase.isPreparation() && !figure.preparation().isEmpty()
                    ? Moment.Stage.PREPARING : Moment.Stage.REPEATING, direction,
                    Math.min(elapsed / duration, 1) % 1, otherSide);
            case TIMED -> {
                double period = exercise.pacing().secondsPerRepetition() * 1000.0;
                long rounds = Math.max(1, Math.round(duration / period));
                yield new Moment(Moment.Stage.REPEATING, direction, Math.min(elapsed / duration, 1) * rounds % 1,
                        otherSide);
            }
        };
        return Optional.of(new Shown(figure, moment));
    }

    /** The drawing of an exercise's figure for the dose it is done with (a hold's arrow points one way). */
    static Optional<Drawing> drawing(Exercise exercise, Dose dose) {
        return exercise.figure().map(figure -> Drawing.of(figure, dose.kind() == Dose.Kind.HOLD));
    }

    /** Whether this get-ready comes before the exercise's preparation movements. */
    private static boolean startsWithPreparation(Plan plan, SessionState state, Figure figure) {
        int index = state.phaseIndex();
        return !figure.preparation().isEmpty() && index + 1 < plan.size()
                && plan.phase(index + 1).isPreparation();
    }
}
