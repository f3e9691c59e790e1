package org.exerciseplayer.catalogue;

import java.util.Optional;

/** An easier ("To simplify…") or harder ("To increase the difficulty…") way of doing an exercise. */
public record Variation(Kind kind, String text, Optional<Dose> dose) {

    public enum Kind { EASIER, HARDER }
}
