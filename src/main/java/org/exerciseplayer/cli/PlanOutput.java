package org.exerciseplayer.cli;

import java.util.Optional;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineLoader;
import org.exerciseplayer.session.PlanJson;
import org.exerciseplayer.session.PlanText;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.session.Routine;

/**
 * Renders the session plan for {@code --plan}, as text or (with {@code --json}) JSON: of a whole catalogue, or of
 * a prescribed routine with its doses and pacing.
 */
final class PlanOutput {

    private PlanOutput() {
    }

    static String render(RoutineLoader.Opened opened, boolean json) {
        if (opened instanceof RoutineLoader.OpenedRoutine routine) {
            RoutineDocument document = routine.routine();
            var plan = Planner.plan(document.routine());
            return json ? PlanJson.render(plan, document.catalogue(), Optional.of(document.title()))
                    : PlanText.render(plan, document.title());
        }
        var plan = Planner.plan(Routine.of(opened.catalogue()));
        return json ? PlanJson.render(plan, opened.catalogue()) : PlanText.render(plan, opened.catalogue());
    }
}
