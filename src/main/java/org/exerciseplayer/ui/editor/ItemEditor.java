package org.exerciseplayer.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.exerciseplayer.catalogue.Directions;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Pacing;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.catalogue.Sides;
import org.exerciseplayer.catalogue.Variation;
import org.exerciseplayer.routine.DoseChange;
import org.exerciseplayer.catalogue.DoseLimits;
import org.exerciseplayer.routine.PacingChange;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineItem;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.text.DoseWords;

/**
 * The fields of the routine item being edited: its variation, dose, pacing and notes. Each change is stored as
 * the difference from the leaflet ({@link DoseChange#between}, {@link PacingChange#between}), so a value put
 * back to the leaflet's is no change at all.
 */
public final class ItemEditor {

    /** A variation to choose, or none (the exercise as the leaflet gives it first). */
    public record VariationOption(Optional<Variation.Kind> kind) {
        @Override
        public String toString() {
            return EditorWords.variation(kind);
        }
    }

    /** Where an edit of the selected item goes: the editor applies it to the document as one undoable change. */
    interface Host {
        void changeSelected(String key, BiFunction<RoutineDocument, Integer, RoutineItem> change);
    }

    private final Host host;
    private final Map<String, CheckedField<?>> fields = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper exerciseName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper leafletDose = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper variationText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper directionNames = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper();
    private final Choice<VariationOption> variation = new Choice<>(this::chooseVariation);
    private final Choice<Sides> sides = new Choice<>(value -> changeDose(null, d -> dose(d, d.holdSeconds(),
            d.repetitions(), d.durationSeconds(), value, d.firstSide(), d.directions(), d.timesPerDay())));
    private final Choice<Side> firstSide = new Choice<>(value -> changeDose(null, d -> dose(d,
            d.holdSeconds(), d.repetitions(), d.durationSeconds(), d.sides(), value, d.directions(), d.timesPerDay())));
    private final Choice<Directions.Order> directionsOrder = new Choice<>(value -> changeDose(null,
            d -> dose(d, d.holdSeconds(), d.repetitions(), d.durationSeconds(), d.sides(), d.firstSide(),
                    new Directions(d.directions().names(), value), d.timesPerDay())));
    private final CheckedField<Integer> hold;
    private final CheckedField<Integer> repetitions;
    private final CheckedField<Integer> duration;
    private final CheckedField<Integer> rest;
    private final CheckedField<Integer> tempo;
    private final CheckedField<OptionalInt> timesPerDay;
    private final CheckedField<List<String>> notes;
    private RoutineDocument document;
    private int index = -1;

    ItemEditor(Host host) {
        this.host = host;
        hold = field("hold", "editor.hold", DoseLimits.HOLD_SECONDS, "editor.hold.range", value -> changeDose("hold",
                d -> dose(d, value, d.repetitions(), 0, d.sides(), d.firstSide(), d.directions(), d.timesPerDay())));
        repetitions = field("repetitions", "editor.repetitions", DoseLimits.REPETITIONS, "editor.repetitions.range",
                value -> changeDose("repetitions", d -> dose(d, d.holdSeconds(), value, 0, d.sides(), d.firstSide(),
                        d.directions(), d.timesPerDay())));
        duration = field("duration", "editor.duration", DoseLimits.DURATION_SECONDS, "editor.duration.range",
                value -> changeDose("duration", d -> dose(d, 0, 1, value, d.sides(), d.firstSide(), d.directions(),
                        d.timesPerDay())));
        rest = field("rest", "editor.rest", DoseLimits.REST_SECONDS, "editor.rest.range", value -> changePacing("rest",
                p -> new Pacing(p.getReadySeconds(), value, p.secondsPerRepetition(), p.switchSeconds())));
        tempo = field("tempo", "editor.tempo", DoseLimits.SECONDS_PER_REPETITION, "editor.tempo.range",
                value -> changePacing("tempo",
                        p -> new Pacing(p.getReadySeconds(), p.restSeconds(), value, p.switchSeconds())));
        Function<String, CheckedField.Reading<Integer>> times = CheckedField.wholeNumber(
                DoseLimits.TIMES_PER_DAY.min(), DoseLimits.TIMES_PER_DAY.max(), "editor.timesPerDay.range");
        timesPerDay = register("timesPerDay", new CheckedField<>(Messages.get("editor.timesPerDay"), typed -> {
            if (typed.isBlank() && document.baseDose(index).timesPerDay().isEmpty()) {
                return CheckedField.Reading.of(OptionalInt.empty());
            }
            CheckedField.Reading<Integer> reading = times.apply(typed);
            return reading.isValid() ? CheckedField.Reading.of(OptionalInt.of(reading.value()))
                    : CheckedField.Reading.refused(reading.problem());
        }, value -> changeDose("timesPerDay", d -> dose(d, d.holdSeconds(), d.repetitions(), d.durationSeconds(),
                d.sides(), d.firstSide(), d.directions(), value))));
        notes = register("itemNotes", new CheckedField<>(Messages.get("editor.itemNotes"), Paragraphs::read,
                value -> host.changeSelected("itemNotes", (doc, i) -> {
                    RoutineItem item = doc.item(i);
                    return new RoutineItem(item.exerciseId(), item.variation(), item.dose(), item.pacing(), value);
                })));
    }

