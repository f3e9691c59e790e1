package org.exerciseplayer.routine;

import org.exerciseplayer.session.PainRule;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Pacing;
import org.exerciseplayer.catalogue.Variation;
import org.exerciseplayer.figure.Figure;
import org.exerciseplayer.session.Guidance;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.SessionSetup;

/**
 * A routine as a physio prescribes it and a patient receives it: a title, notes for the patient, the pain rule,
 * and the chosen exercises with their changes, together with the catalogue content they come from, so that
 * the one file is all a patient needs ({@code docs/routine-format.md}).
 *
 * @param catalogue the catalogue the exercises come from (in a file, just the part the routine uses)
 * @param items     the exercises in the order they are done; an exercise may appear more than once
 */
public record RoutineDocument(int formatVersion, String title, Optional<String> prescribedBy,
                              Optional<LocalDate> created, List<String> notes, PainRule painRule,
                              Catalogue catalogue, List<RoutineItem> items) {

    /** The routine format version this build reads and writes. */
    public static final int FORMAT_VERSION = 1;

    public RoutineDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(painRule, "painRule");
        Objects.requireNonNull(catalogue, "catalogue");
        notes = List.copyOf(notes);
        items = List.copyOf(items);
        for (RoutineItem item : items) {
            Exercise exercise = catalogue.exercise(item.exerciseId()).orElseThrow(() -> new IllegalArgumentException(
                    "no exercise \"" + item.exerciseId() + "\" in the catalogue " + catalogue.id()));
            item.variation().ifPresent(kind -> exercise.variation(kind).orElseThrow(() ->
                    new IllegalArgumentException(exercise.id() + " has no " + kind + " variation")));
        }
    }

    /** A new, empty routine from {@code catalogue}, with the leaflet's pain rule. */
    public static RoutineDocument startFrom(Catalogue catalogue, String title) {
        return new RoutineDocument(FORMAT_VERSION, title, Optional.empty(), Optional.empty(), List.of(),
                PainRule.anyIncrease(), catalogue, List.of());
    }

    public int size() {
        return items.size();
    }

    public RoutineItem item(int index) {
        return items.get(index);
    }

    /** The catalogue exercise of item {@code index}, as written in the catalogue. */
    public Exercise exercise(int index) {
        return catalogue.exercise(items.get(index).exerciseId()).orElseThrow();
    }

    /** The variation chosen for item {@code index}, if any. */
    public Optional<Variation> variation(int index) {
        Exercise exercise = exercise(index);
        return items.get(index).variation().flatMap(exercise::variation);
    }

    /** The dose to do for item {@code index}: the variation's or the exercise's, with the physio's changes. */
    public Dose dose(int index) {
        return items.get(index).dose().applyTo(baseDose(index));
    }

    /** The dose item {@code index} starts from before the physio's changes. */
    public Dose baseDose(int index) {
        return variation(index).flatMap(Variation::dose).orElse(exercise(index).dose());
    }

    /** The pacing for item {@code index}: the exercise's, with the physio's changes. */
    public Pacing pacing(int index) {
        return items.get(index).pacing().applyTo(exercise(index).pacing());
    }

    /** How item {@code index} is drawn: its chosen variation's own figure, or else the exercise's. */
    public Optional<Figure> figure(int index) {
        return variation(index).flatMap(Variation::figure).or(() -> exercise(index).figure());
    }

    /**
     * What the engine plays: each item's exercise with its pacing, dose and figure (the variation's, if the routine
     * chose one drawn its own way). Needs at least one item.
     */
    public Routine routine() {
        return new Routine(java.util.stream.IntStream.range(0, items.size())
                .mapToObj(i -> new Routine.Entry(exercise(i).withPacing(pacing(i)).withFigure(figure(i)), dose(i)))
                .toList());
    }

    /** What the physio adds to item {@code index} in the player: the variation chosen and the notes. */
    public Guidance guidance(int index) {
        return new Guidance(variation(index), items.get(index).notes());
    }

    /** A session of the whole routine: its exercises in order, the physio's guidance, its pain rule and title. */
    public SessionSetup sessionSetup() {
        return new SessionSetup(catalogue, routine(), java.util.stream.IntStream.range(0, items.size())
                .mapToObj(this::guidance).toList(), painRule, Optional.of(title));
    }

    /** The ids of the exercises used, in routine order, each once. */
    public Set<String> exerciseIds() {
        Set<String> ids = new LinkedHashSet<>();
        items.forEach(item -> ids.add(item.exerciseId()));
        return ids;
    }

    /** This routine carrying only the part of its catalogue that it uses, as it is written to a file. */
    public RoutineDocument selfContained() {
        return withCatalogue(catalogue.keepOnly(exerciseIds()));
    }

    /**
     * This routine with {@code full} as its catalogue, when {@code full} is the same edition of the catalogue it
     * carries (same id and version, and every exercise it carries unchanged there), so that an editor can offer
     * the catalogue's other exercises; otherwise this routine as it is.
     */
    public RoutineDocument widenedTo(Catalogue full) {
        boolean sameEdition = full.id().equals(catalogue.id()) && full.version().equals(catalogue.version())
                && catalogue.exercises().stream()
                .allMatch(e -> full.exercise(e.id()).filter(e::equals).isPresent());
        return sameEdition ? withCatalogue(full) : this;
    }

    public RoutineDocument withItems(List<RoutineItem> newItems) {
        return new RoutineDocument(formatVersion, title, prescribedBy, created, notes, painRule, catalogue, newItems);
    }

    public RoutineDocument withCatalogue(Catalogue newCatalogue) {
        return new RoutineDocument(formatVersion, title, prescribedBy, created, notes, painRule, newCatalogue, items);
    }

    public RoutineDocument withTitle(String newTitle) {
        return new RoutineDocument(formatVersion, newTitle, prescribedBy, created, notes, painRule, catalogue, items);
    }

    public RoutineDocument withNotes(List<String> newNotes) {
        return new RoutineDocument(formatVersion, title, prescribedBy, created, newNotes, painRule, catalogue, items);
    }

    public RoutineDocument withPainRule(PainRule rule) {
        return new RoutineDocument(formatVersion, title, prescribedBy, created, notes, rule, catalogue, items);
    }

    public RoutineDocument withPrescribedBy(Optional<String> who) {
        return new RoutineDocument(formatVersion, title, who, created, notes, painRule, catalogue, items);
    }

    public RoutineDocument withCreated(Optional<LocalDate> date) {
        return new RoutineDocument(formatVersion, title, prescribedBy, date, notes, painRule, catalogue, items);
    }
}
