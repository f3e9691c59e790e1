package org.exerciseplayer.routine;

import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.catalogue.Directions;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.catalogue.Sides;

/**
 * A physio's changes to an exercise's dose: each field present replaces the catalogue's (or the chosen
 * variation's) value; absent fields keep it. See {@code docs/routine-format.md}.
 */
public record DoseChange(Optional<Integer> holdSeconds, Optional<Integer> repetitions,
                         Optional<Integer> durationSeconds, Optional<Sides> sides, Optional<Side> firstSide,
                         Optional<Directions> directions, Optional<Integer> timesPerDay) {

    public static final DoseChange NONE = new DoseChange(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * The dose that results. A duration makes a timed dose; a hold or a number of repetitions makes a
     * repeated one (a timed dose given only a hold becomes one hold; given only repetitions, paced movements).
     */
    public Dose applyTo(Dose base) {
        int hold;
        int reps;
        int duration;
        if (durationSeconds.isPresent()) {
            hold = 0;
            reps = 1;
            duration = durationSeconds.get();
        } else if (holdSeconds.isPresent() || repetitions.isPresent()) {
            boolean wasTimed = base.kind() == Dose.Kind.TIMED;
            hold = holdSeconds.orElse(wasTimed ? 0 : base.holdSeconds());
            reps = repetitions.orElse(wasTimed ? 1 : base.repetitions());
            duration = 0;
        } else {
            hold = base.holdSeconds();
            reps = base.repetitions();
            duration = base.durationSeconds();
        }
        Sides newSides = sides.orElse(base.sides());
        Side first = newSides == Sides.NONE ? Side.RIGHT : firstSide.orElse(base.firstSide());
        OptionalInt times = timesPerDay.map(OptionalInt::of).orElse(base.timesPerDay());
        return new Dose(hold, reps, duration, newSides, first, directions.orElse(base.directions()), times,
                base.preparation());
    }

    /** The changes that turn {@code base} into {@code wanted}: only the fields that differ. */
    public static DoseChange between(Dose base, Dose wanted) {
        boolean shapeChanged = base.kind() != wanted.kind();
        Optional<Integer> duration = wanted.kind() == Dose.Kind.TIMED
                && (shapeChanged || wanted.durationSeconds() != base.durationSeconds())
                ? Optional.of(wanted.durationSeconds()) : Optional.empty();
        Optional<Integer> hold = wanted.kind() == Dose.Kind.HOLD
                && (shapeChanged || wanted.holdSeconds() != base.holdSeconds())
                ? Optional.of(wanted.holdSeconds()) : Optional.empty();
        Optional<Integer> reps = wanted.kind() != Dose.Kind.TIMED
                && (shapeChanged || wanted.repetitions() != base.repetitions())
                ? Optional.of(wanted.repetitions()) : Optional.empty();
        if (shapeChanged && wanted.kind() == Dose.Kind.REPETITIONS && base.kind() == Dose.Kind.HOLD) {
            throw new IllegalArgumentException("a routine cannot take the hold away from an exercise that has one");
        }
        Optional<Sides> newSides = wanted.sides() != base.sides() ? Optional.of(wanted.sides()) : Optional.empty();
        Optional<Side> first = wanted.sides() != Sides.NONE && wanted.firstSide() != base.firstSide()
                ? Optional.of(wanted.firstSide()) : Optional.empty();
        Optional<Directions> dirs = wanted.directions().equals(base.directions()) ? Optional.empty()
                : Optional.of(wanted.directions());
        Optional<Integer> times = wanted.timesPerDay().equals(base.timesPerDay()) || wanted.timesPerDay().isEmpty()
                ? Optional.empty() : Optional.of(wanted.timesPerDay().getAsInt());
        return new DoseChange(hold, reps, duration, newSides, first, dirs, times);
    }
}
