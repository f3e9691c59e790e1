package org.exerciseplayer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file in {@code src/test/resources/catalogues/bad} is broken in one way (or, for
 * {@code many-problems-at-once}, several); its {@code .expected} file holds the exact messages it must produce,
 * one a line, as {@code LINE:COLUMN PATH: message} after the file name.
 */
public class BadCatalogueCorpusTest {

    @TempDir
    Path unpacked;

    static Path corpus() throws URISyntaxException {
        return Path.of(BadCatalogueCorpusTest.class.getResource("/catalogues/bad").toURI());
    }

    static Stream<String> badCatalogues() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") || n.endsWith(".json.gz")).sorted()
                    .toList().stream();
        }
    }

    /** Jackson's words and internals, which must never reach the person. */
    public static final List<String> PARSER_WORDING = List.of("JsonReadFeature", "StreamReadFeature", "REDACTED", "Source:",
            "(code ", "Unexpected character", "Unrecognized token", "was expecting", "end-of-input", "Non-standard",
            "JSON String, Number", "close marker", "StreamConstraints", "exceeds the maximum");

    @Test
    void corpusHoldsAtLeastTwentyFiveBrokenCatalogues() throws Exception {
        assertThat(badCatalogues().count()).isGreaterThanOrEqualTo(25);
    }

    @Test
    void corpusHoldsAtLeastThirtySyntaxMistakes() throws Exception {
        assertThat(badCatalogues().filter(name -> name.startsWith("syntax-"))).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void noExpectedMessageUsesTheParsersWords() throws Exception {
        try (Stream<Path> files = Files.list(corpus())) {
            List<Path> expected = files.filter(p -> p.toString().endsWith(".expected")).toList();
            assertThat(expected).isNotEmpty();
            for (Path file : expected) {
                assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.getFileName().toString())
                        .doesNotContain(PARSER_WORDING);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCatalogues")
    void brokenCatalogueIsRefusedWithExactMessages(String name) throws Exception {
        Path file = CorpusFiles.unpacked(corpus().resolve(name), unpacked);
        List<String> expected = Files.readAllLines(corpus().resolve(CorpusFiles.expectedName(name)),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CatalogueLoader.load(file))
                .isInstanceOfSatisfying(CatalogueException.class, e -> {
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
                    assertThat(e.problems()).map(p -> p.toString().substring(file.toString().length() + 1))
                            .containsExactlyElementsOf(expected);
                });
    }
}
