package org.exerciseplayer.ui.home;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.exerciseplayer.catalogue.Variation;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.session.Guidance;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.text.DoseWords;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.text.PainRuleWords;
import org.exerciseplayer.ui.text.VariationWords;

/**
 * The home screen's state: the catalogue's sections and exercises, or a prescribed routine's exercises in its
 * order with the physio's notes and pain rule; which are ticked for today's session; and the predicted session
 * length. Uses JavaFX properties only, so it is tested without a toolkit.
 */
public final class HomeViewModel {

    /** One line of the exercise list. */
    public sealed interface Row {
        String title();
    }

    public record SectionHeading(String title) implements Row {}

    public record GroupHeading(String title) implements Row {}

    /**
     * An exercise that can be ticked for today.
     *
     * @param key           unique in the list (an exercise may appear twice in a routine)
     * @param entry         what the session plays: the exercise, with a routine's pacing, and the dose
     * @param guidance      what the physio chose and wrote for this exercise in this routine
     */
    public record ExerciseRow(String key, Exercise exercise, Routine.Entry entry, String title, String doseText,
                              String cautionText, Guidance guidance, BooleanProperty included) implements Row {

        /** The chosen variation ("Harder: …"), or empty. */
        public String variationText() {
            return guidance.variation().map(VariationWords::of).orElse("");
        }

        /** The physio's notes for this exercise in this routine. */
        public List<String> notes() {
            return guidance.physioNotes();
        }
    }

    private final Catalogue catalogue;
    private final Optional<RoutineDocument> routine;
    private final ToLongFunction<Routine> predictedSeconds;
    private final Consumer<SessionSetup> onStart;
    private final List<Row> rows = new ArrayList<>();
    private final List<ExerciseRow> exerciseRows = new ArrayList<>();
    private final ReadOnlyStringWrapper sessionLength = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper();
    private final javafx.beans.property.StringProperty advice = new javafx.beans.property.SimpleStringProperty("");
    private final javafx.beans.property.StringProperty nextMorning = new javafx.beans.property.SimpleStringProperty("");
    private final javafx.beans.property.StringProperty note = new javafx.beans.property.SimpleStringProperty("");
    private HomeFilter filter;

    /**
     * The whole catalogue, section by section.
     *
     * @param predictedSeconds how long a session of the given exercises takes, from the session planner
     * @param onStart          what Start does with the ticked exercises
     */
    public HomeViewModel(Catalogue catalogue, ToLongFunction<Routine> predictedSeconds,
                         Consumer<SessionSetup> onStart) {
        this(catalogue, Optional.empty(), predictedSeconds, onStart);
        for (Section section : catalogue.sections()) {
            rows.add(new SectionHeading(section.title()));
            section.ownExercises().forEach(e -> addExercise(e.id(), e, new Routine.Entry(e), Guidance.NONE));
            for (Group group : section.groups()) {
                rows.add(new GroupHeading(group.title()));
                group.exercises().forEach(e -> addExercise(e.id(), e, new Routine.Entry(e), Guidance.NONE));
            }
        }
        listed();
    }

    /** A prescribed routine: its exercises in its order, each with the physio's dose, variation and notes. */
    public HomeViewModel(RoutineDocument routine, ToLongFunction<Routine> predictedSeconds,
                         Consumer<SessionSetup> onStart) {
        this(routine.catalogue(), Optional.of(routine), predictedSeconds, onStart);
        rows.add(new SectionHeading(Messages.get("home.routine.exercises")));
        Routine played = routine.routine();
        for (int i = 0; i < routine.size(); i++) {
            addExercise((i + 1) + "-" + routine.exercise(i).id(), routine.exercise(i), played.entry(i),
                    routine.guidance(i));
        }
        listed();
    }

    private HomeViewModel(Catalogue catalogue, Optional<RoutineDocument> routine,
                          ToLongFunction<Routine> predictedSeconds, Consumer<SessionSetup> onStart) {
        this.catalogue = catalogue;
        this.routine = routine;
        this.predictedSeconds = predictedSeconds;
        this.onStart = onStart;
    }

    /** "Harder: To increase the difficulty, …". */
    public static String variationText(Variation variation) {
        return VariationWords.of(variation);
    }

    /** Once every row is listed. */
    private void listed() {
        update();
        filter = new HomeFilter(catalogue, rows, exerciseRows);
    }

    private void addExercise(String key, Exercise exercise, Routine.Entry entry, Guidance guidance) {
        BooleanProperty included = new SimpleBooleanProperty(true);
        included.addListener((observable, was, is) -> update());
        String cautions = exercise.cautions().isEmpty() ? ""
                : Messages.get("home.cautions", exercise.cautions().size());
        ExerciseRow row = new ExerciseRow(key, exercise, entry, exercise.name(), DoseWords.of(entry.dose()),
                cautions, guidance, included);
        rows.add(row);
        exerciseRows.add(row);
    }

