package org.exerciseplayer.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Section;
import org.exerciseplayer.text.DoseWords;

/**
 * The catalogue's exercises to pick from, by section in leaflet order, narrowed by a filter that matches an
 * exercise's name or its section's title.
 */
public final class CataloguePicker {

    /**
     * An exercise that can be added.
     *
     * @param startsSection whether it is the first shown of its section, so that the view heads it with the title
     */
    public record Pick(Exercise exercise, String sectionTitle, boolean startsSection, String doseText) {
        @Override
        public String toString() {
            return exercise.name();
        }
    }

    private final List<Pick> all = new ArrayList<>();
    private final ObservableList<Pick> shown = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Pick> picked = new SimpleObjectProperty<>();

    CataloguePicker(Catalogue catalogue) {
        for (Section section : catalogue.sections()) {
            for (Exercise exercise : section.exercises()) {
                all.add(new Pick(exercise, section.title(), false, DoseWords.of(exercise.dose())));
            }
        }
        filter.addListener((observable, was, is) -> refilter());
        refilter();
    }

    private void refilter() {
        String wanted = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        List<Pick> matching = new ArrayList<>();
        String lastSection = null;
        for (Pick pick : all) {
            if (wanted.isEmpty() || pick.exercise().name().toLowerCase(Locale.ROOT).contains(wanted)
                    || pick.sectionTitle().toLowerCase(Locale.ROOT).contains(wanted)) {
                boolean starts = !pick.sectionTitle().equals(lastSection);
                matching.add(new Pick(pick.exercise(), pick.sectionTitle(), starts, pick.doseText()));
                lastSection = pick.sectionTitle();
            }
        }
        Pick before = picked.get();
        picked.set(null);
        shown.setAll(matching);
        Pick kept = before == null ? null : matching.stream()
                .filter(p -> p.exercise().id().equals(before.exercise().id())).findFirst().orElse(null);
        picked.set(kept != null ? kept : matching.isEmpty() ? null : matching.get(0));
    }

    /** Text that narrows the list; empty shows every exercise. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The exercises that match the filter, by section. */
    public ObservableList<Pick> shown() {
        return shown;
    }

    /** The exercise Add would add; the view binds its list selection to it. */
    public ObjectProperty<Pick> pickedProperty() {
        return picked;
    }

    /** Picks the shown exercise with this id, as a click on it would. */
    public void pick(String exerciseId) {
        shown.stream().filter(p -> p.exercise().id().equals(exerciseId)).findFirst().ifPresent(picked::set);
    }
}
