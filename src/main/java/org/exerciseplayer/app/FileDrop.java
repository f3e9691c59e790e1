package org.exerciseplayer.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import org.exerciseplayer.catalogue.FileKinds;
import org.exerciseplayer.catalogue.json.Echo;
import org.exerciseplayer.ui.Messages;

/**
 * Opening a catalogue or routine by dropping its file on the window. Not during a session; anything but one
 * file is refused with a message saying why.
 */
final class FileDrop {

    /** What to do with a drop. */
    sealed interface Decision {
        record Open(Path file) implements Decision {}

        record Refuse(String message) implements Decision {}
    }

    private FileDrop() {
    }

    /**
     * @param canOpen whether a file may be opened now (not while a session is under way)
     * @param open    opens the file dropped
     * @param refuse  tells the person why a drop was refused
     */
    static void install(Scene scene, BooleanSupplier canOpen, Consumer<Path> open, Consumer<String> refuse) {
        scene.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles() && canOpen.getAsBoolean()) {
                event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                event.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            if (!event.getDragboard().hasFiles()) {
                return;
            }
            List<Path> files = event.getDragboard().getFiles().stream().map(File::toPath).toList();
            Decision decision = decide(files, canOpen.getAsBoolean());
            event.setDropCompleted(decision instanceof Decision.Open);
            event.consume();
            // After the drag has finished, so that the source application is not kept waiting by a dialog.
            javafx.application.Platform.runLater(() -> {
                if (decision instanceof Decision.Open openIt) {
                    open.accept(openIt.file());
                } else if (decision instanceof Decision.Refuse refused) {
                    refuse.accept(refused.message());
                }
            });
        });
    }

    /** Opens exactly one file, and not during a session; says why otherwise. */
    static Decision decide(List<Path> files, boolean canOpen) {
        if (!canOpen) {
            return new Decision.Refuse(Messages.get("drop.duringSession"));
        }
        if (files.size() != 1) {
            return new Decision.Refuse(Messages.get("drop.notOne", files.size()));
        }
        Path file = files.get(0);
        if (Files.isDirectory(file)) {
            return new Decision.Refuse(Messages.get("drop.folder", file.getFileName()));
        }
        try {
            // A named pipe or a device is refused before anything tries to read it (a pipe would wait forever).
            Optional<String> notAFile = FileKinds.notAFile(file);
            if (notAFile.isPresent()) {
                return new Decision.Refuse(Messages.get("drop.notAFile",
                        Echo.terminal(String.valueOf(file.getFileName())), notAFile.get()));
            }
        } catch (IOException e) {
            // Missing or unreadable: opening it says so.
        }
        return new Decision.Open(file);
    }
}