    private void update() {
        List<ExerciseRow> chosen = chosenRows();
        canStart.set(!chosen.isEmpty());
        if (chosen.isEmpty()) {
            sessionLength.set(Messages.get("home.length.none"));
            return;
        }
        long seconds = predictedSeconds.applyAsLong(routineOf(chosen));
        long minutes = Math.round(seconds / 60.0);
        if (seconds > org.exerciseplayer.catalogue.PlanSize.MAX_SESSION_SECONDS) {
            // A library of many exercises is for choosing from: a session of all of them would not end today.
            canStart.set(false);
            sessionLength.set(Messages.get("home.length.tooLong", Math.round(seconds / 3600.0), chosen.size(),
                    org.exerciseplayer.catalogue.PlanSize.MAX_SESSION_SECONDS / 3600));
            return;
        }
        sessionLength.set(Messages.get("home.length", minutes, chosen.size(), exerciseRows.size()));
    }

    /** What a session of these rows plays. */
    public static Routine routineOf(List<ExerciseRow> rows) {
        return new Routine(rows.stream().map(ExerciseRow::entry).toList());
    }

    /** The session of the ticked exercises: with a routine's guidance, pain rule and title. */
    public SessionSetup sessionSetup() {
        List<ExerciseRow> chosen = chosenRows();
        return new SessionSetup(catalogue, routineOf(chosen), chosen.stream().map(ExerciseRow::guidance).toList(),
                painRule(), routine.map(RoutineDocument::title));
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** The routine shown, or empty when it is a catalogue. */
    public Optional<RoutineDocument> routine() {
        return routine;
    }

    public String title() {
        return routine.map(RoutineDocument::title).orElse(catalogue.title());
    }

    /** "Prescribed by A. Physio on 26 November 2026", as much of it as the routine says; empty otherwise. */
    public String prescribedText() {
        if (routine.isEmpty()) {
            return "";
        }
        Optional<String> who = routine.get().prescribedBy();
        Optional<String> when = routine.get().created()
                .map(date -> date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)));
        if (who.isPresent() && when.isPresent()) {
            return Messages.get("home.prescribed.byOn", who.get(), when.get());
        }
        return who.map(w -> Messages.get("home.prescribed.by", w))
                .or(() -> when.map(w -> Messages.get("home.prescribed.on", w)))
                .orElse(Messages.get("home.prescribed"));
    }

    /** The physio's notes for the person, shown prominently; empty for a catalogue. */
    public List<String> physioNotes() {
        return routine.map(RoutineDocument::notes).orElse(List.of());
    }

    /** The pain rule of what is shown: the leaflet's, unless a routine's physio set a limit. */
    public PainRule painRule() {
        return routine.map(RoutineDocument::painRule).orElse(PainRule.anyIncrease());
    }

    /**
     * The routine's pain rule in words (shown first under a physio's limit, last when the physio kept the leaflet's
     * rule); empty for a catalogue, whose stop rule is among the safety texts.
     */
    public String painRuleText() {
        return routine.map(r -> PainRuleWords.of(r.painRule())).orElse("");
    }

    public String sourceText() {
        return Messages.get("home.source", catalogue.source().title(), catalogue.source().publisher());
    }

    /**
     * The stop rule and the review advice, shown on the home screen at all times. Under a physio's limit the
     * leaflet's stop rule gives way to a sentence saying that the physio's limit takes its place, so that one rule,
     * not two, is shown as the one to follow.
     */
    public List<String> safetyTexts() {
        String stopRule = painRule().isLimit() ? PainRuleWords.inPlaceOfLeaflet(painRule())
                : catalogue.safety().stopRule();
        return List.of(stopRule, catalogue.safety().review().text());
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public List<ExerciseRow> exerciseRows() {
        return List.copyOf(exerciseRows);
    }

    public List<Exercise> chosenExercises() {
        return chosenRows().stream().map(ExerciseRow::exercise).toList();
    }

    public List<ExerciseRow> chosenRows() {
        return exerciseRows.stream().filter(r -> r.included().get()).toList();
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
    /** This morning's pain was worse than before yesterday's exercise: what that means, said plainly; else empty. */
    public javafx.beans.property.StringProperty nextMorningProperty() {
        return nextMorning;
    }

    public javafx.beans.property.StringProperty noteProperty() {
        return note;
    }

    /** Ticks or unticks every exercise shown: with a filter typed, the others keep their ticks. */
    public void includeAll(boolean include) {
        filter.shownExercises().forEach(row -> row.included().set(include));
    }

    // The filter box ------------------------------------------------------------------------------------------

    /** What is typed into the filter box; the list shows only the exercises that match it. */
    public javafx.beans.property.StringProperty filterTextProperty() {
        return filter.text();
    }

    /** The rows the list shows: the exercises that match the filter, under their headings; all when none is typed. */
    public javafx.collections.ObservableList<Row> shownRows() {
        return filter.shownRows();
    }

    /** How many exercises the filter shows, in words; empty when no filter is typed. */
    public ReadOnlyStringProperty filterSummaryProperty() {
        return filter.summary();
    }

    /** Starts a session of the ticked exercises; does nothing when none is ticked. */
    public void start() {
        if (canStart.get()) {
            onStart.accept(sessionSetup());
        }
    }
}
