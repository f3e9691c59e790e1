package org.exerciseplayer.app;

import java.nio.file.Path;
import java.util.Optional;
import org.exerciseplayer.ui.Messages;

/** Asks the person for a file; behind an interface so that tests can answer instead. */
public interface FileDialogs {

    /** The catalogue or routine file the person chose, or empty if they cancelled. */
    Optional<Path> chooseCatalogue();

    /**
     * Where to save a file, or empty if they cancelled.
     *
     * @param pattern the file filter, e.g. {@code *.csv}
     */
    default Optional<Path> chooseSaveFile(String title, String suggestedName, String filterText, String pattern) {
        return Optional.empty();
    }

    /**
     * Where to save a file, starting in {@code folder} if given (else where the last file was chosen, else the
     * person's documents folder), or empty if they cancelled.
     */
    default Optional<Path> chooseSaveFile(String title, String suggestedName, String filterText, String pattern,
                                          Optional<Path> folder) {
        return chooseSaveFile(title, suggestedName, filterText, pattern);
    }

    /**
     * Where to save a routine file, suggesting {@code suggestedName} ("Hips for Sam.routine.json") and starting in
     * {@code folder}, the routine's own, if it has one.
     */
    default Optional<Path> chooseRoutineSaveFile(String suggestedName, Optional<Path> folder) {
        return chooseSaveFile(Messages.get("dialog.routine.save.title"), suggestedName,
                Messages.get("dialog.routine.filter"), "*.json", folder);
    }
}
