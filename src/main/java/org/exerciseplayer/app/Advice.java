package org.exerciseplayer.app;

import java.util.List;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.history.SessionRecord;

/** The review or maintenance advice that applies now, in the catalogue's words. */
final class Advice {

    private Advice() {
    }

    static String forCatalogue(Catalogue catalogue, List<SessionRecord> sessions, java.time.Clock clock) {
        return "";
    }
}
