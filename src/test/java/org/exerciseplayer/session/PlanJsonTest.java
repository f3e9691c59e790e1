package org.exerciseplayer.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.exerciseplayer.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

class PlanJsonTest {

    private final Catalogue catalogue = Fixtures.hipLikeCatalogue();
    private final Plan plan = Planner.plan(Routine.of(catalogue));

    private JsonNode parsed() throws Exception {
        return new ObjectMapper().readTree(PlanJson.render(plan, catalogue));
    }

    @Test
    void isOneObjectWithTheCatalogueTheTotalAndEveryPhase() throws Exception {
        JsonNode root = parsed();

        assertThat(fieldNames(root)).containsExactly("catalogue", "totalSeconds", "phases");
        assertThat(root.get("catalogue").asText()).isEqualTo("hip-test");
        assertThat(root.get("totalSeconds").asInt()).isEqualTo(plan.totalSeconds());
        assertThat(root.get("phases")).hasSize(plan.size());
        int sum = 0;
        for (JsonNode phase : root.get("phases")) {
            sum += phase.get("seconds").asInt();
        }
        assertThat(sum).isEqualTo(plan.totalSeconds());
    }

    @Test
    void eachPhaseHasExactlyTheDocumentedFieldsWithLowerCaseKindsAndSides() throws Exception {
        JsonNode phases = parsed().get("phases");

        for (JsonNode phase : phases) {
            assertThat(fieldNames(phase)).containsExactly("exercise", "kind", "side", "direction", "repetition",
                    "of", "seconds");
            assertThat(phase.get("kind").asText()).isIn("position", "hold", "rep", "timed", "rest", "switch");
            assertThat(phase.get("side").isNull() || phase.get("side").asText().matches("left|right")).isTrue();
            assertThat(phase.get("direction").isNull() || phase.get("direction").isTextual()).isTrue();
        }
        JsonNode firstHoldOfHipFlexor = phases.get(plan.firstPhaseOf(2) + 1);
        assertThat(firstHoldOfHipFlexor.toString()).isEqualTo("{\"exercise\":\"hip-flexor-stretch\",\"kind\":\"hold\","
                + "\"side\":\"left\",\"direction\":null,\"repetition\":1,\"of\":3,\"seconds\":20}");
        assertThat(phases.get(plan.firstPhaseOf(1) + 1).get("direction").asText()).isEqualTo("clockwise");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
