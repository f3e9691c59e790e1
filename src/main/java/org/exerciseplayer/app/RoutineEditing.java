package org.exerciseplayer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineWriter;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.editor.RoutineEditorView;
import org.exerciseplayer.ui.editor.RoutineEditorViewModel;

/**
 * The routine editor inside the window: opens it on a new or an existing routine, saves through the file
 * dialogs and {@link RoutineWriter}, asks before unsaved changes would be lost, and keeps it while a session
 * played from it runs, so that the window comes back to it afterwards.
 */
final class RoutineEditing implements RoutineEditorViewModel.Host {

    private final Stage stage;
    private final FileDialogs dialogs;
    private final Consumer<Parent> show;
    private final Runnable onClosed;
    private final Consumer<RoutineDocument> onPlay;
    private final ReadOnlyBooleanWrapper routineToEdit = new ReadOnlyBooleanWrapper();
    private RoutineEditorViewModel editor;
    private Parent view;
    private RoutineDocument lastRoutine;
    private Optional<Path> lastFile = Optional.empty();

    /**
     * @param show     puts a screen in the window
     * @param onClosed what the window shows once the editor is closed
     * @param onPlay   plays a routine: the safety screen, then the session
     */
    RoutineEditing(Stage stage, FileDialogs dialogs, Consumer<Parent> show, Runnable onClosed,
                   Consumer<RoutineDocument> onPlay) {
        this.stage = stage;
        this.dialogs = dialogs;
        this.show = show;
        this.onClosed = onClosed;
        this.onPlay = onPlay;
    }

    /** Opens the editor on an empty routine from {@code catalogue}, dated {@code today}. */
    void newRoutine(Catalogue catalogue, LocalDate today) {
        edit(RoutineDocument.startFrom(catalogue, Messages.get("editor.newTitle")).withCreated(Optional.of(today)),
                Optional.empty());
    }

    /** Opens the editor on {@code routine}, which was loaded from {@code file} if given. */
    void edit(RoutineDocument routine, Optional<Path> file) {
        if (!mayLeave()) {
            return;
        }
        editor = new RoutineEditorViewModel(withWholeCatalogue(routine), file, this);
        RoutineEditorViewModel shown = editor;
        editor.windowTitleProperty().addListener((observable, was, is) -> {
            if (editor == shown && view != null && view.getScene() != null) {
                stage.setTitle(is);
            }
        });
        view = new RoutineEditorView(editor).createView();
        showAgain();
    }

    /**
     * A routine file carries only the exercises it uses; if it came from the bundled catalogue's edition, the
     * editor offers all of that catalogue's exercises (the file is trimmed again when saved).
     */
    private static RoutineDocument withWholeCatalogue(RoutineDocument routine) {
        try {
            return routine.widenedTo(org.exerciseplayer.catalogue.BundledCatalogue.load());
        } catch (org.exerciseplayer.catalogue.CatalogueException e) {
            return routine;
        }
    }

    /** The routine a person may edit with File &gt; Edit routine (the one open or last saved), if any. */
    void setRoutine(RoutineDocument routine, Optional<Path> file) {
        lastRoutine = routine;
        lastFile = file;
        routineToEdit.set(routine != null);
    }

    /** Edits the routine open or last saved; does nothing if there is none. */
    void editCurrent() {
        if (lastRoutine != null && editor == null) {
            edit(lastRoutine, lastFile);
        }
    }

    ReadOnlyBooleanProperty routineToEditProperty() {
        return routineToEdit.getReadOnlyProperty();
    }

    /** Shows the editor again if it is open (after a session played from it); returns whether it was. */
    boolean showAgain() {
        if (editor == null) {
            return false;
        }
        show.accept(view);
        stage.setTitle(editor.windowTitleProperty().get());
        return true;
    }

    boolean isOpen() {
        return editor != null;
    }

    Optional<RoutineEditorViewModel> editor() {
        return Optional.ofNullable(editor);
    }

    /** Whether the window may show something else: yes unless the person keeps unsaved changes. */
    boolean mayLeave() {
        return editor == null || editor.mayLeave();
    }

    /** Forgets the editor without asking (after {@link #mayLeave()} said yes). */
    void discard() {
        editor = null;
        view = null;
    }

    // What the editor asks of the window -------------------------------------------------------------------------

    @Override
    public Optional<Path> chooseSaveFile(String suggestedName, Optional<Path> folder) {
        return dialogs.chooseRoutineSaveFile(suggestedName, folder);
    }

    @Override
    public void write(RoutineDocument routine, Path file) throws IOException {
        RoutineWriter.save(routine, file);
        setRoutine(routine, Optional.of(file));
    }

    @Override
    public RoutineEditorViewModel.UnsavedAnswer askAboutUnsavedChanges(String routineTitle) {
        ButtonType save = new ButtonType(Messages.get("editor.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("editor.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("editor.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("editor.unsaved.text", routineTitle),
                save, discard, cancel);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("editor.unsaved.title"));
        alert.setHeaderText(Messages.get("editor.unsaved.title"));
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) {
            return RoutineEditorViewModel.UnsavedAnswer.SAVE;
        }
        return answer == discard ? RoutineEditorViewModel.UnsavedAnswer.DISCARD
                : RoutineEditorViewModel.UnsavedAnswer.CANCEL;
    }

    @Override
    public void saveFailed(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("editor.save.failedTitle"));
        alert.setHeaderText(Messages.get("editor.save.failedTitle"));
        alert.show();
    }

    @Override
    public void play(RoutineDocument routine) {
        onPlay.accept(routine);
    }

    @Override
    public void closed() {
        discard();
        onClosed.run();
    }
}
