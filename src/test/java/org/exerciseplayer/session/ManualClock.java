package org.exerciseplayer.session;

import java.time.Duration;

/** A clock that moves only when a test moves it. Starts at an arbitrary non-zero reading, as real clocks do. */
public final class ManualClock implements Clock {

    private volatile long nanos = 123_456_789_000L;

    @Override
    public long nanoTime() {
        return nanos;
    }

    public ManualClock advance(Duration duration) {
        return advanceNanos(duration.toNanos());
    }

    public ManualClock advanceMillis(long millis) {
        return advanceNanos(millis * 1_000_000L);
    }

    public ManualClock advanceNanos(long delta) {
        if (delta < 0) {
            throw new IllegalArgumentException("A monotonic clock does not go back: " + delta);
        }
        nanos += delta;
        return this;
    }
}
