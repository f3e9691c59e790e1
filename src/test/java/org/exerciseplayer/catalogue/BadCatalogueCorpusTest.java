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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file in {@code src/test/resources/catalogues/bad} is broken in one way (or, for
 * {@code many-problems-at-once}, several); its {@code .expected} file holds the exact messages it must produce,
 * one a line, as {@code LINE:COLUMN PATH: message} after the file name.
 */
class BadCatalogueCorpusTest {

    static Path corpus() throws URISyntaxException {
        return Path.of(BadCatalogueCorpusTest.class.getResource("/catalogues/bad").toURI());
    }

    static Stream<String> badCatalogues() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .toList().stream();
        }
    }

    @Test
    void corpusHoldsAtLeastTwentyFiveBrokenCatalogues() throws Exception {
        assertThat(badCatalogues().count()).isGreaterThanOrEqualTo(25);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCatalogues")
    void brokenCatalogueIsRefusedWithExactMessages(String name) throws Exception {
        Path file = corpus().resolve(name);
        List<String> expected = Files.readAllLines(corpus().resolve(name.replace(".json", ".expected")),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CatalogueLoader.load(file))
                .isInstanceOfSatisfying(CatalogueException.class, e -> {
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
                    assertThat(e.problems()).map(p -> p.toString().substring(file.toString().length() + 1))
                            .containsExactlyElementsOf(expected);
                });
    }
}
