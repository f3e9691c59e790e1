package org.exerciseplayer.session;

/**
 * Plan time (nanoseconds from the start of the plan) read from a {@link Clock}: scaled by the speed and
 * frozen while not running. It keeps one anchor, a pair (clock reading, plan time), and computes
 * {@code anchorPlan + (clock - anchorClock) * speed}; setting the time, running again or changing speed only
 * moves the anchor. Nothing is accumulated, so there is no drift to accumulate.
 */
final class PlanClock {

    private final Clock clock;
    private int speed = 1;
    private boolean running;
    private long anchorClock;
    private long anchorPlan;
    /** Plan time while frozen. */
    private long frozen;

    PlanClock(Clock clock) {
        this.clock = clock;
    }

    long nanos() {
        return running ? anchorPlan + (clock.nanoTime() - anchorClock) * speed : frozen;
    }

    /** Moves plan time to this offset, from now. */
    void set(long planNanos) {
        if (running) {
            anchor(planNanos);
        } else {
            frozen = planNanos;
        }
    }

    /** Lets plan time run from where it was frozen. */
    void run() {
        if (!running) {
            running = true;
            anchor(frozen);
        }
    }

    /** Holds plan time where it is now. */
    void freeze() {
        if (running) {
            frozen = nanos();
            running = false;
        }
    }

    int speed() {
        return speed;
    }

    /** Runs this many times faster than the clock from now on, keeping the plan time already reached. */
    void setSpeed(int speed) {
        long now = nanos();
        this.speed = speed;
        set(now);
    }

    private void anchor(long planNanos) {
        anchorClock = clock.nanoTime();
        anchorPlan = planNanos;
    }
}
