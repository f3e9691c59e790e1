package org.exerciseplayer.session;

/**
 * A read-only snapshot of a running session, for display. Times are plan time in milliseconds: at 2x speed a
 * 10-second hold counts down from 10 000 in five real seconds.
 *
 * @param status               where the session is in its life
 * @param phaseIndex           the current phase; {@code plan.size()} once finished
 * @param phase                the current phase (the first one before the start), or {@code null} once finished
 * @param exerciseIndex        the exercise of the current phase (the last one once finished)
 * @param phaseElapsedMillis   time spent in the current phase
 * @param phaseRemainingMillis time left in the current phase; 0 while waiting for "done"
 * @param elapsedMillis        time from the start of the plan to now (a position in the plan, not wall time)
 * @param remainingMillis      predicted time to the end of the plan
 * @param speed                the speed factor (1 for real time)
 * @param awaitingDone         whether the current repetition waits for the person to press "done"
 * @param stopReason           why it was stopped, or {@code null}
 */
public record SessionState(SessionRunner.Status status, int phaseIndex, Phase phase, int exerciseIndex,
                           long phaseElapsedMillis, long phaseRemainingMillis, long elapsedMillis,
                           long remainingMillis, int speed, boolean awaitingDone, StopReason stopReason) {

    public boolean isPaused() {
        return status == SessionRunner.Status.PAUSED;
    }

    public boolean isFinished() {
        return status == SessionRunner.Status.FINISHED || status == SessionRunner.Status.STOPPED;
    }
}
