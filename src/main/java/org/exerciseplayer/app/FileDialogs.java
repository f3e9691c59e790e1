package org.exerciseplayer.app;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the person for a file; behind an interface so that tests can answer instead. */
public interface FileDialogs {

    /** The catalogue the person chose, or empty if they cancelled. */
    Optional<Path> chooseCatalogue();
}
