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
import org.exerciseplayer.catalogue.CorpusFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file in {@code src/test/resources/routines/bad} is {@code minimal.routine.json} broken in one way (or,
 * for {@code many-problems-at-once}, several); its {@code .expected} file holds the exact messages, one a line,
 * as {@code LINE:COLUMN PATH: message} after the file name. Files are opened as the app opens them, not
 * knowing beforehand whether they are routines or catalogues.
 */
class BadRoutineCorpusTest {

    @TempDir
    Path unpacked;

    static Path corpus() throws URISyntaxException {
        return Path.of(BadRoutineCorpusTest.class.getResource("/routines/bad").toURI());
    }

    static Stream<String> badRoutines() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") || n.endsWith(".json.gz")).sorted()
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

    @Test
    void noExpectedMessageUsesTheParsersWords() throws Exception {
        try (Stream<Path> files = Files.list(corpus())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".expected")).toList()) {
                assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.getFileName().toString())
                        .doesNotContain(org.exerciseplayer.catalogue.BadCatalogueCorpusTest.PARSER_WORDING);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRoutines")
    void brokenRoutineIsRefusedWithExactMessages(String name) throws Exception {
        Path file = CorpusFiles.unpacked(corpus().resolve(name), unpacked);
        List<String> expected = Files.readAllLines(corpus().resolve(CorpusFiles.expectedName(name)),
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
