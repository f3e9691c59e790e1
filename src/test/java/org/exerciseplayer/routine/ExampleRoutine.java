package org.exerciseplayer.routine;

import org.exerciseplayer.session.PainRule;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.CatalogueException;
import org.exerciseplayer.catalogue.Variation;

/**
 * The example routine shipped for people to try, {@code exercises/examples/hip-starter.routine.json}: five gentle
 * exercises of the bundled catalogue with a pain limit of 3. Run {@link #main} to write it again after a change.
 */
public final class ExampleRoutine {

    public static final Path FILE = Path.of("exercises/examples/hip-starter.routine.json");

    private ExampleRoutine() {
    }

    public static RoutineDocument document() throws CatalogueException {
        Catalogue hip = BundledCatalogue.load();
        return RoutineDocument.startFrom(hip, "Hip starter routine (example)")
                .withPrescribedBy(Optional.of("An example physiotherapist"))
                .withCreated(Optional.of(LocalDate.of(2026, 1, 15)))
                .withNotes(List.of(
                        "This is an example, to show what a routine from your physio looks like. It is not advice"
                                + " for you: ask your own physiotherapist which exercises suit you.",
                        "Go gently and breathe normally. A little discomfort is fine; sharp pain is not.",
                        "If your pain goes above 3 out of 10, stop and let me know."))
                .withPainRule(PainRule.limit(3))
                .withItems(List.of(
                        item("lower-back-rotations", Optional.empty(), reps(6), "Keep both shoulders on the floor."),
                        item("single-leg-knee-hugs", Optional.empty(), reps(5),
                                "Bring the knee up only as far as is comfortable."),
                        item("inner-thigh-stretch", Optional.empty(), DoseChange.NONE),
                        item("single-leg-stretch", Optional.of(Variation.Kind.EASIER), reps(6),
                                "Start with the easier version for the first two weeks."),
                        item("clam", Optional.empty(), reps(10))));
    }

    private static DoseChange reps(int repetitions) {
        return new DoseChange(Optional.empty(), Optional.of(repetitions), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static RoutineItem item(String id, Optional<Variation.Kind> variation, DoseChange dose, String... notes) {
        return new RoutineItem(id, variation, dose, PacingChange.NONE, List.of(notes));
    }

    public static void main(String[] args) throws Exception {
        RoutineWriter.save(document(), FILE);
        System.out.println("Wrote " + FILE);
    }
}
