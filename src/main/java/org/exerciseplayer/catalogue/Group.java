package org.exerciseplayer.catalogue;

import java.util.List;

/** A titled group of exercises inside a section. */
public record Group(String id, String title, List<String> introduction, List<Exercise> exercises) {
    public Group {
        introduction = List.copyOf(introduction);
        exercises = List.copyOf(exercises);
    }
}
