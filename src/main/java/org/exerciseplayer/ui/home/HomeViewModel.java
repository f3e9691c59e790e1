package org.exerciseplayer.ui.home;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Group;
import org.exerciseplayer.catalogue.Section;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.text.DoseWords;

/**
 * The home screen's state: the catalogue's sections and exercises, which are ticked for today's session, and
 * the predicted session length. Uses JavaFX properties only, so it is tested without a toolkit.
 */
public final class HomeViewModel {

    /** One line of the exercise list. */
    public sealed interface Row {
        String title();
    }

    public record SectionHeading(String title) implements Row {}

    public record GroupHeading(String title) implements Row {}

    /** An exercise that can be ticked for today. */
    public record ExerciseRow(Exercise exercise, String title, String doseText, String cautionText,
                              BooleanProperty included) implements Row {}

    private final Catalogue catalogue;
    private final ToLongFunction<List<Exercise>> predictedSeconds;
    private final Consumer<List<Exercise>> onStart;
    private final List<Row> rows = new ArrayList<>();
    private final List<ExerciseRow> exerciseRows = new ArrayList<>();
    private final ReadOnlyStringWrapper sessionLength = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper();
    private final javafx.beans.property.StringProperty advice = new javafx.beans.property.SimpleStringProperty("");
    private final javafx.beans.property.StringProperty note = new javafx.beans.property.SimpleStringProperty("");

    /**
     * @param predictedSeconds how long a session of the given exercises takes, from the session planner
     * @param onStart          what Start does with the ticked exercises
     */
    public HomeViewModel(Catalogue catalogue, ToLongFunction<List<Exercise>> predictedSeconds,
                         Consumer<List<Exercise>> onStart) {
        this.catalogue = catalogue;
        this.predictedSeconds = predictedSeconds;
        this.onStart = onStart;
        for (Section section : catalogue.sections()) {
            rows.add(new SectionHeading(section.title()));
            section.ownExercises().forEach(this::addExercise);
            for (Group group : section.groups()) {
                rows.add(new GroupHeading(group.title()));
                group.exercises().forEach(this::addExercise);
            }
        }
        update();
    }

    private void addExercise(Exercise exercise) {
        BooleanProperty included = new SimpleBooleanProperty(true);
        included.addListener((observable, was, is) -> update());
        String cautions = exercise.cautions().isEmpty() ? ""
                : Messages.get("home.cautions", exercise.cautions().size());
        ExerciseRow row = new ExerciseRow(exercise, exercise.name(), DoseWords.of(exercise.dose()), cautions,
                included);
        rows.add(row);
        exerciseRows.add(row);
    }

    private void update() {
        List<Exercise> chosen = chosenExercises();
        canStart.set(!chosen.isEmpty());
        if (chosen.isEmpty()) {
            sessionLength.set(Messages.get("home.length.none"));
            return;
        }
        long minutes = Math.round(predictedSeconds.applyAsLong(chosen) / 60.0);
        sessionLength.set(Messages.get("home.length", minutes, chosen.size(), exerciseRows.size()));
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public String title() {
        return catalogue.title();
    }

    public String sourceText() {
        return Messages.get("home.source", catalogue.source().title(), catalogue.source().publisher());
    }

    /** The stop rule and the review advice, shown on the home screen at all times. */
    public List<String> safetyTexts() {
        return List.of(catalogue.safety().stopRule(), catalogue.safety().review().text());
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public List<ExerciseRow> exerciseRows() {
        return List.copyOf(exerciseRows);
    }

    public List<Exercise> chosenExercises() {
        return exerciseRows.stream().filter(r -> r.included().get()).map(ExerciseRow::exercise).toList();
    }

    public ReadOnlyStringProperty sessionLengthProperty() {
        return sessionLength.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStartProperty() {
        return canStart.getReadOnlyProperty();
    }

    /** The review or maintenance advice that applies now, from the history; empty when none does yet. */
    public javafx.beans.property.StringProperty adviceProperty() {
        return advice;
    }

    /** A note about the history, such as why sessions cannot be kept; empty when all is well. */
    public javafx.beans.property.StringProperty noteProperty() {
        return note;
    }

    public void includeAll(boolean include) {
        exerciseRows.forEach(row -> row.included().set(include));
    }

    /** Starts a session of the ticked exercises; does nothing when none is ticked. */
    public void start() {
        if (canStart.get()) {
            onStart.accept(chosenExercises());
        }
    }
}
