package org.exerciseplayer.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * A validated exercise catalogue: the leaflet's structure, its exercises and its safety texts.
 *
 * <p>Instances come from {@link CatalogueLoader}; everything in them has been checked, so the rest of the
 * code can trust it. Lists are unmodifiable.
 */
public record Catalogue(
        int formatVersion,
        String id,
        String version,
        String title,
        String language,
        Source source,
        List<String> introduction,
        SafetyTexts safety,
        Pacing pacing,
        List<Section> sections) {

    /** The format version this build reads and writes. */
    public static final int FORMAT_VERSION = 1;

    public Catalogue {
        introduction = List.copyOf(introduction);
        sections = List.copyOf(sections);
    }

    /** Every exercise in leaflet order: each section's own exercises, then those of its groups. */
    public List<Exercise> exercises() {
        return sections.stream().flatMap(section -> section.exercises().stream()).toList();
    }

    public Optional<Exercise> exercise(String exerciseId) {
        return exercises().stream().filter(e -> e.id().equals(exerciseId)).findFirst();
    }

    /** The section an exercise belongs to (whether directly or through one of its groups). */
    public Optional<Section> sectionOf(Exercise exercise) {
        return sections.stream().filter(s -> s.exercises().contains(exercise)).findFirst();
    }

    /** The group an exercise belongs to, if it is in one. */
    public Optional<Group> groupOf(Exercise exercise) {
        return sections.stream().flatMap(s -> s.groups().stream())
                .filter(g -> g.exercises().contains(exercise)).findFirst();
    }

    /**
     * This catalogue with only the exercises whose ids are given, in their places; groups and sections left
     * with none are dropped. Used to carry just what a routine needs.
     */
    public Catalogue keepOnly(java.util.Set<String> exerciseIds) {
        List<Section> kept = new java.util.ArrayList<>();
        for (Section section : sections) {
            List<Exercise> own = section.ownExercises().stream()
                    .filter(e -> exerciseIds.contains(e.id())).toList();
            List<Group> groups = section.groups().stream()
                    .map(g -> new Group(g.id(), g.title(), g.introduction(),
                            g.exercises().stream().filter(e -> exerciseIds.contains(e.id())).toList()))
                    .filter(g -> !g.exercises().isEmpty()).toList();
            if (!own.isEmpty() || !groups.isEmpty()) {
                kept.add(new Section(section.id(), section.title(), section.introduction(), own, groups));
            }
        }
        return new Catalogue(formatVersion, id, version, title, language, source, introduction, safety, pacing, kept);
    }
}
