package org.exerciseplayer.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Directions;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.catalogue.Sides;
import org.exerciseplayer.catalogue.Variation;
import org.exerciseplayer.routine.DoseChange;
import org.exerciseplayer.routine.PacingChange;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Editing a routine at the ViewModel level, without a toolkit. */
class RoutineEditorViewModelTest {

    private static Catalogue hip;

    private final RecordingEditorHost host = new RecordingEditorHost();

    @BeforeAll
    static void loadCatalogue() throws Exception {
        hip = BundledCatalogue.load();
    }

    private RoutineEditorViewModel newEditor() {
        return new RoutineEditorViewModel(RoutineDocument.startFrom(hip, "My routine"), Optional.empty(), host);
    }

    private static RoutineEditorViewModel withExercises(RoutineEditorViewModel editor, String... ids) {
        for (String id : ids) {
            editor.add(id);
        }
        return editor;
    }

    private static List<String> ids(RoutineEditorViewModel editor) {
        return editor.document().items().stream().map(RoutineItem::exerciseId).toList();
    }

    @Test
    void addsAfterTheSelectionRemovesDuplicatesAndReorders() {
        RoutineEditorViewModel editor = withExercises(newEditor(), "clam", "glute-stretch");
        editor.selectedIndexProperty().set(0);
        editor.picker().pick("hamstring-stretch");
        editor.addPicked();
        assertThat(ids(editor)).containsExactly("clam", "hamstring-stretch", "glute-stretch");
        assertThat(editor.selectedIndexProperty().get()).isEqualTo(1);

        editor.moveUp();
        assertThat(ids(editor)).containsExactly("hamstring-stretch", "clam", "glute-stretch");
        assertThat(editor.canMoveUpProperty().get()).isFalse();
        editor.moveDown();
        editor.moveDown();
        assertThat(ids(editor)).containsExactly("clam", "glute-stretch", "hamstring-stretch");
        assertThat(editor.canMoveDownProperty().get()).isFalse();

        editor.duplicate();
        assertThat(ids(editor)).containsExactly("clam", "glute-stretch", "hamstring-stretch", "hamstring-stretch");
        editor.remove();
        editor.remove();
        assertThat(ids(editor)).containsExactly("clam", "glute-stretch");
        assertThat(editor.selectedIndexProperty().get()).isEqualTo(1);
        assertThat(editor.rows()).extracting(RoutineEditorViewModel.Row::toString).containsExactly(
                "1. Clam exercise \u2013 20 repetitions each side, twice daily",
                "2. Gluteal muscle (glute) stretch \u2013 Hold 20 s, 3 times each side, twice daily");
    }

    @Test
    void theFilterNarrowsTheCatalogueByNameOrSection() {
        RoutineEditorViewModel editor = newEditor();
        assertThat(editor.picker().shown()).hasSize(14);
        editor.picker().filterProperty().set("STRETCH");
        assertThat(editor.picker().shown()).extracting(p -> p.exercise().id()).contains("hip-flexor-stretch",
                "single-leg-stretch").doesNotContain("clam");
        editor.picker().filterProperty().set("strengthening");
        assertThat(editor.picker().shown()).hasSize(6).first()
                .satisfies(pick -> assertThat(pick.startsSection()).isTrue());
        assertThat(editor.picker().pickedProperty().get().exercise().id()).isEqualTo("deep-core-activation");
    }

