package org.exerciseplayer.routine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.exerciseplayer.catalogue.Variation;

/**
 * One exercise of a prescribed routine: which catalogue exercise, which of its variations (if any), the
 * physio's changes to its dose and pacing, and notes for this patient.
 */
public record RoutineItem(String exerciseId, Optional<Variation.Kind> variation, DoseChange dose,
                          PacingChange pacing, List<String> notes) {

    public RoutineItem {
        Objects.requireNonNull(exerciseId, "exerciseId");
        Objects.requireNonNull(variation, "variation");
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(pacing, "pacing");
        notes = List.copyOf(notes);
    }

    /** The exercise as the catalogue has it. */
    public static RoutineItem of(String exerciseId) {
        return new RoutineItem(exerciseId, Optional.empty(), DoseChange.NONE, PacingChange.NONE, List.of());
    }
}
