package org.exerciseplayer.session;

/** What became of one exercise of a session. The rules are in {@code docs/SESSION.md}, "What the records say". */
public enum ExerciseOutcome {
    /** Never under way. */
    NOT_REACHED,
    /** Under way now. */
    UNDER_WAY,
    /** Every side and direction reached its dose, at some time in the session. Nothing after undoes it. */
    DONE,
    /** Under way at some time, left without being done, and not the one under way when the session stopped. */
    SKIPPED,
    /** Under way, and not done, when the session was stopped. */
    STOPPED_DURING
}