    @Test
    void aChangedValueIsStoredAsTheDifferenceFromTheLeafletAndPuttingItBackStoresNothing() {
        RoutineEditorViewModel editor = withExercises(newEditor(), "hip-flexor-stretch");
        ItemEditor item = editor.item();
        assertThat(item.hold().textProperty().get()).isEqualTo("20");

        item.hold().textProperty().set("30");
        item.rest().textProperty().set("8");
        RoutineItem changed = editor.document().item(0);
        assertThat(changed.dose()).isEqualTo(new DoseChange(Optional.of(30), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(changed.pacing()).isEqualTo(new PacingChange(Optional.empty(), Optional.of(8), Optional.empty(),
                Optional.empty()));
        assertThat(item.changedProperty().get()).isTrue();
        assertThat(editor.rows().get(0).toString()).endsWith("Hold 30 s, 3 times each side, twice daily (changed)");

        item.hold().textProperty().set("20");
        item.rest().textProperty().set("5");
        assertThat(editor.document().item(0)).isEqualTo(RoutineItem.of("hip-flexor-stretch"));
        assertThat(item.changedProperty().get()).isFalse();
    }

    @Test
    void sidesFirstSideDirectionsAndTimesPerDayChangeTheDose() {
        RoutineEditorViewModel editor = withExercises(newEditor(), "glute-stretch", "deep-core-activation");
        ItemEditor item = editor.item();
        editor.selectedIndexProperty().set(0);
        item.firstSide().valueProperty().set(Side.LEFT);
        item.timesPerDay().textProperty().set("1");
        assertThat(editor.document().dose(0).firstSide()).isEqualTo(Side.LEFT);
        assertThat(editor.document().dose(0).timesPerDay()).isEqualTo(OptionalInt.of(1));
        item.sides().valueProperty().set(Sides.NONE);
        assertThat(item.firstSide().applicableProperty().get()).isFalse();
        assertThat(editor.document().item(0).dose().sides()).contains(Sides.NONE);
        item.timesPerDay().textProperty().set("");
        assertThat(item.timesPerDay().problemProperty().get()).isEqualTo("Times per day is 1 to 24");

        editor.selectedIndexProperty().set(1);
        assertThat(item.directionNamesProperty().get())
                .isEqualTo("backwards (posterior tilt), forwards (anterior tilt)");
        assertThat(item.hold().applicableProperty().get()).isFalse();
        assertThat(item.tempo().textProperty().get()).isEqualTo("5");
        item.directionsOrder().valueProperty().set(Directions.Order.EACH);
        assertThat(editor.document().item(1).dose().directions().orElseThrow().order())
                .isEqualTo(Directions.Order.EACH);
        item.timesPerDay().textProperty().set("3");
        item.timesPerDay().textProperty().set("");
        assertThat(item.timesPerDay().problemProperty().get()).isEmpty();
        assertThat(editor.document().item(1).dose().timesPerDay()).isEmpty();
    }

    @Test
    void aTimedExerciseHasADurationAndNoHoldOrRepetitions() {
        RoutineEditorViewModel editor = withExercises(newEditor(), "single-leg-rotations");
        ItemEditor item = editor.item();
        assertThat(item.duration().applicableProperty().get()).isTrue();
        assertThat(item.duration().textProperty().get()).isEqualTo("30");
        assertThat(item.hold().applicableProperty().get()).isFalse();
        assertThat(item.repetitions().applicableProperty().get()).isFalse();
        item.duration().textProperty().set("45");
        assertThat(editor.document().dose(0).durationSeconds()).isEqualTo(45);
        assertThat(editor.document().dose(0).kind()).isEqualTo(Dose.Kind.TIMED);
        item.duration().textProperty().set("3601");
        assertThat(item.duration().problemProperty().get()).isEqualTo("A duration is 1 to 3600 seconds");
    }

    @Test
    void aVariationIsOfferedOnlyWhereTheCatalogueHasOneAndKeepsThePhysiosChanges() {
        RoutineEditorViewModel editor = withExercises(newEditor(), "inner-thigh-stretch", "single-leg-stretch");
        ItemEditor item = editor.item();
        editor.selectedIndexProperty().set(0);
        assertThat(item.variation().applicableProperty().get()).isFalse();

        editor.selectedIndexProperty().set(1);
        assertThat(item.variation().options()).extracting(ItemEditor.VariationOption::kind)
                .containsExactly(Optional.empty(), Optional.of(Variation.Kind.EASIER));
        item.repetitions().textProperty().set("6");
        item.variation().valueProperty().set(new ItemEditor.VariationOption(Optional.of(Variation.Kind.EASIER)));

        RoutineItem easier = editor.document().item(1);
        assertThat(easier.variation()).contains(Variation.Kind.EASIER);
        assertThat(editor.document().dose(1).sides()).isEqualTo(Sides.EACH);
        assertThat(editor.document().dose(1).repetitions()).isEqualTo(6);
        assertThat(easier.dose().sides()).isEmpty();
        assertThat(item.variationTextProperty().get()).isNotEmpty();
        assertThat(editor.rows().get(1).name()).isEqualTo("Single leg stretch (Easier)");

        item.variation().valueProperty().set(new ItemEditor.VariationOption(Optional.empty()));
        assertThat(editor.document().item(1).variation()).isEmpty();
        assertThat(editor.document().dose(1).sides()).isEqualTo(Sides.ALTERNATING);
        assertThat(editor.document().dose(1).repetitions()).isEqualTo(6);
    }

    @Test
    void aHoldOfZeroOrNineHundredSecondsIsRefusedInPlaceAndNotApplied() {
        RoutineEditorViewModel editor = withExercises(newEditor(), "hip-flexor-stretch");
        CheckedField<Integer> hold = editor.item().hold();
        assertThat(editor.canSaveProperty().get()).isTrue();

        hold.textProperty().set("0");
        assertThat(hold.problemProperty().get()).isEqualTo("A hold is 1 to 600 seconds");
        assertThat(editor.document().dose(0).holdSeconds()).isEqualTo(20);
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.saveProblemProperty().get())
                .isEqualTo("Cannot save yet: Hold (seconds) \u2013 A hold is 1 to 600 seconds");

        hold.textProperty().set("900");
        assertThat(hold.problemProperty().get()).isEqualTo("A hold is 1 to 600 seconds");
        assertThat(editor.document().dose(0).holdSeconds()).isEqualTo(20);
        assertThat(editor.save()).isFalse();
        editor.play();
        assertThat(host.written).isEmpty();
        assertThat(host.played).isEmpty();

        hold.textProperty().set("45");
        assertThat(hold.problemProperty().get()).isEmpty();
        assertThat(editor.document().dose(0).holdSeconds()).isEqualTo(45);
        assertThat(editor.canSaveProperty().get()).isTrue();
    }

    @Test
    void aRefusedFieldKeepsItsTextWhileAnotherIsEditedAndSelectingAnotherExerciseShowsTheDocument() {
        RoutineEditorViewModel editor = withExercises(newEditor(), "hip-flexor-stretch", "clam");
        editor.selectedIndexProperty().set(0);
        ItemEditor item = editor.item();
        item.hold().textProperty().set("0");
        item.repetitions().textProperty().set("4");
        assertThat(item.hold().textProperty().get()).isEqualTo("0");
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.document().dose(0).repetitions()).isEqualTo(4);

        editor.selectedIndexProperty().set(1);
        editor.selectedIndexProperty().set(0);
        assertThat(item.hold().textProperty().get()).isEqualTo("20");
        assertThat(editor.canSaveProperty().get()).isTrue();
    }

