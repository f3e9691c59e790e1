package org.exerciseplayer.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ObservableList;
import org.exerciseplayer.catalogue.PlanSize;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineItem;
import org.exerciseplayer.ui.Messages;

/**
 * The routine editor's state: an immutable {@link RoutineDocument} replaced on every valid edit, the exercise
 * selected in it, the fields of the routine ({@link RoutineFields}) and of that exercise ({@link ItemEditor}), the
 * list and the session length ({@link RoutineOverview}), undo and redo, and the file ({@link EditorFile}). Every text
 * input is checked as it is typed and a refused value is never applied, so the document is always one that can be
 * saved and played; Save says why it cannot while a field is refused. Uses JavaFX properties only, so it is tested
 * without a toolkit.
 */
public final class RoutineEditorViewModel {

    /** What the person answers when unsaved changes would be lost. */
    public enum UnsavedAnswer { SAVE, DISCARD, CANCEL }

    /** What the editor asks of the window around it: files, a question, playing, and closing. */
    public interface Host {
        /**
         * Where to save, or empty if the person cancelled.
         *
         * @param folder the folder to start in (the routine's own), if it has one
         */
        Optional<Path> chooseSaveFile(String suggestedName, Optional<Path> folder);

        /** Writes the routine file (through a temporary file, so a failure leaves any old file whole). */
        void write(RoutineDocument routine, Path file) throws IOException;

        UnsavedAnswer askAboutUnsavedChanges(String routineTitle);

        /** Tells the person, beyond the editor's own status line, that saving failed and why. */
        void saveFailed(String message);

        void play(RoutineDocument routine);

        /** The editor is done; the window shows something else. */
        void closed();
    }

    /**
     * One exercise of the routine as the list shows it.
     *
     * @param refused why what was typed for it is not shown, if it was refused; empty otherwise
     */
    public record Row(int index, String name, String doseText, boolean changed, String refused) {
        @Override
        public String toString() {
            return Messages.get(changed ? "editor.row.changed" : "editor.row", index + 1, name, doseText)
                    + (refused.isEmpty() ? "" : " " + refused);
        }
    }

    private record Snapshot(RoutineDocument document, int selected) {}

    private final Host host;
    private final CataloguePicker picker;
    private final RoutineFields routine;
    private final ItemEditor item;
    private final RoutineOverview overview = new RoutineOverview();
    private final EditorFile file;
    private final EditHistory<Snapshot> history = new EditHistory<>();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ReadOnlyStringWrapper saveProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canMoveUp = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canMoveDown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper();
    private RoutineDocument document;
    private boolean selecting;

    /**
     * @param document the routine to edit; its catalogue is what exercises are picked from
     * @param file     where it was loaded from or last saved, if anywhere
     */
    public RoutineEditorViewModel(RoutineDocument document, Optional<Path> file, Host host) {
        this.document = document;
        this.host = host;
        this.file = new EditorFile(host, document, file, () -> this.document, canSave::get, this::updateState);
        this.picker = new CataloguePicker(document.catalogue());
        this.routine = new RoutineFields(document.painRule(), this::changeRoutine);
        this.item = new ItemEditor(this::changeSelected);
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

    private List<CheckedField<?>> allFields() {
        List<CheckedField<?>> all = new ArrayList<>(routine.fields().values());
        all.addAll(item.fields().values());
        return all;
    }

    // Edits --------------------------------------------------------------------------------------------------

    private void changeRoutine(UnaryOperator<RoutineDocument> change, String key) {
        commit(change.apply(document), key, selected.get());
    }

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
        file.clearStatus();
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
        changeList(items -> items.add(at, RoutineItem.of(exerciseId)), at);
    }

    public void remove() {
        int index = selected.get();
        if (index >= 0) {
            changeList(items -> items.remove(index), Math.min(index, document.size() - 2));
        }
    }

    /** Adds a copy of the selected exercise, with its changes and notes, just after it. */
    public void duplicate() {
        int index = selected.get();
        if (index >= 0) {
            changeList(items -> items.add(index + 1, items.get(index)), index + 1);
        }
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
        if (index >= 0 && to >= 0 && to < document.size()) {
            changeList(items -> items.add(to, items.remove(index)), to);
        }
    }

    /** Changes the list of exercises as one undoable step, then selects {@code select}. */
    private void changeList(java.util.function.Consumer<List<RoutineItem>> change, int select) {
        List<RoutineItem> items = new ArrayList<>(document.items());
        change.accept(items);
        commit(document.withItems(items), null, select);
    }

    public void undo() {
        history.undo(snapshot()).ifPresent(this::restore);
    }

    public void redo() {
        history.redo(snapshot()).ifPresent(this::restore);
    }

    private void restore(Snapshot snapshot) {
        document = snapshot.document();
        file.clearStatus();
        routine.restored(document);
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
            routine.fields().forEach((key, field) -> {
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
        routine.show(document, keep);
        item.show(document, selected.get(), keep);
        updateState();
    }

    private void updateState() {
        int index = selected.get();
        hasSelection.set(index >= 0);
        canMoveUp.set(index > 0);
        canMoveDown.set(index >= 0 && index < document.size() - 1);
        PlanSize size = overview.show(document, index, item.fields().values().stream()
                .filter(field -> !field.isValid()).findFirst()
                .map(field -> new RoutineOverview.Refused(field.name(), field.textProperty().get())));
        String problem = document.size() == 0 ? Messages.get("editor.save.needsExercise")
                : size.fits() ? "" : Messages.get("editor.save.tooLong", size.excess(), size.limit());
        for (CheckedField<?> field : allFields()) {
            if (problem.isEmpty() && !field.isValid()) {
                problem = Messages.get("editor.save.fieldRefused", field.name(), field.problemProperty().get());
            }
        }
        saveProblem.set(problem);
        canSave.set(problem.isEmpty());
        dirty.set(file.isDirty());
        windowTitle.set(Messages.get(dirty.get() ? "editor.windowTitle.unsaved" : "editor.windowTitle",
                document.title()));
    }

    // Saving, playing and closing ------------------------------------------------------------------------------

    /** Saves to the file the routine came from or was last saved to, or asks where. */
    public boolean save() {
        return file.save();
    }

    /** Asks where to save, suggesting a name from the title, and saves there. */
    public boolean saveAs() {
        return file.saveAs();
    }

    /** The title made into a file name: "Hips for Sam.routine.json". */
    public String suggestedFileName() {
        return file.suggestedFileName();
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
        return file.mayLeave();
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
        return file.file();
    }

    public CataloguePicker picker() {
        return picker;
    }

    /** The fields of the selected exercise. */
    public ItemEditor item() {
        return item;
    }

    public ObservableList<Row> rows() {
        return overview.rows();
    }

    /** The selected exercise of the routine, -1 for none; the view sets it as the person selects. */
    public IntegerProperty selectedIndexProperty() {
        return selected;
    }

    /** The fields of the routine as a whole: title, who prescribed it and when, notes, the pain rule. */
    public RoutineFields routine() {
        return routine;
    }

    /** "Session: about 12 minutes, 3 exercises", updated on every accepted edit (and saying so of a refused one). */
    public ReadOnlyStringProperty sessionLengthProperty() {
        return overview.sessionLengthProperty();
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
        return file.statusProperty();
    }

    public ReadOnlyBooleanProperty statusIsProblemProperty() {
        return file.statusIsProblemProperty();
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
