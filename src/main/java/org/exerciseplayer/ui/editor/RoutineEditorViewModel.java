package org.exerciseplayer.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.catalogue.PlanSize;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineItem;
import org.exerciseplayer.routine.RoutineReader;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.text.DoseWords;

/**
 * The routine editor's state: an immutable {@link RoutineDocument} replaced on every valid edit, the exercise
 * selected in it, the fields of the routine and of that exercise, undo and redo, and whether there is anything
 * unsaved. Every text input is checked as it is typed and a refused value is never applied, so the document is
 * always one that can be saved and played; Save says why it cannot while a field is refused. Uses JavaFX
 * properties only, so it is tested without a toolkit.
 */
public final class RoutineEditorViewModel {

    /** What the person answers when unsaved changes would be lost. */
    public enum UnsavedAnswer { SAVE, DISCARD, CANCEL }

    /** What the editor asks of the window around it: files, a question, playing, and closing. */
    public interface Host {
        /** Where to save, or empty if the person cancelled. */
        Optional<Path> chooseSaveFile(String suggestedName);

        /** Writes the routine file (through a temporary file, so a failure leaves any old file whole). */
        void write(RoutineDocument routine, Path file) throws IOException;

        UnsavedAnswer askAboutUnsavedChanges(String routineTitle);

        /** Tells the person, beyond the editor's own status line, that saving failed and why. */
        void saveFailed(String message);

        void play(RoutineDocument routine);

        /** The editor is done; the window shows something else. */
        void closed();
    }

    /** One exercise of the routine as the list shows it. */
    public record Row(int index, String name, String doseText, boolean changed) {
        @Override
        public String toString() {
            return Messages.get(changed ? "editor.row.changed" : "editor.row", index + 1, name, doseText);
        }
    }

    private record Snapshot(RoutineDocument document, int selected) {}

    private static final int DEFAULT_PAIN_LIMIT = 3;

    private final Host host;
    private final CataloguePicker picker;
    private final ItemEditor item;
    private final EditHistory<Snapshot> history = new EditHistory<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final Map<String, CheckedField<?>> fields = new LinkedHashMap<>();
    private final CheckedField<String> title;
    private final CheckedField<Optional<String>> prescribedBy;
    private final CheckedField<Optional<LocalDate>> created;
    private final CheckedField<List<String>> notes;
    private final CheckedField<Integer> painLimit;
    private final Choice<PainRule.Kind> painRule;
    private final ReadOnlyStringWrapper painRuleMeaning = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper sessionLength = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper saveProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsProblem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canMoveUp = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canMoveDown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper();
    private RoutineDocument document;
    private RoutineDocument saved;
    private Optional<Path> file;
    private int lastPainLimit;
    private boolean selecting;

    /**
     * @param document the routine to edit; its catalogue is what exercises are picked from
     * @param file     where it was loaded from or last saved, if anywhere
     */
    public RoutineEditorViewModel(RoutineDocument document, Optional<Path> file, Host host) {
        this.document = document;
        this.saved = document;
        this.file = file;
        this.host = host;
        this.lastPainLimit = document.painRule().isLimit() ? document.painRule().limit() : DEFAULT_PAIN_LIMIT;
        this.picker = new CataloguePicker(document.catalogue());
        this.item = new ItemEditor(this::changeSelected);
        title = register("title", new CheckedField<>(Messages.get("editor.title"), RoutineEditorViewModel::readTitle,
                value -> commit(this.document.withTitle(value), "title", selected.get())));
        prescribedBy = register("prescribedBy", new CheckedField<>(Messages.get("editor.prescribedBy"),
                RoutineEditorViewModel::readName,
                value -> commit(this.document.withPrescribedBy(value), "prescribedBy", selected.get())));
        created = register("created", new CheckedField<>(Messages.get("editor.created"),
                RoutineEditorViewModel::readDate,
                value -> commit(this.document.withCreated(value), "created", selected.get())));
        notes = register("notes", new CheckedField<>(Messages.get("editor.notes"), Paragraphs::read,
                value -> commit(this.document.withNotes(value), "notes", selected.get())));
        painLimit = register("painLimit", new CheckedField<>(Messages.get("editor.pain.limit.field"),
                CheckedField.wholeNumber(0, PainRule.SCALE_MAX - 1, "editor.pain.limit.range"), value -> {
                    lastPainLimit = value;
                    commit(this.document.withPainRule(PainRule.limit(value)), "painLimit", selected.get());
                }));
        painRule = new Choice<>(kind -> commit(this.document.withPainRule(kind == PainRule.Kind.LIMIT
                ? PainRule.limit(lastPainLimit) : PainRule.anyIncrease()), null, selected.get()));
        selected.addListener((observable, was, is) -> {
            if (!selecting) {
                history.breakCoalescing();
                refresh(null);
            }
        });
        for (CheckedField<?> field : allFields()) {
            field.problemProperty().addListener((observable, was, is) -> updateState());
        }
        selectQuietly(document.size() > 0 ? 0 : -1);
        refresh(null);
    }

