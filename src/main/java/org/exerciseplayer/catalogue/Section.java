package org.exerciseplayer.catalogue;

import java.util.List;
import java.util.stream.Stream;

/**
 * A section of the leaflet ("Stretches for the muscles of the hip joint"). It holds exercises of its own,
 * followed by groups ("Side work series - glute muscles to support the hip") with theirs.
 */
public record Section(String id, String title, List<String> introduction, List<Exercise> ownExercises,
                      List<Group> groups) {

    public Section {
        introduction = List.copyOf(introduction);
        ownExercises = List.copyOf(ownExercises);
        groups = List.copyOf(groups);
    }

    /** The section's own exercises, then each group's, in leaflet order. */
    public List<Exercise> exercises() {
        return Stream.concat(ownExercises.stream(), groups.stream().flatMap(g -> g.exercises().stream()))
                .toList();
    }
}
