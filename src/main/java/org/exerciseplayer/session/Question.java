package org.exerciseplayer.session;

/**
 * A question the session asks, paused, before it goes on. Under a physio's pain limit the pain questions ask for a
 * number from 0 to 10 ({@link Session#asksForPainNumber()}); under the leaflet's rule they ask yes or no.
 */
public sealed interface Question {

    /** After "my pain is getting worse" (P): stop? Under a limit: how much pain now? */
    record PainWorse() implements Question {}

    /** Between two exercises: is the pain worse (or how much), before {@code nextExercise} starts? */
    record BetweenExercises(int nextExercise) implements Question {}

    /** After Esc or Stop: end the session now? A knock on a key must not end it. */
    record EndSession() implements Question {}
}
