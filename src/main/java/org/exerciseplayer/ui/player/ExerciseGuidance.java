package org.exerciseplayer.ui.player;

import java.util.List;

/**
 * What a prescribed routine adds to an exercise in the player: the chosen variation ("Harder: …") and the
 * physio's notes for it.
 *
 * @param variationText empty when the exercise is done as written
 */
public record ExerciseGuidance(String variationText, List<String> physioNotes) {

    /** An exercise as the catalogue has it. */
    public static final ExerciseGuidance NONE = new ExerciseGuidance("", List.of());

    public ExerciseGuidance {
        physioNotes = List.copyOf(physioNotes);
    }
}
