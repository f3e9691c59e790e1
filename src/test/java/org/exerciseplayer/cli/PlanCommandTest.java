package org.exerciseplayer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlanCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine commandLine = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void planPrintsEveryExerciseAndTheTotal() {
        assertThat(commandLine.run("--plan", "exercises/hip.json")).isEqualTo(new CommandLine.Outcome.Exit(0));

        assertThat(out()).startsWith("Hip exercises: 14 exercises").contains("1. Lower back rotations")
                .contains("14. Donkey kicks").containsPattern("\nTotal: about \\d+ minutes \\(\\d+:\\d\\d\\)\n$");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void planAsJsonIsOneObjectWhosePhasesAddUpToTheTotal() throws Exception {
        assertThat(commandLine.run("--plan", "--json")).isEqualTo(new CommandLine.Outcome.Exit(0));

        JsonNode root = new ObjectMapper().readTree(out());
        assertThat(root.get("catalogue").asText()).isEqualTo("hip");
        int sum = 0;
        for (JsonNode phase : root.get("phases")) {
            sum += phase.get("seconds").asInt();
        }
        assertThat(sum).isEqualTo(root.get("totalSeconds").asInt()).isPositive();
    }
}
