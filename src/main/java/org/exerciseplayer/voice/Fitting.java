package org.exerciseplayer.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Fits a script's lines to the time there is, given how long each phrase takes to say. The rules, in plan time:
 * <ul>
 *   <li>two phrases never overlap: each starts at least {@link #GAP_MILLIS} (real time) after the one before ends;
 *   </li>
 *   <li>a fixed line (a count) starts exactly at its instant or is left out, and ends before the next count;</li>
 *   <li>any other line starts at its instant, or as soon as the phrase before it has ended, and must end by its
 *       deadline (the start of the phase it announces) and before the next fixed line: where its full form does not
 *       fit, the first shorter one that does is said, and where none fits, nothing;</li>
 *   <li>a phrase whose length is not known yet (not rendered) is not said.</li>
 * </ul>
 * At a demonstration speed of 2× or more the same phrase takes that many times more plan time, so less is said.
 */
public final class Fitting {

    /** Real milliseconds of silence, at least, between two phrases. */
    public static final long GAP_MILLIS = 120;

    private Fitting() {
    }

    /** How long each phrase takes to say, in real milliseconds; empty while that is not known. */
    @FunctionalInterface
    public interface Durations {
        OptionalLong millis(String text);
    }

    /**
     * A line as it will be said.
     *
     * @param lineIndex the line's index in the script
     * @param atMillis  when it starts, in plan time
     * @param millis    how long it lasts, in plan time
     */
    public record Spoken(int lineIndex, Line line, String text, long atMillis, long millis) {
        public long endMillis() {
            return atMillis + millis;
        }
    }

    /** The whole script, from the start, at 1×: what {@code --plan} shows. */
    public static List<Spoken> fit(List<Line> lines, Durations durations) {
        return fit(lines, 0, lines.size(), durations, 1, 0);
    }

    /**
     * Fits the lines {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param speed     the demonstration speed: plan milliseconds per real millisecond
     * @param busyUntil the plan instant until which a phrase already under way lasts
     */
    public static List<Spoken> fit(List<Line> lines, int from, int to, Durations durations, int speed,
                                   long busyUntil) {
        List<Spoken> spoken = new ArrayList<>();
        long gap = GAP_MILLIS * speed;
        long busy = busyUntil;
        for (int k = from; k < to; k++) {
            Line line = lines.get(k);
            long start = line.fixed() ? line.atMillis() : Math.max(line.atMillis(), busy);
            if (line.fixed() && busy > line.atMillis()) {
                continue;
            }
            long deadline = line.fixed() ? line.endByMillis()
                    : Math.min(line.endByMillis(), nextFixedAt(lines, k, start) - gap);
            for (String text : line.variants()) {
                OptionalLong real = durations.millis(text);
                if (real.isPresent() && start + real.getAsLong() * speed <= deadline) {
                    Spoken said = new Spoken(k, line, text, start, real.getAsLong() * speed);
                    spoken.add(said);
                    busy = said.endMillis() + gap;
                    break;
                }
            }
        }
        return spoken;
    }

    /** The instant of the first fixed line after line {@code k} that starts at or after {@code start}. */
    private static long nextFixedAt(List<Line> lines, int k, long start) {
        for (int j = k + 1; j < lines.size(); j++) {
            Line later = lines.get(j);
            if (later.atMillis() > lines.get(k).endByMillis()) {
                break;
            }
            if (later.fixed() && later.atMillis() >= start) {
                return later.atMillis();
            }
        }
        return Long.MAX_VALUE / 2;
    }
}
