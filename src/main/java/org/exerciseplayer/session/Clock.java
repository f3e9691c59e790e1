package org.exerciseplayer.session;

/**
 * A monotonic clock, in nanoseconds from an arbitrary origin. The engine reads time only through this, so
 * tests can drive a whole session in virtual time and the app can give it {@link SystemClock}.
 */
@FunctionalInterface
public interface Clock {

    /** The current time in nanoseconds; never decreases. Only differences between readings mean anything. */
    long nanoTime();
}
