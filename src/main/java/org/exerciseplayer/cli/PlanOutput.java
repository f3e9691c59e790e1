package org.exerciseplayer.cli;

import org.exerciseplayer.catalogue.Catalogue;

/** Renders the session plan for {@code --plan}; filled in by the session engine. */
final class PlanOutput {

    private PlanOutput() {
    }

    static String render(Catalogue catalogue, boolean json) {
        throw new UnsupportedOperationException("--plan arrives with the session engine");
    }
}