    private CheckedField<Integer> field(String key, String nameKey, DoseLimits.Range range, String messageKey,
                                        java.util.function.Consumer<Integer> apply) {
        return register(key, new CheckedField<>(Messages.get(nameKey),
                CheckedField.wholeNumber(range.min(), range.max(), messageKey), apply));
    }

    private <T> CheckedField<T> register(String key, CheckedField<T> field) {
        fields.put(key, field);
        return field;
    }

    private static Dose dose(Dose d, int holdSeconds, int reps, int durationSeconds, Sides newSides, Side first,
                             Directions directions, OptionalInt times) {
        return new Dose(holdSeconds, reps, durationSeconds, newSides, first, directions, times, d.preparation());
    }

    /** @param key the text field typed in, so that typing makes one undo step; null for a choice */
    private void changeDose(String key, UnaryOperator<Dose> change) {
        host.changeSelected(key, (doc, i) -> {
            RoutineItem item = doc.item(i);
            DoseChange dose = DoseChange.between(doc.baseDose(i), change.apply(doc.dose(i)));
            return new RoutineItem(item.exerciseId(), item.variation(), dose, item.pacing(), item.notes());
        });
    }

    private void changePacing(String key, UnaryOperator<Pacing> change) {
        host.changeSelected(key, (doc, i) -> {
            RoutineItem item = doc.item(i);
            PacingChange pacing = PacingChange.between(doc.exercise(i).pacing(), change.apply(doc.pacing(i)));
            return new RoutineItem(item.exerciseId(), item.variation(), item.dose(), pacing, item.notes());
        });
    }

    /** Another variation keeps the physio's own changes, on top of that variation's dose. */
    private void chooseVariation(VariationOption option) {
        host.changeSelected(null, (doc, i) -> {
            RoutineItem item = doc.item(i);
            Exercise exercise = doc.exercise(i);
            Dose newBase = option.kind().flatMap(exercise::variation).flatMap(Variation::dose)
                    .orElse(exercise.dose());
            DoseChange kept;
            try {
                kept = DoseChange.between(newBase, item.dose().applyTo(newBase));
            } catch (IllegalArgumentException e) {
                kept = DoseChange.NONE;
            }
            return new RoutineItem(item.exerciseId(), option.kind(), kept, item.pacing(), item.notes());
        });
    }

    /** Puts the item's dose and pacing back to the leaflet's (or its variation's); keeps the notes. */
    public void resetToLeaflet() {
        host.changeSelected(null, (doc, i) -> {
            RoutineItem item = doc.item(i);
            return new RoutineItem(item.exerciseId(), item.variation(), DoseChange.NONE, PacingChange.NONE,
                    item.notes());
        });
    }

