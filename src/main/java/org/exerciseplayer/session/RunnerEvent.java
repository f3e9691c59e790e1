package org.exerciseplayer.session;

/**
 * What the {@link SessionRunner} reports: the timing of a plan. Delivered in plan order during the runner call that
 * noticed them; after a long gap between updates every boundary crossed is still reported, in order.
 *
 * <p>The four timing events ({@link SessionEvent.PhaseStarted}, {@link SessionEvent.CountdownTick},
 * {@link SessionEvent.RepetitionCounted}, {@link SessionEvent.Switched}) are also {@link SessionEvent}s: the
 * {@link Session} passes them on as they are. The others are the runner's own and stay inside the session layer;
 * the {@link Session} turns them into outcomes, questions and endings.
 */
public sealed interface RunnerEvent permits SessionEvent.PhaseStarted, SessionEvent.CountdownTick,
        SessionEvent.RepetitionCounted, SessionEvent.Switched, RunnerEvent.ExerciseLeft, RunnerEvent.HeldBefore,
        RunnerEvent.PlanFinished, RunnerEvent.Halted {

    /**
     * The runner moved forward past an exercise's last phase, or skipped the rest of it. Going back does not send it.
     *
     * @param skipped whether any part of this pass through it was skipped (by skip phase, skip exercise or a set)
     */
    record ExerciseLeft(int exerciseIndex, String exerciseId, boolean skipped) implements RunnerEvent {}

    /**
     * Moving forward reached the first phase of this exercise and, as asked ({@link SessionRunner#holdBeforeExercises}),
     * the runner holds there, paused, before starting it: nothing of it has run. {@link SessionRunner#resume()}
     * starts it.
     */
    record HeldBefore(int exerciseIndex) implements RunnerEvent {}

    /** The last phase ended. */
    record PlanFinished() implements RunnerEvent {}

    /** The runner was stopped before the end of the plan. */
    record Halted(StopReason reason) implements RunnerEvent {}
}
