package org.exerciseplayer.cli;

import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.session.PlanJson;
import org.exerciseplayer.session.PlanText;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.session.Routine;

/** Renders the session plan of a whole catalogue for {@code --plan}, as text or (with {@code --json}) JSON. */
final class PlanOutput {

    private PlanOutput() {
    }

    static String render(Catalogue catalogue, boolean json) {
        var plan = Planner.plan(Routine.of(catalogue));
        return json ? PlanJson.render(plan, catalogue) : PlanText.render(plan, catalogue);
    }
}