    /**
     * Shows item {@code selected} of {@code shown} (or nothing for -1).
     *
     * @param keep the fields left as they are: the one being typed in, and those whose text is refused
     */
    void show(RoutineDocument shown, int selected, java.util.Set<String> keep) {
        document = shown;
        index = selected;
        present.set(selected >= 0);
        if (selected < 0) {
            exerciseName.set("");
            leafletDose.set("");
            variationText.set("");
            directionNames.set("");
            changed.set(false);
            fields.values().forEach(field -> field.show("", false));
            variation.show(null, List.of(), false);
            sides.show(null, List.of(), false);
            firstSide.show(null, List.of(), false);
            directionsOrder.show(null, List.of(), false);
            return;
        }
        Exercise exercise = shown.exercise(selected);
        RoutineItem item = shown.item(selected);
        Dose dose = shown.dose(selected);
        Pacing pacing = shown.pacing(selected);
        exerciseName.set(exercise.name());
        leafletDose.set(DoseWords.of(shown.baseDose(selected)));
        variationText.set(shown.variation(selected).map(Variation::text).orElse(""));
        directionNames.set(String.join(", ", dose.directions().names()));
        changed.set(!item.dose().isEmpty() || !item.pacing().isEmpty());
        List<VariationOption> options = new ArrayList<>();
        options.add(new VariationOption(Optional.empty()));
        exercise.variations().forEach(v -> options.add(new VariationOption(Optional.of(v.kind()))));
        variation.show(new VariationOption(item.variation()), options, options.size() > 1);
        sides.show(dose.sides(), List.of(Sides.values()), true);
        firstSide.show(dose.firstSide(), List.of(Side.RIGHT, Side.LEFT), dose.sides() != Sides.NONE);
        directionsOrder.show(dose.directions().order(), List.of(Directions.Order.values()),
                !dose.directions().isNone());
        Dose.Kind kind = dose.kind();
        showField("hold", keep, kind == Dose.Kind.HOLD ? Integer.toString(dose.holdSeconds()) : "",
                kind == Dose.Kind.HOLD);
        showField("repetitions", keep, kind != Dose.Kind.TIMED ? Integer.toString(dose.repetitions()) : "",
                kind != Dose.Kind.TIMED);
        showField("duration", keep, kind == Dose.Kind.TIMED ? Integer.toString(dose.durationSeconds()) : "",
                kind == Dose.Kind.TIMED);
        showField("rest", keep, kind != Dose.Kind.TIMED ? Integer.toString(pacing.restSeconds()) : "",
                kind != Dose.Kind.TIMED);
        boolean paced = kind == Dose.Kind.REPETITIONS || dose.preparation().isPresent();
        showField("tempo", keep, paced ? Integer.toString(pacing.secondsPerRepetition()) : "", paced);
        showField("timesPerDay", keep, dose.timesPerDay().isPresent()
                ? Integer.toString(dose.timesPerDay().getAsInt()) : "", true);
        showField("itemNotes", keep, Paragraphs.write(item.notes()), true);
    }

    private void showField(String key, java.util.Set<String> keep, String text, boolean applicable) {
        CheckedField<?> field = fields.get(key);
        if (!keep.contains(key) || field.applicableProperty().get() != applicable) {
            field.show(text, applicable);
        }
    }

    /** The fields by key, for the editor's checks. */
    Map<String, CheckedField<?>> fields() {
        return fields;
    }

    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exerciseNameProperty() {
        return exerciseName.getReadOnlyProperty();
    }

    /** The dose the leaflet (or the chosen variation) gives, in words, to compare with. */
    public ReadOnlyStringProperty leafletDoseProperty() {
        return leafletDose.getReadOnlyProperty();
    }

    /** What the chosen variation asks the patient to do differently; empty for none. */
    public ReadOnlyStringProperty variationTextProperty() {
        return variationText.getReadOnlyProperty();
    }

    /** The directions' names in order, e.g. "clockwise, anticlockwise"; empty where there are none. */
    public ReadOnlyStringProperty directionNamesProperty() {
        return directionNames.getReadOnlyProperty();
    }

    /** Whether the dose or pacing differs from the leaflet's. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public Choice<VariationOption> variation() {
        return variation;
    }

    public Choice<Sides> sides() {
        return sides;
    }

    public Choice<Side> firstSide() {
        return firstSide;
    }

    public Choice<Directions.Order> directionsOrder() {
        return directionsOrder;
    }

    public CheckedField<Integer> hold() {
        return hold;
    }

    public CheckedField<Integer> repetitions() {
        return repetitions;
    }

    public CheckedField<Integer> duration() {
        return duration;
    }

    public CheckedField<Integer> rest() {
        return rest;
    }

    public CheckedField<Integer> tempo() {
        return tempo;
    }

    public CheckedField<OptionalInt> timesPerDay() {
        return timesPerDay;
    }

    public CheckedField<List<String>> notes() {
        return notes;
    }
}
