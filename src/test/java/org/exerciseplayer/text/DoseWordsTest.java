package org.exerciseplayer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Pattern;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoseWordsTest {

    private static Catalogue hip;

    @BeforeAll
    static void load() throws Exception {
        hip = BundledCatalogue.load();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "lower-back-rotations | Hold 10 s, 10 times alternating sides, twice daily",
        "single-leg-rotations | 30 s of continuous movement each side, in each direction (clockwise, anticlockwise), twice daily",
        "inner-thigh-stretch | Hold 20 s, 3 times, twice daily",
        "deep-core-activation | 10 repetitions, alternating directions (backwards (posterior tilt), forwards (anterior tilt))",
        "single-leg-stretch | 10 repetitions alternating sides, twice daily",
        "donkey-kicks | 20 repetitions each side, first 4 × cat/camel stretch, twice daily",
    })
    void doseReadsAsAPersonWouldSayIt(String id, String words) {
        assertThat(DoseWords.of(hip.exercise(id).orElseThrow().dose())).isEqualTo(words);
    }

    @Test
    void everyWordUsedIsInTheBundleAndNoneIsLeftOver() throws IOException {
        BundleKeys.assertSourceUsesExactly("src/main/java/org/exerciseplayer/text/DoseWords.java",
                Pattern.compile("\"(dose\\.[a-zA-Z.]+)\""), DoseWords.BUNDLE, 8);
    }
}
