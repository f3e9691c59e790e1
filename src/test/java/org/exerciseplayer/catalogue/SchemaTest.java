package org.exerciseplayer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the JSON Schema for catalogue format version 1 ({@code exercises/catalogue.schema.json}): that it is a
 * valid draft 2020-12 schema, that the bundled hip catalogue and the format guide's examples meet it, and that it
 * rejects broken documents.
 *
 * <p>The schema is an aid for people editing catalogues by hand; the loader is the authority. Each broken
 * document below is a small valid catalogue with exactly one thing wrong, so a rejection can only come from
 * that one thing.
 */
class SchemaTest {

    private static final Path SCHEMA = Path.of("exercises", "catalogue.schema.json");
    private static final Path HIP = Path.of("exercises", "hip.json");
    private static final Path GUIDE = Path.of("docs", "catalogue-format.md");

    /** Where in the schema each field quoted on its own in the format guide is defined. */
    private static final Map<String, String> FRAGMENT_SCHEMAS = Map.of(
            "safety", "#/properties/safety",
            "pacing", "#/$defs/pacingOverride",
            "notes", "#/$defs/exercise/properties/notes",
            "dose", "#/$defs/dose",
            "variations", "#/$defs/exercise/properties/variations",
            "media", "#/$defs/exercise/properties/media",
            "figure", "#/$defs/figure");

    /** The smallest useful catalogue: one section, one exercise with a hold dose. */
    private static final String MINIMAL = """
            {
              "formatVersion": 1,
              "id": "demo",
              "version": "1",
              "title": "Demo",
              "language": "en-GB",
              "source": { "title": "Demo leaflet", "publisher": "Nobody" },
              "safety": {
                "stopRule": "Stop if it hurts more.",
                "review": { "text": "See a physio after two weeks.", "days": 14 },
                "maintenance": { "text": "Once or twice a day.", "minTimesPerDay": 1, "maxTimesPerDay": 2 }
              },
              "pacing": { "getReadySeconds": 10, "restSeconds": 5, "secondsPerRepetition": 4, "switchSeconds": 5 },
              "sections": [
                {
                  "id": "stretches",
                  "title": "Stretches",
                  "exercises": [
                    {
                      "id": "stretch",
                      "name": "Stretch",
                      "steps": ["Stretch."],
                      "dose": { "holdSeconds": 20, "repetitions": 3, "sides": "each" }
                    }
                  ]
                }
              ]
            }
            """;

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
    void bundledHipCatalogueMeetsTheSchema() throws IOException {
        assertThat(Schemas.describe(schema.validate(JSON.readTree(HIP.toFile())))).isEmpty();
    }

    @Test
    void minimalCatalogueMeetsTheSchema() throws IOException {
        assertThat(Schemas.describe(schema.validate(minimal()))).isEmpty();
    }

