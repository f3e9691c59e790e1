package org.exerciseplayer.catalogue;

/** How an exercise uses the two sides of the body. */
public enum Sides {
    /** Both sides at once, or no side at all (e.g. the inner thigh stretch). */
    NONE,
    /** The whole dose on the first side, then the whole dose on the other. */
    EACH,
    /** Repetitions alternate sides; the repetition count is per side. */
    ALTERNATING
}
