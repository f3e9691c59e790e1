package org.exerciseplayer.routine;

import org.exerciseplayer.session.PainRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Directions;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.catalogue.Sides;
import org.exerciseplayer.catalogue.Variation;

/** Routines for tests in any package. */
public final class RoutineFixtures {

    private RoutineFixtures() {
    }

    /**
     * "Hips for Sam": three exercises of {@code hip} (one with a changed hold, repetitions, sides, pacing and a
     * note; one harder variation; one with changed directions), two notes and a pain limit of 3.
     */
    public static RoutineDocument threeExercises(Catalogue hip) {
        String withHarder = hip.exercises().stream()
                .filter(e -> e.variation(Variation.Kind.HARDER).isPresent()).findFirst().orElseThrow().id();
        String withHold = hip.exercises().stream()
                .filter(e -> e.dose().kind() == Dose.Kind.HOLD && e.dose().sides() != Sides.NONE)
                .findFirst().orElseThrow().id();
        String withDirections = hip.exercises().stream().filter(e -> !e.dose().directions().isNone())
                .findFirst().orElseThrow().id();
        return RoutineDocument.startFrom(hip, "Hips for Sam")
                .withPrescribedBy(Optional.of("A. Physio"))
                .withCreated(Optional.of(LocalDate.of(2026, 11, 26)))
                .withNotes(List.of("Start gently.", "Call me if it hurts at night."))
                .withPainRule(PainRule.limit(3))
                .withItems(List.of(
                        new RoutineItem(withHold, Optional.empty(),
                                new DoseChange(Optional.of(20), Optional.of(5), Optional.empty(),
                                        Optional.of(Sides.EACH), Optional.of(Side.LEFT), Optional.empty(),
                                        Optional.of(1)),
                                new PacingChange(Optional.empty(), Optional.of(8), Optional.empty(), Optional.empty()),
                                List.of("Left side is the sore one.")),
                        new RoutineItem(withHarder, Optional.of(Variation.Kind.HARDER), DoseChange.NONE,
                                PacingChange.NONE, List.of()),
                        new RoutineItem(withDirections, Optional.empty(),
                                new DoseChange(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                                        Optional.empty(), Optional.of(new Directions(List.of("up", "down"),
                                        Directions.Order.ALTERNATING)), Optional.empty()),
                                PacingChange.NONE, List.of())));
    }
}
