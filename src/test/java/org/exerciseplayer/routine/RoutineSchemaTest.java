package org.exerciseplayer.routine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Schemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks {@code exercises/routine.schema.json}: a valid draft 2020-12 schema that what the app writes, the test
 * routine and the guide's examples meet, and that rejects broken routines. The app's loader is the authority.
 */
class RoutineSchemaTest {

    private static final Path SCHEMA = Path.of("exercises", "routine.schema.json");
    private static final Path GUIDE = Path.of("docs", "routine-format.md");
    private static final ObjectMapper JSON = Schemas.JSON;
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schema = Schemas.load(SCHEMA);
    }

    @Test
    void schemaIsAValidDraft202012Schema() throws IOException {
        assertThat(Schemas.metaSchemaProblems(SCHEMA)).isEmpty();
    }

    @Test
    void whatTheAppWritesMeetsTheSchema() throws Exception {
        byte[] written = RoutineWriter.toBytes(RoutineFilesTest.threeExercises(BundledCatalogue.load()));
        assertThat(Schemas.describe(schema.validate(JSON.readTree(written)))).isEmpty();
    }

    @Test
    void theTestRoutineMeetsTheSchema() throws IOException {
        assertThat(Schemas.describe(schema.validate(minimal()))).isEmpty();
    }

    /** Whole routines in docs/routine-format.md meet the schema, and the app loads them. */
    @Test
    void everyWholeRoutineInTheGuideMeetsTheSchemaAndLoads() throws Exception {
        List<String> routines = Schemas.examples(GUIDE).stream().filter(example -> example.startsWith("{"))
                .toList();
        assertThat(routines).as("whole routines in the guide").isNotEmpty();
        for (String example : routines) {
            assertThat(Schemas.describe(schema.validate(JSON.readTree(example)))).as(example).isEmpty();
            RoutineLoader.parse("guide example", example.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    static Stream<Arguments> brokenRoutines() {
        return Stream.of(
                broken("format version 2", doc -> doc.put("formatVersion", 2), "$.formatVersion", "const"),
                broken("no catalogue", doc -> doc.remove("catalogue"), "$", "required"),
                broken("an unknown field", doc -> doc.put("patient", "Sam"), "$", "additionalProperties"),
                broken("a hold of 0 s", doc -> dose(doc).put("holdSeconds", 0),
                        "$.exercises[0].dose.holdSeconds", "minimum"),
                broken("a hold of 900 s", doc -> dose(doc).put("holdSeconds", 900),
                        "$.exercises[0].dose.holdSeconds", "maximum"),
                broken("a duration with a hold", doc -> dose(doc).put("durationSeconds", 30),
                        "$.exercises[0].dose", "not"),
                broken("a pain limit of 10", doc -> ((ObjectNode) doc.get("painRule")).put("limit", 10),
                        "$.painRule", "oneOf"),
                broken("an unknown variation", doc -> item(doc).put("variation", "gentler"),
                        "$.exercises[0].variation", "enum"),
                broken("no exercises", doc -> doc.putArray("exercises"), "$.exercises", "minItems"),
                broken("a date written day first", doc -> doc.put("created", "26/11/2026"), "$.created",
                        "pattern"),
                broken("a broken carried catalogue",
                        doc -> ((ObjectNode) doc.get("catalogue").get("pacing")).put("getReadySeconds", -1),
                        "$.catalogue.pacing.getReadySeconds", "minimum"));
    }

    @ParameterizedTest(name = "rejects {0}")
    @MethodSource("brokenRoutines")
    void rejectsBrokenRoutine(String what, Consumer<ObjectNode> breakIt, String location, String keyword)
            throws IOException {
        ObjectNode doc = minimal();
        breakIt.accept(doc);
        Set<ValidationMessage> errors = schema.validate(doc);
        assertThat(errors).as("errors for %s: %s", what, Schemas.describe(errors)).anySatisfy(error -> {
            assertThat(error.getInstanceLocation()).hasToString(location);
            assertThat(error.getType()).isEqualTo(keyword);
        });
    }

    private static Arguments broken(String what, Consumer<ObjectNode> breakIt, String location, String keyword) {
        return Arguments.of(what, breakIt, location, keyword);
    }

    private static ObjectNode minimal() throws IOException {
        return (ObjectNode) JSON.readTree(RoutineSchemaTest.class.getResource("/routines/minimal.routine.json"));
    }

    private static ObjectNode item(JsonNode doc) {
        return (ObjectNode) doc.get("exercises").get(0);
    }

    private static ObjectNode dose(JsonNode doc) {
        return (ObjectNode) item(doc).get("dose");
    }

}
