package org.exerciseplayer.catalogue;

import java.util.List;

/**
 * The directions of a movement ("30 seconds in each direction"): their names in order, and whether the whole
 * dose is done in one direction before the next ({@link Order#EACH}) or the directions take turns
 * ({@link Order#ALTERNATING}, as in pelvic tilts backwards and forwards). The dose is per direction.
 */
public record Directions(List<String> names, Order order) {

    public static final Directions NONE = new Directions(List.of(), Order.EACH);

    public Directions {
        names = List.copyOf(names);
    }

    public boolean isNone() {
        return names.isEmpty();
    }

    public enum Order { EACH, ALTERNATING }
}