    private <T> CheckedField<T> register(String key, CheckedField<T> field) {
        fields.put(key, field);
        return field;
    }

    private List<CheckedField<?>> allFields() {
        List<CheckedField<?>> all = new ArrayList<>(fields.values());
        all.addAll(item.fields().values());
        return all;
    }

    private static CheckedField.Reading<String> readTitle(String typed) {
        if (typed.isBlank()) {
            return CheckedField.Reading.refused(Messages.get("editor.title.required"));
        }
        return typed.strip().length() > RoutineReader.MAX_TITLE
                ? CheckedField.Reading.refused(Messages.get("editor.text.tooLong", RoutineReader.MAX_TITLE))
                : CheckedField.Reading.of(typed.strip());
    }

    private static CheckedField.Reading<Optional<String>> readName(String typed) {
        return typed.strip().length() > RoutineReader.MAX_TITLE
                ? CheckedField.Reading.refused(Messages.get("editor.text.tooLong", RoutineReader.MAX_TITLE))
                : CheckedField.Reading.of(typed.isBlank() ? Optional.empty() : Optional.of(typed.strip()));
    }

    private static CheckedField.Reading<Optional<LocalDate>> readDate(String typed) {
        if (typed.isBlank()) {
            return CheckedField.Reading.of(Optional.empty());
        }
        try {
            if (typed.strip().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                return CheckedField.Reading.of(Optional.of(LocalDate.parse(typed.strip())));
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        return CheckedField.Reading.refused(Messages.get("editor.created.format"));
    }

    // Edits --------------------------------------------------------------------------------------------------

    private void changeSelected(String key, BiFunction<RoutineDocument, Integer, RoutineItem> change) {
        int index = selected.get();
        if (index < 0) {
            return;
        }
        List<RoutineItem> items = new ArrayList<>(document.items());
        items.set(index, change.apply(document, index));
        commit(document.withItems(items), key == null ? null : key + "@" + index, index);
    }

    /** Replaces the document as one undoable step; edits with the same key in a row are one step. */
    private void commit(RoutineDocument changed, String key, int select) {
        if (changed.equals(document) && select == selected.get()) {
            return;
        }
        history.record(snapshot(), key);
        document = changed;
        clearStatus();
        selectQuietly(select);
        refresh(key == null ? "" : key.replaceAll("@.*", ""));
    }

    private Snapshot snapshot() {
        return new Snapshot(document, selected.get());
    }

    private void selectQuietly(int index) {
        selecting = true;
        try {
            selected.set(index);
        } finally {
            selecting = false;
        }
    }

    /** Adds the exercise picked in the catalogue after the selected one (or at the end), and selects it. */
    public void addPicked() {
        CataloguePicker.Pick pick = picker.pickedProperty().get();
        if (pick != null) {
            add(pick.exercise().id());
        }
    }

    /** Adds this catalogue exercise, as the leaflet gives it, after the selected one (or at the end). */
    public void add(String exerciseId) {
        int at = selected.get() < 0 ? document.size() : selected.get() + 1;
        List<RoutineItem> items = new ArrayList<>(document.items());
        items.add(at, RoutineItem.of(exerciseId));
        commit(document.withItems(items), null, at);
    }

    public void remove() {
        int index = selected.get();
        if (index < 0) {
            return;
        }
        List<RoutineItem> items = new ArrayList<>(document.items());
        items.remove(index);
        commit(document.withItems(items), null, Math.min(index, items.size() - 1));
    }

    /** Adds a copy of the selected exercise, with its changes and notes, just after it. */
    public void duplicate() {
        int index = selected.get();
        if (index < 0) {
            return;
        }
        List<RoutineItem> items = new ArrayList<>(document.items());
        items.add(index + 1, items.get(index));
        commit(document.withItems(items), null, index + 1);
    }

    public void moveUp() {
        move(-1);
    }

    public void moveDown() {
        move(+1);
    }

    private void move(int by) {
        int index = selected.get();
        int to = index + by;
        if (index < 0 || to < 0 || to >= document.size()) {
            return;
        }
        List<RoutineItem> items = new ArrayList<>(document.items());
        items.add(to, items.remove(index));
        commit(document.withItems(items), null, to);
    }

    public void undo() {
        history.undo(snapshot()).ifPresent(this::restore);
    }

    public void redo() {
        history.redo(snapshot()).ifPresent(this::restore);
    }

    private void restore(Snapshot snapshot) {
        document = snapshot.document();
        clearStatus();
        if (document.painRule().isLimit()) {
            lastPainLimit = document.painRule().limit();
        }
        selectQuietly(snapshot.selected());
        refresh(null);
    }

    // What is shown ------------------------------------------------------------------------------------------

    /**
     * Shows the document in every field and list.
     *
     * @param source the key of the field just typed in, left as typed along with any refused field; null to show
     *               everything afresh (another exercise selected, undo, redo)
     */
    private void refresh(String source) {
        Set<String> keep = new HashSet<>();
        if (source != null) {
            keep.add(source);
            fields.forEach((key, field) -> {
                if (!field.isValid()) {
                    keep.add(key);
                }
            });
            item.fields().forEach((key, field) -> {
                if (!field.isValid()) {
                    keep.add(key);
                }
            });
        }
        showField("title", keep, document.title(), true);
        showField("prescribedBy", keep, document.prescribedBy().orElse(""), true);
        showField("created", keep, document.created().map(LocalDate::toString).orElse(""), true);
        showField("notes", keep, Paragraphs.write(document.notes()), true);
        PainRule rule = document.painRule();
        painRule.show(rule.kind(), List.of(PainRule.Kind.values()), true);
        showField("painLimit", keep, Integer.toString(rule.isLimit() ? rule.limit() : lastPainLimit), rule.isLimit());
        painRuleMeaning.set(EditorWords.painRuleMeaning(rule));
        List<Row> newRows = new ArrayList<>();
        for (int i = 0; i < document.size(); i++) {
            RoutineItem each = document.item(i);
            newRows.add(new Row(i, document.exercise(i).name() + document.variation(i)
                    .map(v -> " (" + EditorWords.variation(Optional.of(v.kind())) + ")").orElse(""),
                    DoseWords.of(document.dose(i)), !each.dose().isEmpty() || !each.pacing().isEmpty()));
        }
        if (!rows.equals(newRows)) {
            rows.setAll(newRows);
        }
        item.show(document, selected.get(), keep);
        updateState();
    }

    private void showField(String key, Set<String> keep, String text, boolean applicable) {
        CheckedField<?> field = fields.get(key);
        if (!keep.contains(key) || field.applicableProperty().get() != applicable) {
            field.show(text, applicable);
        }
    }

    private void updateState() {
        int index = selected.get();
        hasSelection.set(index >= 0);
        canMoveUp.set(index > 0);
        canMoveDown.set(index >= 0 && index < document.size() - 1);
        // The length is worked out without making the session, which may be longer than a session may be.
        PlanSize size = document.size() == 0 ? PlanSize.NONE : Planner.size(document.routine());
        if (document.size() == 0) {
            sessionLength.set(Messages.get("editor.length.none"));
        } else {
            long minutes = Math.round(size.seconds() / 60.0);
            sessionLength.set(Messages.get("editor.length", minutes, document.size()));
        }
        String problem = document.size() == 0 ? Messages.get("editor.save.needsExercise")
                : size.fits() ? "" : Messages.get("editor.save.tooLong", size.excess(), size.limit());
        for (CheckedField<?> field : allFields()) {
            if (problem.isEmpty() && !field.isValid()) {
                problem = Messages.get("editor.save.fieldRefused", field.name(), field.problemProperty().get());
            }
        }
        saveProblem.set(problem);
        canSave.set(problem.isEmpty());
        dirty.set(!document.equals(saved));
        windowTitle.set(Messages.get(dirty.get() ? "editor.windowTitle.unsaved" : "editor.windowTitle",
                document.title()));
    }

    // Saving, playing and closing ------------------------------------------------------------------------------

    /** Saves to the file the routine came from or was last saved to, or asks where. */
    public boolean save() {
        return file.isPresent() ? saveTo(file.get()) : saveAs();
    }

    /** Asks where to save, suggesting a name from the title, and saves there. */
    public boolean saveAs() {
        if (!canSave.get()) {
            return false;
        }
        Optional<Path> chosen = host.chooseSaveFile(suggestedFileName());
        return chosen.isPresent() && saveTo(chosen.get());
    }

    private boolean saveTo(Path target) {
        if (!canSave.get()) {
            return false;
        }
        try {
            host.write(document, target);
        } catch (IOException | RuntimeException e) {
            reportProblem(Messages.get("editor.save.failed", target, SaveFailure.reason(e)));
            host.saveFailed(status.get());
            return false;
        }
        saved = document;
        file = Optional.of(target);
        statusIsProblem.set(false);
        status.set(Messages.get("editor.saved", target));
        updateState();
        return true;
    }

    /** The outcome of the last save no longer describes what is shown once the routine changes. */
    private void clearStatus() {
        status.set("");
        statusIsProblem.set(false);
    }

    private void reportProblem(String problem) {
        statusIsProblem.set(true);
        status.set(problem);
    }

    /** The title made into a file name: "Hips for Sam.routine.json". */
    public String suggestedFileName() {
        String name = document.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        return (name.isEmpty() || name.startsWith(".") ? "routine" : name) + ".routine.json";
    }

    /**
     * Plays the routine as it is now (saved or not); does nothing while it cannot be saved either, the reason
     * being shown already ({@link #saveProblemProperty()}).
     */
    public void play() {
        if (canSave.get()) {
            host.play(document);
        }
    }

    /**
     * Whether the editor may be left: yes if nothing is unsaved; otherwise as the person answers, saving first if
     * they ask to (and staying if that fails).
     */
    public boolean mayLeave() {
        if (!dirty.get()) {
            return true;
        }
        return switch (host.askAboutUnsavedChanges(document.title())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Closes the editor, asking first about unsaved changes; returns whether it closed. */
    public boolean close() {
        if (!mayLeave()) {
            return false;
        }
        host.closed();
        return true;
    }

    // Properties ---------------------------------------------------------------------------------------------

    public RoutineDocument document() {
        return document;
    }

    public Optional<Path> file() {
        return file;
    }

    public CataloguePicker picker() {
        return picker;
    }

    /** The fields of the selected exercise. */
    public ItemEditor item() {
        return item;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The selected exercise of the routine, -1 for none; the view sets it as the person selects. */
    public IntegerProperty selectedIndexProperty() {
        return selected;
    }

    public CheckedField<String> title() {
        return title;
    }

    public CheckedField<Optional<String>> prescribedBy() {
        return prescribedBy;
    }

    public CheckedField<Optional<LocalDate>> created() {
        return created;
    }

    public CheckedField<List<String>> notes() {
        return notes;
    }

    public Choice<PainRule.Kind> painRule() {
        return painRule;
    }

    public CheckedField<Integer> painLimit() {
        return painLimit;
    }

    /** What the chosen pain rule means during a session, in a sentence. */
    public ReadOnlyStringProperty painRuleMeaningProperty() {
        return painRuleMeaning.getReadOnlyProperty();
    }

    /** "Session: about 12 minutes, 3 exercises", updated on every edit. */
    public ReadOnlyStringProperty sessionLengthProperty() {
        return sessionLength.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    /** Why Save (and Play) cannot be done now; empty when they can. */
    public ReadOnlyStringProperty saveProblemProperty() {
        return saveProblem.getReadOnlyProperty();
    }

    /** Whether there are changes that are not saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The outcome of the last save, or why it failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsProblemProperty() {
        return statusIsProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    public ReadOnlyBooleanProperty canMoveUpProperty() {
        return canMoveUp.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canMoveDownProperty() {
        return canMoveDown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }
}
