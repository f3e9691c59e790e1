package org.exerciseplayer.routine;

import java.util.Optional;
import org.exerciseplayer.catalogue.Pacing;

/** A physio's changes to an exercise's pacing (rest, tempo and so on); absent fields keep the exercise's. */
public record PacingChange(Optional<Integer> getReadySeconds, Optional<Integer> restSeconds,
                           Optional<Integer> secondsPerRepetition, Optional<Integer> switchSeconds) {

    public static final PacingChange NONE = new PacingChange(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public boolean isEmpty() {
        return equals(NONE);
    }

    public Pacing applyTo(Pacing base) {
        return new Pacing(getReadySeconds.orElse(base.getReadySeconds()), restSeconds.orElse(base.restSeconds()),
                secondsPerRepetition.orElse(base.secondsPerRepetition()),
                switchSeconds.orElse(base.switchSeconds()));
    }

    /** The changes that turn {@code base} into {@code wanted}: only the fields that differ. */
    public static PacingChange between(Pacing base, Pacing wanted) {
        return new PacingChange(differs(base.getReadySeconds(), wanted.getReadySeconds()),
                differs(base.restSeconds(), wanted.restSeconds()),
                differs(base.secondsPerRepetition(), wanted.secondsPerRepetition()),
                differs(base.switchSeconds(), wanted.switchSeconds()));
    }

    private static Optional<Integer> differs(int base, int wanted) {
        return base == wanted ? Optional.empty() : Optional.of(wanted);
    }
}
