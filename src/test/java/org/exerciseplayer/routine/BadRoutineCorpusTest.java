package org.exerciseplayer.routine;

import org.exerciseplayer.session.PainRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.exerciseplayer.catalogue.CatalogueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file in {@code src/test/resources/routines/bad} is {@code minimal.routine.json} broken in one way (or,
 * for {@code many-problems-at-once}, several); its {@code .expected} file holds the exact messages, one a line,
 * as {@code LINE:COLUMN PATH: message} after the file name. Files are opened as the app opens them, not
 * knowing beforehand whether they are routines or catalogues.
 */
class BadRoutineCorpusTest {

    static Path corpus() throws URISyntaxException {
        return Path.of(BadRoutineCorpusTest.class.getResource("/routines/bad").toURI());
    }

    static Stream<String> badRoutines() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .toList().stream();
        }
    }

    @Test
    void theGoodOriginalLoadsAndTheCorpusIsLarge() throws Exception {
        Path good = corpus().resolveSibling("minimal.routine.json");
        RoutineDocument routine = RoutineLoader.load(good);
        assertThat(routine.size()).isEqualTo(2);
        assertThat(routine.painRule()).isEqualTo(PainRule.limit(3));
        assertThat(badRoutines().count()).isGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRoutines")
    void brokenRoutineIsRefusedWithExactMessages(String name) throws Exception {
        Path file = corpus().resolve(name);
        List<String> expected = Files.readAllLines(corpus().resolve(name.replace(".json", ".expected")),
                StandardCharsets.UTF_8);
        assertThat(expected).isNotEmpty().noneMatch(line -> line.startsWith("OK"));

        assertThatThrownBy(() -> RoutineLoader.open(file))
                .isInstanceOfSatisfying(CatalogueException.class, e -> {
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
                    assertThat(e.problems()).map(p -> p.toString().substring(file.toString().length() + 1))
                            .containsExactlyElementsOf(expected);
                });
    }
}
