package org.exerciseplayer.figure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Something the steps name that is not the body: a pillow between the knees or under the head, a stool under the
 * feet. It is placed against points of the body, written for the right side like the poses (the left side swaps
 * them), and follows those points as the body moves.
 *
 * @param kind      what it is
 * @param placing   how it sits against the points: between two of them, or under one or two
 * @param points    the points it is placed against
 * @param imaginary drawn as an outline only, for something the person only imagines ("an imaginary stool")
 */
public record Prop(Kind kind, Placing placing, List<BodyPoint> points, boolean imaginary) {

    /** The things a figure can show. */
    public enum Kind {
        PILLOW, STOOL;

        /** The word in a catalogue, e.g. "pillow". */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether this kind can be placed so. */
        public boolean allows(Placing placing) {
            return this == PILLOW || placing == Placing.UNDER;
        }

        public static Optional<Kind> fromWord(String word) {
            for (Kind kind : values()) {
                if (kind.word().equals(word)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** How a prop sits against its points; the word is the catalogue's field name. */
    public enum Placing {
        /** Squeezed between two points (a pillow between the knees). */
        BETWEEN(2, 2),
        /** On the floor, reaching up to one or two points (a stool under the feet). */
        UNDER(1, 2);

        private final int minPoints;
        private final int maxPoints;

        Placing(int minPoints, int maxPoints) {
            this.minPoints = minPoints;
            this.maxPoints = maxPoints;
        }

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public int minPoints() {
            return minPoints;
        }

        public int maxPoints() {
            return maxPoints;
        }
    }

    public Prop {
        points = List.copyOf(points);
        if (!kind.allows(placing) || points.size() < placing.minPoints() || points.size() > placing.maxPoints()) {
            throw new IllegalArgumentException("A " + kind.word() + " " + placing.word() + " " + points);
        }
    }
}