    @Test
    void anEmptyRoutineCannotBeSavedOrPlayed() {
        RoutineEditorViewModel editor = newEditor();
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.saveProblemProperty().get()).isEqualTo("Add at least one exercise before saving or playing");
        assertThat(editor.sessionLengthProperty().get()).isEqualTo("No exercises yet: add some from the catalogue");
        editor.play();
        assertThat(host.played).isEmpty();
    }

    @Test
    void thePredictedSessionLengthFollowsEveryValidEdit() {
        RoutineEditorViewModel editor = withExercises(newEditor(), "clam");
        String before = editor.sessionLengthProperty().get();
        assertThat(before).startsWith("Session: about ").endsWith(", 1 exercise");
        editor.item().repetitions().textProperty().set("200");
        String after = editor.sessionLengthProperty().get();
        assertThat(after).isNotEqualTo(before);
        long minutes = Math.round(org.exerciseplayer.session.Planner.plan(editor.document().routine())
                .totalSeconds() / 60.0);
        assertThat(after).isEqualTo("Session: about " + minutes + " minutes, 1 exercise");
        editor.item().repetitions().textProperty().set("0");
        assertThat(editor.sessionLengthProperty().get()).isEqualTo("Session: about " + minutes
                + " minutes, 1 exercise, with the values last accepted (\u201c0\u201d is refused for Repetitions)");
    }

    @Test
    void aRefusedHoldIsShownAsRefusedInTheListAndTheLengthNeverAsAccepted() {
        RoutineEditorViewModel editor = withExercises(newEditor(), "lower-back-rotations", "hip-flexor-stretch");
        editor.selectedIndexProperty().set(1);
        String length = editor.sessionLengthProperty().get();
        RoutineEditorViewModel.Row row = editor.rows().get(1);
        assertThat(row.doseText()).startsWith("Hold 20 s");

        editor.item().hold().textProperty().set("900");

        assertThat(editor.item().hold().problemProperty().get()).isEqualTo("A hold is 1 to 600 seconds");
        assertThat(editor.document().dose(1).holdSeconds()).isEqualTo(20);
        RoutineEditorViewModel.Row refused = editor.rows().get(1);
        assertThat(refused.doseText()).isEqualTo(row.doseText()).doesNotContain("900");
        assertThat(refused.refused()).isEqualTo("\u26A0 Not changed: \u201c900\u201d is refused for Hold (seconds)");
        assertThat(refused.toString()).endsWith("\u201c900\u201d is refused for Hold (seconds)");
        assertThat(editor.rows().get(0).refused()).isEmpty();
        assertThat(editor.sessionLengthProperty().get()).startsWith(length)
                .endsWith("with the values last accepted (\u201c900\u201d is refused for Hold (seconds))");

        editor.item().hold().textProperty().set("30");

        assertThat(editor.rows().get(1).refused()).isEmpty();
        assertThat(editor.rows().get(1).doseText()).startsWith("Hold 30 s");
        assertThat(editor.sessionLengthProperty().get()).doesNotContain("refused").isNotEqualTo(length);
    }

    @Test
    void saveAsStartsInTheFolderTheRoutineCameFrom() {
        Path folder = Path.of("some", "clinic", "folder").toAbsolutePath();
        RoutineEditorViewModel fromFile = new RoutineEditorViewModel(RoutineDocument.startFrom(hip, "Hips")
                .withItems(List.of(RoutineItem.of("clam"))), Optional.of(folder.resolve("hips.routine.json")), host);
        fromFile.saveAs();
        withExercises(newEditor(), "clam").saveAs();

        assertThat(host.startFolders).containsExactly(Optional.of(folder), Optional.empty());
    }

    @Test
    void typingInOneFieldIsOneUndoStep() {
        RoutineEditorViewModel editor = withExercises(newEditor(), "hip-flexor-stretch");
        CheckedField<Integer> hold = editor.item().hold();
        hold.textProperty().set("3");
        hold.textProperty().set("");
        hold.textProperty().set("4");
        hold.textProperty().set("45");
        editor.item().repetitions().textProperty().set("5");
        assertThat(editor.document().dose(0).holdSeconds()).isEqualTo(45);

        editor.undo();
        assertThat(editor.document().dose(0).repetitions()).isEqualTo(3);
        assertThat(editor.document().dose(0).holdSeconds()).isEqualTo(45);
        editor.undo();
        assertThat(editor.document().dose(0).holdSeconds()).isEqualTo(20);
        assertThat(hold.textProperty().get()).isEqualTo("20");
        editor.undo();
        assertThat(editor.document().items()).isEmpty();
        assertThat(editor.canUndoProperty().get()).isFalse();

        editor.redo();
        editor.redo();
        assertThat(editor.document().dose(0).holdSeconds()).isEqualTo(45);
        assertThat(hold.textProperty().get()).isEqualTo("45");
        assertThat(editor.canRedoProperty().get()).isTrue();
        hold.textProperty().set("50");
        assertThat(editor.canRedoProperty().get()).isFalse();
    }

    @Test
    void typingInTheSameFieldAfterSelectingAnotherExerciseIsANewStep() {
        RoutineEditorViewModel editor = withExercises(newEditor(), "hip-flexor-stretch", "glute-stretch");
        editor.selectedIndexProperty().set(0);
        editor.item().hold().textProperty().set("30");
        editor.selectedIndexProperty().set(1);
        editor.item().hold().textProperty().set("40");
        editor.undo();
        assertThat(editor.document().dose(0).holdSeconds()).isEqualTo(30);
        assertThat(editor.document().dose(1).holdSeconds()).isEqualTo(20);
    }

    @Test
    void theDirtyFlagFollowsSavingAndUndoingBackToWhatWasSaved() {
        RoutineEditorViewModel editor = newEditor();
        assertThat(editor.dirtyProperty().get()).isFalse();
        editor.add("clam");
        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(editor.windowTitleProperty().get()).isEqualTo("My routine (not saved) \u2013 Routine editor");

        Path file = Path.of("my.routine.json");
        host.saveAnswers.add(Optional.of(file));
        assertThat(editor.save()).isTrue();
        assertThat(host.written).containsExactly(file);
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(editor.statusProperty().get()).isEqualTo("Saved to my.routine.json");

        editor.routine().title().textProperty().set("Hips for Sam");
        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(editor.statusProperty().get()).isEmpty();
        editor.undo();
        assertThat(editor.dirtyProperty().get()).isFalse();
        editor.redo();
        assertThat(editor.save()).isTrue();
        assertThat(host.written).containsExactly(file, file);
    }

    @Test
    void aFailedSaveSaysWhyAndKeepsEverything() {
        RoutineEditorViewModel editor = withExercises(newEditor(), "clam");
        host.failure = new java.nio.file.FileSystemException("/full/my.routine.json", null, "No space left on device");
        host.saveAnswers.add(Optional.of(Path.of("/full/my.routine.json")));
        RoutineDocument before = editor.document();

        assertThat(editor.save()).isFalse();
        assertThat(editor.statusProperty().get()).isEqualTo("Could not save /full/my.routine.json: No space left on"
                + " device. Nothing is lost: the routine is still here; save it somewhere else.");
        assertThat(editor.statusIsProblemProperty().get()).isTrue();
        assertThat(host.failures).containsExactly(editor.statusProperty().get());
        assertThat(editor.document()).isSameAs(before);
        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(editor.file()).isEmpty();
    }

    @Test
    void closingWithUnsavedChangesAsksAndSavesCancelsOrDiscardsAsAnswered() {
        RoutineEditorViewModel editor = newEditor();
        assertThat(editor.close()).isTrue();
        assertThat(host.questions).isZero();

        editor.add("clam");
        host.unsavedAnswer = RoutineEditorViewModel.UnsavedAnswer.CANCEL;
        assertThat(editor.close()).isFalse();
        host.unsavedAnswer = RoutineEditorViewModel.UnsavedAnswer.SAVE;
        assertThat(editor.close()).isFalse();
        assertThat(host.closed).isEqualTo(1);
        host.saveAnswers.add(Optional.of(Path.of("a.routine.json")));
        assertThat(editor.close()).isTrue();
        assertThat(host.written).containsExactly(Path.of("a.routine.json"));

        editor.add("clam");
        host.unsavedAnswer = RoutineEditorViewModel.UnsavedAnswer.DISCARD;
        assertThat(editor.close()).isTrue();
        assertThat(host.questions).isEqualTo(4);
        assertThat(host.closed).isEqualTo(3);
    }

    @Test
    void thePainRuleIsTheLeafletsUnlessALimitIsSet() {
        RoutineEditorViewModel editor = withExercises(newEditor(), "clam");
        assertThat(editor.document().painRule()).isEqualTo(PainRule.anyIncrease());
        assertThat(editor.routine().painLimit().applicableProperty().get()).isFalse();
        assertThat(editor.routine().painRuleMeaningProperty().get())
                .isEqualTo("Any increase in pain during the session stops it, as the leaflet says.");

        editor.routine().painRule().valueProperty().set(PainRule.Kind.LIMIT);
        assertThat(editor.document().painRule()).isEqualTo(PainRule.limit(3));
        assertThat(editor.routine().painLimit().textProperty().get()).isEqualTo("3");
        editor.routine().painLimit().textProperty().set("5");
        assertThat(editor.document().painRule()).isEqualTo(PainRule.limit(5));
        assertThat(editor.routine().painRuleMeaningProperty().get())
                .isEqualTo("Pain up to 5/10 during exercise is acceptable; above 5/10 the session stops.");
        editor.routine().painLimit().textProperty().set("10");
        assertThat(editor.routine().painLimit().problemProperty().get()).isEqualTo("A pain limit is 0 to 9 out of 10");
        assertThat(editor.document().painRule()).isEqualTo(PainRule.limit(5));

        editor.routine().painRule().valueProperty().set(PainRule.Kind.ANY_INCREASE);
        assertThat(editor.document().painRule()).isEqualTo(PainRule.anyIncrease());
        editor.routine().painRule().valueProperty().set(PainRule.Kind.LIMIT);
        assertThat(editor.document().painRule()).isEqualTo(PainRule.limit(5));
    }

    @Test
    void titlePhysioDateAndNotesAreCheckedAsTyped() {
        RoutineEditorViewModel editor = withExercises(newEditor(), "clam");
        editor.routine().title().textProperty().set("  ");
        assertThat(editor.routine().title().problemProperty().get()).isEqualTo("A routine needs a title");
        assertThat(editor.document().title()).isEqualTo("My routine");
        editor.routine().title().textProperty().set("Hips for Sam");
        editor.routine().prescribedBy().textProperty().set("A. Physio");
        editor.routine().created().textProperty().set("2026-13-01");
        assertThat(editor.routine().created().problemProperty().get()).startsWith("A date is written year-month-day");
        editor.routine().created().textProperty().set("2026-11-26");
        editor.routine().notes().textProperty().set("Start gently.\n\nCall me if it hurts at night.\n");
        editor.item().notes().textProperty().set("Left side is the sore one.");

        RoutineDocument document = editor.document();
        assertThat(document.title()).isEqualTo("Hips for Sam");
        assertThat(document.prescribedBy()).contains("A. Physio");
        assertThat(document.created()).contains(LocalDate.of(2026, 11, 26));
        assertThat(document.notes()).containsExactly("Start gently.", "Call me if it hurts at night.");
        assertThat(document.item(0).notes()).containsExactly("Left side is the sore one.");
        assertThat(editor.suggestedFileName()).isEqualTo("Hips for Sam.routine.json");
        editor.routine().title().textProperty().set("A/B: test");
        assertThat(editor.suggestedFileName()).isEqualTo("A-B- test.routine.json");
    }

    @Test
    void resetPutsTheLeafletsDoseBackAndKeepsTheNotes() {
        RoutineEditorViewModel editor = withExercises(newEditor(), "clam");
        editor.item().repetitions().textProperty().set("12");
        editor.item().tempo().textProperty().set("6");
        editor.item().notes().textProperty().set("Slowly.");
        editor.item().resetToLeaflet();
        assertThat(editor.document().item(0)).isEqualTo(new RoutineItem("clam", Optional.empty(), DoseChange.NONE,
                PacingChange.NONE, List.of("Slowly.")));
        assertThat(editor.item().repetitions().textProperty().get()).isEqualTo("20");
    }

    @Test
    void playHandsOverTheRoutineAsEdited() {
        RoutineEditorViewModel editor = withExercises(newEditor(), "clam", "glute-stretch");
        editor.item().hold().textProperty().set("25");
        editor.play();
        assertThat(host.played).containsExactly(editor.document());
        assertThat(host.played.get(0).dose(1).holdSeconds()).isEqualTo(25);
    }
}
