package org.exerciseplayer.catalogue;

import java.util.List;

/**
 * One exercise: its numbered steps exactly as written, the cautions set apart, notes on how the leaflet was
 * read, its dose as numbers, its effective pacing and its easier or harder variations.
 */
public record Exercise(String id, String name, List<String> steps, List<String> cautions, List<String> notes,
                       Dose dose, Pacing pacing, List<Variation> variations, java.util.Optional<Media> media) {
    public Exercise {
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
        notes = List.copyOf(notes);
        variations = List.copyOf(variations);
        java.util.Objects.requireNonNull(media, "media");
    }

    /** An exercise without a picture or video of its own. */
    public Exercise(String id, String name, List<String> steps, List<String> cautions, List<String> notes,
                    Dose dose, Pacing pacing, List<Variation> variations) {
        this(id, name, steps, cautions, notes, dose, pacing, variations, java.util.Optional.empty());
    }

    /** This exercise with other pacing, e.g. as a routine prescribes it. */
    public Exercise withPacing(Pacing newPacing) {
        return new Exercise(id, name, steps, cautions, notes, dose, newPacing, variations, media);
    }

    /** Its variation of this kind, if it has one. */
    public java.util.Optional<Variation> variation(Variation.Kind kind) {
        return variations.stream().filter(v -> v.kind() == kind).findFirst();
    }
}
