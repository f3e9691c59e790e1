package org.exerciseplayer.catalogue;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * How much of an exercise to do, as numbers. Exactly one of three shapes, given by {@link #kind()}:
 * <ul>
 *   <li>{@link Kind#HOLD}: hold for {@code holdSeconds}, {@code repetitions} times;</li>
 *   <li>{@link Kind#REPETITIONS}: {@code repetitions} paced movements without a hold, at the pacing's tempo;</li>
 *   <li>{@link Kind#TIMED}: continuous movement for {@code durationSeconds}.</li>
 * </ul>
 * The dose applies to each side when {@code sides} is not {@link Sides#NONE}, and to each direction when there
 * are directions. {@code holdSeconds} and {@code durationSeconds} are 0 where they do not apply;
 * {@code repetitions} is 1 for a timed dose.
 *
 * @param firstSide the side done first (the one the leaflet names first)
 */
public record Dose(int holdSeconds, int repetitions, int durationSeconds, Sides sides, Side firstSide,
                   Directions directions, OptionalInt timesPerDay, Optional<Preparation> preparation) {

    public enum Kind { HOLD, REPETITIONS, TIMED }

    public Kind kind() {
        if (durationSeconds > 0) {
            return Kind.TIMED;
        }
        return holdSeconds > 0 ? Kind.HOLD : Kind.REPETITIONS;
    }
}
