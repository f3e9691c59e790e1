package org.exerciseplayer.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.ui.Messages;

/**
 * The routine's file: where it was loaded from or last saved, what was saved there, saving (to the same file, or
 * to one the person chooses, starting in the routine's own folder), the outcome of the last save, and the question
 * before unsaved changes would be lost.
 */
final class EditorFile {

    private final RoutineEditorViewModel.Host host;
    private final Supplier<RoutineDocument> document;
    private final BooleanSupplier canSave;
    private final Runnable onSaved;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsProblem = new ReadOnlyBooleanWrapper();
    private RoutineDocument saved;
    private Optional<Path> file;

    /**
     * @param document the routine as it is now
     * @param canSave  whether it can be saved now (every field accepted, at least one exercise)
     * @param onSaved  called after a save, so that what is shown follows
     */
    EditorFile(RoutineEditorViewModel.Host host, RoutineDocument saved, Optional<Path> file,
               Supplier<RoutineDocument> document, BooleanSupplier canSave, Runnable onSaved) {
        this.host = host;
        this.saved = saved;
        this.file = file;
        this.document = document;
        this.canSave = canSave;
        this.onSaved = onSaved;
    }

    /** Saves to the file the routine came from or was last saved to, or asks where. */
    boolean save() {
        return file.isPresent() ? saveTo(file.get()) : saveAs();
    }

    /** Asks where to save, suggesting a name from the title and starting in the routine's folder, and saves there. */
    boolean saveAs() {
        if (!canSave.getAsBoolean()) {
            return false;
        }
        Optional<Path> folder = file.map(Path::toAbsolutePath).map(Path::getParent);
        Optional<Path> chosen = host.chooseSaveFile(suggestedFileName(), folder);
        return chosen.isPresent() && saveTo(chosen.get());
    }

    private boolean saveTo(Path target) {
        if (!canSave.getAsBoolean()) {
            return false;
        }
        RoutineDocument now = document.get();
        try {
            host.write(now, target);
        } catch (IOException | RuntimeException e) {
            statusIsProblem.set(true);
            status.set(Messages.get("editor.save.failed", target, SaveFailure.reason(e)));
            host.saveFailed(status.get());
            return false;
        }
        saved = now;
        file = Optional.of(target);
        statusIsProblem.set(false);
        status.set(Messages.get("editor.saved", target));
        onSaved.run();
        return true;
    }

    /** The outcome of the last save no longer describes what is shown once the routine changes. */
    void clearStatus() {
        status.set("");
        statusIsProblem.set(false);
    }

    /** The title made into a file name: "Hips for Sam.routine.json". */
    String suggestedFileName() {
        String name = document.get().title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        return (name.isEmpty() || name.startsWith(".") ? "routine" : name) + ".routine.json";
    }

    boolean isDirty() {
        return !document.get().equals(saved);
    }

    /**
     * Whether the editor may be left: yes if nothing is unsaved; otherwise as the person answers, saving first if
     * they ask to (and staying if that fails).
     */
    boolean mayLeave() {
        if (!isDirty()) {
            return true;
        }
        return switch (host.askAboutUnsavedChanges(document.get().title())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    Optional<Path> file() {
        return file;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty statusIsProblemProperty() {
        return statusIsProblem.getReadOnlyProperty();
    }
}
