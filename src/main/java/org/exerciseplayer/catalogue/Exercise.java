package org.exerciseplayer.catalogue;

import java.util.List;
import java.util.Optional;
import org.exerciseplayer.figure.Figure;

/**
 * One exercise: its numbered steps exactly as written, the cautions set apart, notes on how the leaflet was
 * read, its dose as numbers, its effective pacing, its easier or harder variations, a picture or video of it (if
 * the catalogue has one), and how its movement is drawn (if the catalogue says).
 */
public record Exercise(String id, String name, List<String> steps, List<String> cautions, List<String> notes,
                       Dose dose, Pacing pacing, List<Variation> variations, Optional<Media> media,
                       Optional<Figure> figure) {
    public Exercise {
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
        notes = List.copyOf(notes);
        variations = List.copyOf(variations);
        java.util.Objects.requireNonNull(media, "media");
        java.util.Objects.requireNonNull(figure, "figure");
    }

    /** An exercise without a figure. */
    public Exercise(String id, String name, List<String> steps, List<String> cautions, List<String> notes,
                    Dose dose, Pacing pacing, List<Variation> variations, Optional<Media> media) {
        this(id, name, steps, cautions, notes, dose, pacing, variations, media, Optional.empty());
    }

    /** An exercise without a picture, video or figure of its own. */
    public Exercise(String id, String name, List<String> steps, List<String> cautions, List<String> notes,
                    Dose dose, Pacing pacing, List<Variation> variations) {
        this(id, name, steps, cautions, notes, dose, pacing, variations, Optional.empty(), Optional.empty());
    }

    /** This exercise with other pacing, e.g. as a routine prescribes it. */
    public Exercise withPacing(Pacing newPacing) {
        return new Exercise(id, name, steps, cautions, notes, dose, newPacing, variations, media, figure);
    }

    /** This exercise drawn another way, e.g. as the variation a routine chose. */
    public Exercise withFigure(Optional<Figure> newFigure) {
        return new Exercise(id, name, steps, cautions, notes, dose, pacing, variations, media, newFigure);
    }

    /** Its variation of this kind, if it has one. */
    public Optional<Variation> variation(Variation.Kind kind) {
        return variations.stream().filter(v -> v.kind() == kind).findFirst();
    }
}
