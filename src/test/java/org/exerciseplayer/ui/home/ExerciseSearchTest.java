package org.exerciseplayer.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.CatalogueLoader;
import org.exerciseplayer.catalogue.Exercise;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExerciseSearchTest {

    private Catalogue hip;
    private ExerciseSearch search;

    @BeforeEach
    void setUp() throws Exception {
        hip = BundledCatalogue.load();
        search = new ExerciseSearch(hip);
    }

    private List<String> ids(BitSet matches) {
        List<Exercise> exercises = hip.exercises();
        return matches.stream().mapToObj(i -> exercises.get(i).id()).toList();
    }

    @Test
    void aBlankQueryMatchesEveryExercise() {
        assertThat(search.size()).isEqualTo(14);
        assertThat(search.matches("").cardinality()).isEqualTo(14);
        assertThat(search.matches("   ").cardinality()).isEqualTo(14);
    }

    @Test
    void findsByNameIgnoringCase() {
        assertThat(ids(search.matches("KNEE HUGS"))).containsExactly("single-leg-knee-hugs");
    }

    @Test
    void findsByAWordOfTheSteps() {
        assertThat(ids(search.matches("pillow"))).containsExactly("lower-back-rotations");
    }

    @Test
    void findsByTheSectionAndGroupTitles() {
        assertThat(ids(search.matches("strengthening"))).containsExactly("deep-core-activation", "single-leg-stretch",
                "single-leg-hip-openers", "clam", "side-leg-lift", "donkey-kicks");
        assertThat(ids(search.matches("side work series"))).containsExactly("clam", "side-leg-lift");
    }

    @Test
    void everyWordMustOccurInAnyOrder() {
        assertThat(ids(search.matches("series clam"))).containsExactly("clam");
        assertThat(ids(search.matches("clam pillow"))).isEmpty();
    }

    @Test
    void accentsAreIgnoredInTheQuery() {
        assertThat(ids(search.matches("pîllów"))).containsExactly("lower-back-rotations");
    }

    @Test
    void accentsAreIgnoredInTheCatalogue() throws Exception {
        String json = Files.readString(Path.of("exercises", "hip.json"))
                .replace("\"name\": \"Clam exercise\"", "\"name\": \"Exercice de la palourde (clam) \u00e9l\u00e8ve\"");
        Catalogue accented = CatalogueLoader.parse("accented.json", json.getBytes(StandardCharsets.UTF_8));
        ExerciseSearch accentedSearch = new ExerciseSearch(accented);

        BitSet matches = accentedSearch.matches("ELEVE");

        assertThat(matches.stream().mapToObj(i -> accented.exercises().get(i).id())).containsExactly("clam");
    }

    @Test
    void typingOnNarrowsAndDeletingWidensAgain() {
        for (String typed : List.of("s", "si", "sid", "side", "side ", "side l", "side le", "side leg")) {
            assertThat(search.matches(typed)).as(typed).isEqualTo(new ExerciseSearch(hip).matches(typed));
        }
        assertThat(ids(search.matches("side leg"))).contains("side-leg-lift");
        BitSet widened = search.matches("sid");
        assertThat(widened).isEqualTo(new ExerciseSearch(hip).matches("sid"));
        assertThat(widened.cardinality()).isGreaterThan(search.matches("side leg").cardinality());
        assertThat(search.matches("").cardinality()).isEqualTo(14);
    }

    @Test
    void foldingRemovesAccentsAndCaseAndCurlyApostrophes() {
        assertThat(ExerciseSearch.fold("Él\u00e8ve IT\u2019S na\u0308ive")).isEqualTo("eleve it's naive");
    }
}
