package org.exerciseplayer.session;

import org.exerciseplayer.catalogue.Side;

/**
 * What happened in a session, for the UI and sound. Events are delivered in plan order during the
 * {@link SessionRunner} call that noticed them; after a long gap between updates every boundary crossed is
 * still reported, in order.
 */
public sealed interface SessionEvent {

    /** A phase began (also after a skip, back, jump or restart). */
    record PhaseStarted(int phaseIndex, Phase phase) implements SessionEvent {}

    /**
     * Three, two or one second is left of a timed phase. Not sent for a repetition that waits for "done".
     * A phase of two seconds gets only 2 and 1.
     */
    record CountdownTick(int phaseIndex, Phase phase, int secondsLeft) implements SessionEvent {}

    /** A hold, repetition or timed movement was completed (not skipped). */
    record RepetitionCounted(int phaseIndex, Phase phase) implements SessionEvent {
        public int repetition() {
            return phase.repetition();
        }

        public int of() {
            return phase.of();
        }
    }

    /** The side or direction changes as this phase starts ("now the right leg", "now anticlockwise"). */
    record Switched(int phaseIndex, Phase phase) implements SessionEvent {
        public Side side() {
            return phase.side();
        }

        public String direction() {
            return phase.direction();
        }
    }

    /**
     * The session moved past an exercise's last phase.
     *
     * @param skipped whether any part of it was skipped (by skip phase, skip exercise or a skipped set)
     */
    record ExerciseDone(int exerciseIndex, String exerciseId, boolean skipped) implements SessionEvent {}

    /** The last phase ended; the session is finished. */
    record SessionDone() implements SessionEvent {}

    /** The session was stopped before its end. */
    record Stopped(StopReason reason) implements SessionEvent {}
}