    /**
     * Every JSON example in docs/catalogue-format.md meets the schema: a complete catalogue as it stands, and a
     * quoted field such as {@code "dose": {...}} against the part of the schema that defines that field.
     */
    @Test
    void everyExampleInTheFormatGuideMeetsTheSchema() throws IOException {
        List<String> examples = Schemas.examples(GUIDE);
        assertThat(examples).as("JSON examples in the guide").hasSizeGreaterThan(5);

        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        for (String example : examples) {
            if (example.startsWith("{")) {
                assertThat(Schemas.describe(schema.validate(JSON.readTree(example)))).as(example).isEmpty();
                continue;
            }
            JsonNode fields = JSON.readTree("{" + example + "}");
            fields.fields().forEachRemaining(field -> {
                assertThat(FRAGMENT_SCHEMAS).as("fields quoted in the guide").containsKey(field.getKey());
                JsonSchema part = factory.getSchema(
                        SchemaLocation.of(SCHEMA.toUri() + FRAGMENT_SCHEMAS.get(field.getKey())));
                assertThat(Schemas.describe(part.validate(field.getValue()))).as(example).isEmpty();
            });
        }
    }

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                broken("an unknown field in an exercise",
                        doc -> exercise(doc).put("colour", "red"),
                        "$.sections[0].exercises[0]", "additionalProperties"),
                broken("an unknown field at the top level",
                        doc -> doc.put("author", "me"),
                        "$", "additionalProperties"),
                broken("holdSeconds of -5",
                        doc -> dose(doc).put("holdSeconds", -5),
                        "$.sections[0].exercises[0].dose.holdSeconds", "minimum"),
                broken("holdSeconds of 2.5",
                        doc -> dose(doc).put("holdSeconds", 2.5),
                        "$.sections[0].exercises[0].dose.holdSeconds", "type"),
                broken("an exercise without a name",
                        doc -> exercise(doc).remove("name"),
                        "$.sections[0].exercises[0]", "required"),
                broken("holdSeconds together with durationSeconds",
                        doc -> dose(doc).put("durationSeconds", 30),
                        "$.sections[0].exercises[0].dose", "oneOf"),
                broken("durationSeconds together with repetitions",
                        doc -> {
                            dose(doc).remove("holdSeconds");
                            dose(doc).put("durationSeconds", 30);
                        },
                        "$.sections[0].exercises[0].dose", "oneOf"),
                broken("holdSeconds without repetitions",
                        doc -> dose(doc).remove("repetitions"),
                        "$.sections[0].exercises[0].dose", "oneOf"),
                broken("firstSide when sides is none",
                        doc -> dose(doc).put("sides", "none").put("firstSide", "left"),
                        "$.sections[0].exercises[0].dose", "not"),
                broken("an unknown sides value",
                        doc -> dose(doc).put("sides", "both"),
                        "$.sections[0].exercises[0].dose.sides", "enum"),
                broken("a direction named twice",
                        doc -> dose(doc).putObject("directions").put("order", "each")
                                .putArray("names").add("clockwise").add("clockwise"),
                        "$.sections[0].exercises[0].dose.directions.names", "uniqueItems"),
                broken("a section with no exercises at all",
                        doc -> section(doc).putArray("exercises"),
                        "$.sections[0].exercises", "minItems"),
                broken("an id with capital letters",
                        doc -> exercise(doc).put("id", "Hip-Stretch"),
                        "$.sections[0].exercises[0].id", "pattern"),
                broken("format version 2",
                        doc -> doc.put("formatVersion", 2),
                        "$.formatVersion", "const"),
                broken("a catalogue pacing without restSeconds",
                        doc -> ((ObjectNode) doc.get("pacing")).remove("restSeconds"),
                        "$.pacing", "required"),
                broken("an empty step",
                        doc -> ((ArrayNode) exercise(doc).get("steps")).add(""),
                        "$.sections[0].exercises[0].steps[1]", "minLength"),
                broken("media at a web address",
                        doc -> exercise(doc).putObject("media").put("file", "https://example.org/a.png")
                                .put("description", "A picture."),
                        "$.sections[0].exercises[0].media.file", "pattern"),
                broken("media outside the catalogue's folder",
                        doc -> exercise(doc).putObject("media").put("file", "pictures/../../a.png")
                                .put("description", "A picture."),
                        "$.sections[0].exercises[0].media.file", "not"),
                broken("media without a description",
                        doc -> exercise(doc).putObject("media").put("file", "a.png"),
                        "$.sections[0].exercises[0].media", "required"),
                broken("a figure pose with an unknown joint",
                        doc -> exercise(doc).set("figure", figure("{ \"rigth-hip\": 90 }")),
                        "$.sections[0].exercises[0].figure.poses.start.joints", "additionalProperties"),
                broken("a knee bent past 160 degrees",
                        doc -> exercise(doc).set("figure", figure("{ \"right-knee\": 200 }")),
                        "$.sections[0].exercises[0].figure.poses.start.joints.right-knee", "oneOf"),
                broken("a stool placed between two points",
                        doc -> exercise(doc).set("figure", withProps(figure("{}"),
                                "[{ \"kind\": \"stool\", \"between\": [\"right-ankle\", \"left-ankle\"] }]")),
                        "$.sections[0].exercises[0].figure.props[0]", "oneOf"),
                broken("a foot holding a knee",
                        doc -> exercise(doc).set("figure", withContacts(figure("{}"),
                                "[{ \"hand\": \"right-foot\", \"on\": \"left-knee\" }]")),
                        "$.sections[0].exercises[0].figure.contacts[0].hand", "enum"),
                broken("a step longer than 5,000 characters",
                        doc -> ((ArrayNode) exercise(doc).get("steps")).add("x".repeat(5001)),
                        "$.sections[0].exercises[0].steps[1]", "maxLength"));
    }

    @ParameterizedTest(name = "rejects {0}")
    @MethodSource("brokenDocuments")
    void rejectsBrokenDocument(String what, Consumer<ObjectNode> breakIt, String location, String keyword)
            throws IOException {
        ObjectNode doc = minimal();
        breakIt.accept(doc);

        Set<ValidationMessage> errors = schema.validate(doc);

        assertThat(errors)
                .as("errors for %s: %s", what, Schemas.describe(errors))
                .anySatisfy(error -> {
                    assertThat(error.getInstanceLocation()).hasToString(location);
                    assertThat(error.getType()).isEqualTo(keyword);
                });
    }

    private static Arguments broken(String what, Consumer<ObjectNode> breakIt, String location, String keyword) {
        return Arguments.of(what, breakIt, location, keyword);
    }

    private static ObjectNode minimal() throws IOException {
        return (ObjectNode) JSON.readTree(MINIMAL);
    }

    /** A figure with one pose, "start", with these joints. */
    private static JsonNode figure(String joints) {
        try {
            return JSON.readTree("{ \"movement\": [\"start\"], \"poses\": { \"start\": { \"position\": "
                    + "\"lying-on-back\", \"joints\": " + joints + " } } }");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode withProps(JsonNode figure, String props) {
        return with(figure, "props", props);
    }

    private static JsonNode withContacts(JsonNode figure, String contacts) {
        return with(figure, "contacts", contacts);
    }

    private static JsonNode with(JsonNode figure, String field, String json) {
        try {
            ((ObjectNode) figure).set(field, JSON.readTree(json));
            return figure;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ObjectNode section(JsonNode doc) {
        return (ObjectNode) doc.get("sections").get(0);
    }

    private static ObjectNode exercise(JsonNode doc) {
        return (ObjectNode) section(doc).get("exercises").get(0);
    }

    private static ObjectNode dose(JsonNode doc) {
        return (ObjectNode) exercise(doc).get("dose");
    }

}
