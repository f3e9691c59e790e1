package org.exerciseplayer.routine;

import org.exerciseplayer.session.PainRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The example routine in the repository loads, and is what {@link ExampleRoutine} writes today. */
class ExampleRoutineTest {

    @Test
    void theExampleLoadsAsFiveGentleExercisesWithALimitOfThree() throws Exception {
        RoutineDocument loaded = RoutineLoader.load(ExampleRoutine.FILE);

        assertThat(loaded.size()).isEqualTo(5);
        assertThat(loaded.painRule()).isEqualTo(PainRule.limit(3));
        assertThat(loaded.notes()).first().asString().startsWith("This is an example");
        assertThat(loaded).isEqualTo(ExampleRoutine.document().selfContained());
    }

    @Test
    void theExampleFileIsUpToDate() throws Exception {
        assertThat(Files.readAllBytes(ExampleRoutine.FILE))
                .as("run ExampleRoutine.main to write the example again")
                .isEqualTo(RoutineWriter.toBytes(ExampleRoutine.document()));
    }
}
