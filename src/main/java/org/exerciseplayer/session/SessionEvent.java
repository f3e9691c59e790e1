package org.exerciseplayer.session;

import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.catalogue.Side;

/**
 * What happened in a {@link Session}, for everything that follows one: the player's screen and sound, the history
 * recorder, the end screen, a voice. Listeners only listen; they change the session through its commands. Events
 * are delivered in order, after the command or update that caused them has finished its work, so a listener sees
 * the session's state as of the event (and may call commands, which deliver their own events after it).
 */
public sealed interface SessionEvent {

    /** The session began; {@code painBefore} is the rating given on "Before you start", if one was. */
    record Started(OptionalInt painBefore) implements SessionEvent {}

    /** A phase began (also after a skip, back, jump or the answer to a check). */
    record PhaseStarted(int phaseIndex, Phase phase) implements SessionEvent, RunnerEvent {}

    /**
     * Three, two or one second is left of a timed phase. Not sent for a repetition that waits for "done".
     * A phase of two seconds gets only 2 and 1.
     */
    record CountdownTick(int phaseIndex, Phase phase, int secondsLeft) implements SessionEvent, RunnerEvent {}

    /** A hold, repetition or timed movement was completed (not skipped). */
    record RepetitionCounted(int phaseIndex, Phase phase) implements SessionEvent, RunnerEvent {
        public int repetition() {
            return phase.repetition();
        }

        public int of() {
            return phase.of();
        }
    }

    /** The side or direction changes as this phase starts ("now the right leg", "now anticlockwise"). */
    record Switched(int phaseIndex, Phase phase) implements SessionEvent, RunnerEvent {
        public Side side() {
            return phase.side();
        }

        public String direction() {
            return phase.direction();
        }
    }

    /** The session was paused (by the person, or by a question), or runs again. */
    record Paused() implements SessionEvent {}

    record Resumed() implements SessionEvent {}

    /** A question is on screen; the session is paused until it is answered. */
    record Asked(Question question) implements SessionEvent {}

    /** The question was answered with "carry on" (an answer that stops the session sends {@link Stopped}). */
    record Answered(Question question) implements SessionEvent {}

    /** A pain rating was given. */
    record PainRated(PainRating rating) implements SessionEvent {}

    /**
     * What is known of an exercise changed: it became done, or was left without being done (skipped), or the session
     * stopped during it. Sent again whenever that changes (a skipped exercise done later), never for an exercise
     * whose outcome and counts are as last sent.
     */
    record ExerciseFinished(ExerciseRecord record) implements SessionEvent {}

    /** The session was stopped before its end: why, where, and under a physio's limit the rating that stopped it. */
    record Stopped(StopReason reason, Optional<StopPoint> where, OptionalInt rating) implements SessionEvent {}

    /** The session is over, completed or stopped; the last event of a session but for {@link PainRated} after. */
    record Ended(SessionSummary summary) implements SessionEvent {}
}
