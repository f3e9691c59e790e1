package org.exerciseplayer.ui.player;

import org.exerciseplayer.session.Phase;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.SessionState;

/**
 * When the player's next frame is worth drawing, at the rate the eye needs rather than the display's 60 a second
 * (issue 13, "what it costs"): a still figure and a slowly shrinking arc need few frames, and on an old laptop
 * every frame drawn in software costs. The next frame is the soonest of:
 * <ul>
 *   <li>the numeral's next change (a whole second of the plan, which is also where every phase ends, so no cue and
 *       no phase starts late);</li>
 *   <li>the ring's arc moving on by {@value #ARC_STEPS_PER_TURN}th of a turn, and at least {@value #ARC_STEP_PIXELS}
 *       pixels, so a 10-second hold's arc moves in small even steps;</li>
 *   <li>while the figure moves, {@value #FIGURE_FPS} frames a second, and one frame as it comes to rest.</li>
 * </ul>
 * No frame comes more often than {@value #FIGURE_FPS} a second but for a second's boundary, nor less often than
 * once a second. Plain arithmetic on the engine's state: tested without a toolkit.
 */
final class FramePacing {

    static final int FIGURE_FPS = 30;
    static final int ARC_STEPS_PER_TURN = 180;
    static final double ARC_STEP_PIXELS = 2;
    private static final long MIN_FRAME_NANOS = 1_000_000_000L / FIGURE_FPS;
    private static final long MAX_FRAME_NANOS = 1_000_000_000L;
    /** Frames for a boundary come this much after it, so the clock has surely reached it. */
    private static final long BOUNDARY_MARGIN_NANOS = 500_000;

    private FramePacing() {
    }

    /**
     * Nanoseconds of real time until the next frame.
     *
     * @param ringDiameter the countdown ring's diameter in pixels (0 before it is laid out)
     * @param figureShown  whether a figure is on screen
     */
    static long nextFrameNanos(Plan plan, SessionState state, double ringDiameter, boolean figureShown) {
        Phase phase = state.phase();
        if (phase == null || state.isFinished() || state.awaitingDone()) {
            return MAX_FRAME_NANOS;
        }
        double speed = Math.max(1, state.speed());
        long remaining = state.phaseRemainingMillis();
        long shown = (remaining + 999) / 1000;
        long untilNumeral = remaining - (shown - 1) * 1000;
        long boundary = Math.round(untilNumeral * 1_000_000L / speed) + BOUNDARY_MARGIN_NANOS;

        double planMillisPerStep = phase.durationMillis() / (double) ARC_STEPS_PER_TURN;
        if (ringDiameter > 0) {
            double pixelsPerPlanMilli = Math.PI * ringDiameter / phase.durationMillis();
            planMillisPerStep = Math.max(planMillisPerStep, ARC_STEP_PIXELS / pixelsPerPlanMilli);
        }
        long next = Math.max(MIN_FRAME_NANOS, Math.round(planMillisPerStep * 1_000_000L / speed));

        long moving = figureShown ? FigureMotion.movingForMillis(plan, state) : 0;
        if (moving > 0) {
            long untilStill = Math.round(moving * 1_000_000L / speed) + BOUNDARY_MARGIN_NANOS;
            // At the figure's rate, and once more at the moment it comes to rest, so its last pose is drawn.
            next = Math.min(next, Math.min(MIN_FRAME_NANOS, untilStill));
        }
        return Math.min(MAX_FRAME_NANOS, Math.min(next, boundary));
    }
}
