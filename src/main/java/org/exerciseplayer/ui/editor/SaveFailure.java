package org.exerciseplayer.ui.editor;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.exerciseplayer.ui.Messages;

/** Why a file could not be saved, in words a person can act on. */
final class SaveFailure {

    private SaveFailure() {
    }

    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return Messages.get("editor.save.reason.denied");
        }
        if (e instanceof NoSuchFileException) {
            return Messages.get("editor.save.reason.noFolder");
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
