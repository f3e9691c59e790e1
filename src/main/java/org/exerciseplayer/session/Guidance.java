package org.exerciseplayer.session;

import java.util.List;
import java.util.Optional;
import org.exerciseplayer.catalogue.Variation;

/**
 * What a prescribed routine adds to one exercise of a session: the variation the physio chose and their notes.
 *
 * @param variation empty when the exercise is done as written
 */
public record Guidance(Optional<Variation> variation, List<String> physioNotes) {

    /** An exercise as the catalogue has it. */
    public static final Guidance NONE = new Guidance(Optional.empty(), List.of());

    public Guidance {
        physioNotes = List.copyOf(physioNotes);
    }
}
