package org.exerciseplayer.ui.player;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.figure.Drawing;
import org.exerciseplayer.figure.FigureFrame;
import org.exerciseplayer.session.Guidance;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.session.SessionState;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.text.VariationWords;

/**
 * What the player shows of the session at this moment, as read-only properties: the exercise, its steps and
 * cautions, the phase and its countdown, repetition, side and direction, what comes next and the progress.
 * {@link PlayerViewModel} updates it from the runner's state each frame.
 */
public final class SessionScreen {

    private final SessionSetup setup;
    private final Plan plan;
    private int shownExercise = -1;

    private final ReadOnlyStringWrapper exerciseName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sectionName = new ReadOnlyStringWrapper("");
    private final ObservableList<String> steps = FXCollections.observableArrayList();
    private final ObservableList<String> cautions = FXCollections.observableArrayList();
    // One read-only view of each, kept: a view made per call would be collected with its listeners.
    private final ObservableList<String> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ObservableList<String> cautionsView = FXCollections.unmodifiableObservableList(cautions);
    private final ObservableList<String> physioNotes = FXCollections.observableArrayList();
    private final ObservableList<String> physioNotesView = FXCollections.unmodifiableObservableList(physioNotes);
    private final ReadOnlyStringWrapper variationText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper physioDose = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper doseText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Phase.Kind> phaseKind = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper phaseTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper phaseFractionLeft = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyStringWrapper repetition = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper side = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper direction = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper awaitingDone = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper manualAvailable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper speed = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper accessibleStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<FigureFrame> figure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Drawing.Bounds> figureBounds = new ReadOnlyObjectWrapper<>();
    private Drawing figureDrawing;

    /** @param guidance what a routine adds to each exercise of the plan, or empty for none */
    private final ExerciseMedia media = new ExerciseMedia(java.util.Optional.empty());

    SessionScreen(SessionSetup setup, Plan plan) {
        this.setup = setup;
        this.plan = plan;
    }

    /** Shows the session as of {@code state}. */
    void show(SessionState state) {
        Phase phase = state.phase();
        if (phase == null) {
            return;
        }
        if (state.exerciseIndex() != shownExercise) {
            showExercise(state.exerciseIndex());
        }
        boolean switchesSide = state.phaseIndex() > 0
                && !Objects.equals(plan.phase(state.phaseIndex() - 1).side(), phase.side());
        phaseKind.set(phase.kind());
        phaseTitle.set(PhaseWords.title(phase, switchesSide));
        long secondsLeft = (state.phaseRemainingMillis() + 999) / 1000;
        countdown.set(state.awaitingDone() ? Messages.get("player.countdown.done") : Long.toString(secondsLeft));
        phaseFractionLeft.set(state.awaitingDone() ? 1
                : Math.max(0, Math.min(1, state.phaseRemainingMillis() / (double) phase.durationMillis())));
        repetition.set(PhaseWords.repetition(phase));
        side.set(PhaseWords.side(phase.side()));
        direction.set(PhaseWords.direction(phase.direction()));
        next.set(nextText(state.phaseIndex()));
        progress.set(plan.totalMillis() == 0 ? 0 : state.elapsedMillis() / (double) plan.totalMillis());
        long minutesLeft = Math.round(state.remainingMillis() / 60_000.0);
        progressText.set(Messages.get("player.progress", state.exerciseIndex() + 1, plan.exerciseCount(),
                minutesLeft));
        showFigure(state);
        paused.set(state.isPaused());
        awaitingDone.set(state.awaitingDone());
        speed.set(state.speed());
        speedText.set(state.speed() == 1 ? "" : Messages.get("player.speed", state.speed()));
        accessibleStatus.set(Messages.get(state.awaitingDone() ? "player.accessible.done" : "player.accessible",
                secondsLeft, phaseTitle.get(), String.join(", ", nonEmpty(repetition.get(), side.get(),
                        direction.get()))) + (state.isPaused() ? " " + Messages.get("player.paused") : ""));
    }

    /** The figure's pose for this moment; only a changed picture is set, so a paused figure stays still. */
    private void showFigure(SessionState state) {
        FigureFrame frame = FigureMotion.at(plan, state)
                .map(shown -> figureDrawing.frame(shown.moment()))
                .orElse(null);
        if (!Objects.equals(frame, figure.get())) {
            figure.set(frame);
        }
    }

