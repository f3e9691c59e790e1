package org.exerciseplayer.catalogue;

import java.util.List;

/**
 * One exercise: its numbered steps exactly as written, the cautions set apart, notes on how the leaflet was
 * read, its dose as numbers, its effective pacing and its easier or harder variations.
 */
public record Exercise(String id, String name, List<String> steps, List<String> cautions, List<String> notes,
                       Dose dose, Pacing pacing, List<Variation> variations) {
    public Exercise {
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
        notes = List.copyOf(notes);
        variations = List.copyOf(variations);
    }
}
