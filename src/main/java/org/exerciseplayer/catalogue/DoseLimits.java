package org.exerciseplayer.catalogue;

/**
 * The ranges a dose and pacing may take, in catalogues and routines alike (and in the routine editor, which
 * refuses anything outside them as it is typed).
 */
public final class DoseLimits {

    /** An inclusive range of whole numbers. */
    public record Range(int min, int max) {
        public boolean contains(int value) {
            return value >= min && value <= max;
        }
    }

    public static final Range HOLD_SECONDS = new Range(1, 600);
    public static final Range REPETITIONS = new Range(1, 500);
    public static final Range DURATION_SECONDS = new Range(1, 3_600);
    public static final Range TIMES_PER_DAY = new Range(1, 24);
    public static final Range GET_READY_SECONDS = new Range(0, 120);
    public static final Range REST_SECONDS = new Range(0, 300);
    public static final Range SECONDS_PER_REPETITION = new Range(1, 60);
    public static final Range SWITCH_SECONDS = new Range(0, 120);

    private DoseLimits() {
    }
}