    private static List<String> nonEmpty(String... texts) {
        return java.util.Arrays.stream(texts).filter(t -> !t.isEmpty()).toList();
    }

    private void showExercise(int exerciseIndex) {
        shownExercise = exerciseIndex;
        Exercise exercise = exercise(exerciseIndex);
        exerciseName.set(exercise.name());
        sectionName.set(setup.catalogue().sectionOf(exercise).map(s -> s.title()).orElse(""));
        steps.setAll(exercise.steps());
        cautions.setAll(exercise.cautions());
        Guidance added = setup.guidance(exerciseIndex);
        physioNotes.setAll(added.physioNotes());
        variationText.set(added.variation().map(VariationWords::of).orElse(""));
        Dose dose = plan.routine().entry(exerciseIndex).dose();
        doseText.set(org.exerciseplayer.text.DoseWords.of(dose));
        // The steps keep the leaflet's own numbers; a routine's different dose must be impossible to miss.
        physioDose.set(dose.equals(exercise.dose()) ? ""
                : Messages.get("player.physioDose", org.exerciseplayer.text.DoseWords.of(dose)));
        media.show(exercise.media());
        manualAvailable.set(dose.kind() == Dose.Kind.REPETITIONS);
        figureDrawing = FigureMotion.drawing(exercise, dose).orElse(null);
        figureBounds.set(figureDrawing == null ? null : figureDrawing.bounds());
    }

    private String nextText(int phaseIndex) {
        if (phaseIndex + 1 >= plan.size()) {
            return Messages.get("player.next.end");
        }
        Phase following = plan.phase(phaseIndex + 1);
        if (following.exerciseIndex() != plan.phase(phaseIndex).exerciseIndex()) {
            return Messages.get("player.next.exercise", exercise(following.exerciseIndex()).name());
        }
        boolean switchesSide = !Objects.equals(plan.phase(phaseIndex).side(), following.side());
        return Messages.get("player.next", PhaseWords.brief(following, switchesSide));
    }

    private Exercise exercise(int exerciseIndex) {
        return plan.routine().entry(exerciseIndex).exercise();
    }

    public ReadOnlyStringProperty exerciseNameProperty() {
        return exerciseName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sectionNameProperty() {
        return sectionName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty doseTextProperty() {
        return doseText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase.Kind> phaseKindProperty() {
        return phaseKind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseTitleProperty() {
        return phaseTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    /** The share of the current phase still to go, from 1 down to 0, for the countdown ring. */
    public ReadOnlyDoubleProperty phaseFractionLeftProperty() {
        return phaseFractionLeft.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty repetitionProperty() {
        return repetition.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sideProperty() {
        return side.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty directionProperty() {
        return direction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextProperty() {
        return next.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty awaitingDoneProperty() {
        return awaitingDone.getReadOnlyProperty();
    }

    /** Whether this exercise is paced repetitions, which the person may count with "done" instead. */
    public ReadOnlyBooleanProperty manualAvailableProperty() {
        return manualAvailable.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    /** "Demo speed 4×" while faster than real time, else empty. */
    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    /** "12 seconds left. Hold. Repetition 4 of 10, right side", for screen readers. */
    public ReadOnlyStringProperty accessibleStatusProperty() {
        return accessibleStatus.getReadOnlyProperty();
    }

    /** The figure as it is now, or null when the exercise has no figure. */
    /** The current exercise's own picture or video, if the catalogue names one. */
    public ExerciseMedia media() {
        return media;
    }

    public ReadOnlyObjectProperty<FigureFrame> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    /** The part of the picture the whole exercise's figure keeps to, so it can be scaled once; null without one. */
    public ReadOnlyObjectProperty<Drawing.Bounds> figureBoundsProperty() {
        return figureBounds.getReadOnlyProperty();
    }

    public ObservableList<String> steps() {
        return stepsView;
    }

    public ObservableList<String> cautions() {
        return cautionsView;
    }

    /** The physio's notes for this exercise in the routine; empty for a catalogue. */
    public ObservableList<String> physioNotes() {
        return physioNotesView;
    }

    /** The variation the physio chose ("Harder: …"), or empty. */
    /**
     * "Your physio's dose: …" when a routine changed the exercise's dose (or chose a variation with its own), so
     * that the numbers written in the steps are not followed instead; empty otherwise.
     */
    public ReadOnlyStringProperty physioDoseProperty() {
        return physioDose.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty variationTextProperty() {
        return variationText.getReadOnlyProperty();
    }
}
