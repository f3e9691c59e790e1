package org.exerciseplayer.session;

import java.util.List;
import java.util.Objects;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Exercise;

/**
 * What a person will do in one session: an ordered list of exercises, each with the dose to use (usually the
 * exercise's own, or that of one of its variations).
 */
public record Routine(List<Entry> entries) {

    public Routine {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("A routine needs at least one exercise");
        }
    }

    /** One exercise of a routine and the dose to use for it. */
    public record Entry(Exercise exercise, Dose dose) {
        public Entry {
            Objects.requireNonNull(exercise, "exercise");
            Objects.requireNonNull(dose, "dose");
        }

        /** The exercise with its own dose. */
        public Entry(Exercise exercise) {
            this(exercise, exercise.dose());
        }
    }

    /** The whole catalogue in leaflet order, each exercise with its own dose. */
    public static Routine of(Catalogue catalogue) {
        return of(catalogue.exercises());
    }

    /** These exercises in this order, each with its own dose. */
    public static Routine of(List<Exercise> exercises) {
        return new Routine(exercises.stream().map(Entry::new).toList());
    }

    public int size() {
        return entries.size();
    }

    public Entry entry(int index) {
        return entries.get(index);
    }
}
