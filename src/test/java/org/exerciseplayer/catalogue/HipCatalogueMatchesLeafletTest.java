package org.exerciseplayer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalogue ({@code exercises/hip.json}) says what the leaflet says: the same exercises in the same
 * order, each step copied exactly (apart from tidied spaces), and the headings and safety texts word for word.
 *
 * <p>Reads the catalogue as plain JSON, so it checks the content independently of the loader.
 */
class HipCatalogueMatchesLeafletTest {

    private static final Path HIP = Path.of("exercises", "hip.json");
    private static final String LEAFLET = "/leaflet/hip-exercises-page.txt";
    private static final Pattern STEP = Pattern.compile("^(\\d+)\\. (.*)$");

    /** The one heading the catalogue deliberately corrects (a misspelt muscle name), and its correction. */
    private static final Map<String, String> CORRECTED_NAMES = Map.of(
            "Deep core muscle activation (transverus abdominus)",
            "Deep core muscle activation (transversus abdominis)");

    private static List<String> leafletLines;
    private static Map<String, List<String>> leafletSteps;
    private static JsonNode catalogue;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = HipCatalogueMatchesLeafletTest.class.getResourceAsStream(LEAFLET)) {
            leafletLines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(HipCatalogueMatchesLeafletTest::tidy).toList();
        }
        leafletSteps = new LinkedHashMap<>();
        String heading = null;
        for (String line : leafletLines) {
            Matcher step = STEP.matcher(line);
            if (step.matches()) {
                leafletSteps.computeIfAbsent(heading, h -> new ArrayList<>()).add(step.group(2));
            } else if (!line.isEmpty()) {
                heading = line;
            }
        }
        catalogue = new ObjectMapper().readTree(HIP.toFile());
    }

    @Test
    void hasTheLeafletsFourteenExercisesInOrder() {
        List<String> expected = leafletSteps.keySet().stream()
                .map(name -> CORRECTED_NAMES.getOrDefault(name, name)).toList();

        assertThat(exercises().stream().map(e -> e.get("name").asText()).toList())
                .hasSize(14)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void copiesEveryStepAsWritten() {
        List<String> headings = List.copyOf(leafletSteps.keySet());
        List<JsonNode> exercises = exercises();
        for (int i = 0; i < exercises.size(); i++) {
            assertThat(texts(exercises.get(i).get("steps")))
                    .as(exercises.get(i).get("id").asText())
                    .containsExactlyElementsOf(leafletSteps.get(headings.get(i)));
        }
    }

    @Test
    void quotesCautionsAndVariationsFromTheSteps() {
        for (JsonNode exercise : exercises()) {
            List<String> steps = texts(exercise.get("steps"));
            List<String> variations = StreamSupport.stream(exercise.path("variations").spliterator(), false)
                    .map(variation -> variation.get("text").asText()).toList();

            assertThat(texts(exercise.path("cautions"))).as(exercise.get("id").asText()).isSubsetOf(steps);
            assertThat(variations).as(exercise.get("id").asText()).isSubsetOf(steps);
        }
    }

    @Test
    void takesHeadingsAndIntroductionWordForWord() {
        // The catalogue's own title, "Hip exercises", is the page's title, which the captured text does not include.
        List<String> quoted = new ArrayList<>(texts(catalogue.get("introduction")));
        catalogue.get("sections").forEach(section -> {
            quoted.add(section.get("title").asText());
            section.path("groups").forEach(group -> quoted.add(group.get("title").asText()));
        });

        assertThat(leafletLines).containsAll(quoted);
    }

    @Test
    void takesSafetyTextsWordForWord() {
        assertThat(String.join("\n", leafletLines))
                .contains(catalogue.at("/safety/stopRule").asText())
                .contains(catalogue.at("/safety/review/text").asText())
                .contains(catalogue.at("/safety/maintenance/text").asText());
    }

    @Test
    void leavesOutThePageChrome() throws IOException {
        String json = Files.readString(HIP);

        assertThat(json).doesNotContain("Saved items", "Book now", "Book a private appointment",
                "Do you need a physiotherapist?", "protected against flu", "Check now", "newnav");
    }

    private static List<JsonNode> exercises() {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode section : catalogue.get("sections")) {
            section.path("exercises").forEach(all::add);
            section.path("groups").forEach(group -> group.get("exercises").forEach(all::add));
        }
        return all;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    /** The only changes the catalogue may make to the leaflet's words: non-breaking and doubled spaces. */
    private static String tidy(String line) {
        return line.replace('\u00a0', ' ').replaceAll(" {2,}", " ").strip();
    }
}
