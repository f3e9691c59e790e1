package org.exerciseplayer.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Parent;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.ui.home.HomeViewModel;

/**
 * What the window has open: a catalogue, or a routine and its catalogue, from a file or bundled, with its home screen.
 *
 * @param folder where its pictures and videos are looked for: beside the file that names them, and nowhere else
 */
record OpenDocument(Catalogue catalogue, Optional<RoutineDocument> routine, Optional<Path> file,
                    Optional<Path> folder, HomeViewModel home, Parent homeView) {

    /** The routine's pain rule, or the leaflet's when a catalogue is open. */
    PainRule painRule() {
        return routine.map(RoutineDocument::painRule).orElse(PainRule.anyIncrease());
    }
}
