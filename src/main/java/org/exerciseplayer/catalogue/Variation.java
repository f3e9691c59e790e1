package org.exerciseplayer.catalogue;

import java.util.Objects;
import java.util.Optional;
import org.exerciseplayer.figure.Figure;

/**
 * An easier ("To simplify…") or harder ("To increase the difficulty…") way of doing an exercise, with its own dose
 * and its own figure where it has them (the harder clam's feet up on a stool).
 */
public record Variation(Kind kind, String text, Optional<Dose> dose, Optional<Figure> figure) {

    public enum Kind { EASIER, HARDER }

    public Variation {
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(figure, "figure");
    }

    /** A variation drawn as the exercise is. */
    public Variation(Kind kind, String text, Optional<Dose> dose) {
        this(kind, text, dose, Optional.empty());
    }
}
