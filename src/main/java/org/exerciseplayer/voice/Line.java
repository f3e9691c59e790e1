package org.exerciseplayer.voice;

import java.util.List;

/**
 * One thing the voice may say at a moment of the plan, before it is fitted to the time there is: the words, from the
 * longest to the shortest form, the instant it may start, and the instant it must have ended by. Times are plan time
 * in milliseconds from the start of the session.
 *
 * @param kind        what it is, for the plan's JSON and for tests
 * @param phaseIndex  the phase it is said in
 * @param atMillis    when it starts, or (not {@code fixed}) the earliest it may start
 * @param endByMillis when it must have ended: the start of the phase it announces, or the next count
 * @param fixed       whether it starts exactly at {@code atMillis} or not at all (a count must fall on its second)
 * @param variants    the words, longest first; the fitting takes the first that fits
 */
public record Line(Kind kind, int phaseIndex, long atMillis, long endByMillis, boolean fixed, List<String> variants) {

    /** What a line is. */
    public enum Kind {
        /** During the get-ready: the exercise, how to get into position, and what the block is. */
        GET_READY,
        /** During a get-ready after a switch or a preparation: what the block is. */
        WORK,
        /** As a hold or a timed movement ends: release, and what comes next. */
        RELEASE,
        /** A change of side or direction. */
        SWITCH,
        /** One of the last three seconds of a hold or a timed movement: "3", "2", "1". */
        COUNTDOWN,
        /** A paced repetition starts: its number. */
        REPETITION
    }

    public Line {
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a line needs words");
        }
        if (endByMillis <= atMillis) {
            throw new IllegalArgumentException("a line must end after it starts: " + atMillis + " to " + endByMillis);
        }
    }
}
