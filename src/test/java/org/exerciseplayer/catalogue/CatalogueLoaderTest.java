package org.exerciseplayer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueLoaderTest {

    @TempDir
    Path folder;

    static String minimal() throws Exception {
        return new String(CatalogueLoaderTest.class.getResourceAsStream("/catalogues/minimal.json").readAllBytes(),
                StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> messages(ThrowingLoad load) {
        try {
            load.run();
        } catch (CatalogueException e) {
            return e.problems().stream().map(Problem::message).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the catalogue loaded, but it should have been refused");
    }

    interface ThrowingLoad {
        void run() throws Exception;
    }

    @Test
    void minimalCatalogueLoadsIntoDomainTypes() throws Exception {
        Catalogue catalogue = CatalogueLoader.load(write("minimal.json", minimal()));

        assertThat(catalogue.id()).isEqualTo("test");
        assertThat(catalogue.title()).isEqualTo("Test exercises");
        assertThat(catalogue.safety().review().days()).isEqualTo(14);
        assertThat(catalogue.safety().maintenance().maxTimesPerDay()).isEqualTo(2);
        assertThat(catalogue.exercises()).extracting(Exercise::id).containsExactly("knee-hug", "leg-circles");
        Exercise hug = catalogue.exercise("knee-hug").orElseThrow();
        assertThat(hug.dose().kind()).isEqualTo(Dose.Kind.HOLD);
        assertThat(hug.dose().holdSeconds()).isEqualTo(10);
        assertThat(hug.dose().repetitions()).isEqualTo(3);
        assertThat(hug.dose().sides()).isEqualTo(Sides.EACH);
        assertThat(hug.dose().firstSide()).isEqualTo(Side.RIGHT);
        assertThat(hug.dose().timesPerDay()).isEqualTo(OptionalInt.of(2));
        assertThat(hug.pacing()).isEqualTo(new Pacing(10, 5, 4, 5));
        Exercise circles = catalogue.exercise("leg-circles").orElseThrow();
        assertThat(circles.dose().kind()).isEqualTo(Dose.Kind.TIMED);
        assertThat(circles.dose().durationSeconds()).isEqualTo(30);
        assertThat(circles.dose().directions().names()).containsExactly("clockwise", "anticlockwise");
        assertThat(circles.dose().timesPerDay()).isEmpty();
        assertThat(circles.cautions()).containsExactly("Stop if it hurts.");
        assertThat(catalogue.sectionOf(circles).orElseThrow().id()).isEqualTo("stretches");
        assertThat(catalogue.groupOf(circles).orElseThrow().title()).isEqualTo("Circles");
    }

    @Test
    void exercisePacingOverridesOnlyTheFieldsItGives() throws Exception {
        Catalogue catalogue = CatalogueLoader.load(write("minimal.json", minimal()));

        assertThat(catalogue.exercise("leg-circles").orElseThrow().pacing()).isEqualTo(new Pacing(3, 5, 4, 5));
    }

    @Test
    void byteOrderMarkIsAccepted() throws Exception {
        Path file = folder.resolve("bom.json");
        byte[] text = minimal().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(file, withBom);

        assertThat(CatalogueLoader.load(file).title()).isEqualTo("Test exercises");
    }

    @Test
    void missingFileIsNamed() {
        Path file = folder.resolve("nowhere.json");
        assertThatThrownBy(() -> CatalogueLoader.load(file)).hasMessage(file + ": no such file");
    }

    @Test
    void folderIsRefused() {
        assertThatThrownBy(() -> CatalogueLoader.load(folder))
                .hasMessage(folder + ": is a folder; expected a catalogue or routine file (.json)");
    }

    @Test
    void aPictureOrPdfOpenedByMistakeIsNamedForWhatItIs() throws Exception {
        Path picture = Files.write(folder.resolve("clams.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10});
        Path pdf = Files.write(folder.resolve("handout.pdf"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> CatalogueLoader.load(picture))
                .hasMessage(picture + ": is a PNG picture, not a catalogue or routine; open the .json file instead");
        assertThatThrownBy(() -> CatalogueLoader.load(pdf))
                .hasMessage(pdf + ": is a PDF document, not a catalogue or routine; open the .json file instead");
    }

    @Test
    void hugeFileIsRefusedBeforeItIsRead() throws Exception {
        Path file = folder.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(40L * 1024 * 1024);
        }
        assertThatThrownBy(() -> CatalogueLoader.load(file))
                .hasMessage(file + ": the file is 40.0 MiB; a catalogue may be at most 32 MiB");
    }

    @Test
    void longStringIsRefusedWithItsLengthAndAMegabyteOneAsSoonAsItPassesTheLongestReadable() throws Exception {
        String text = minimal().replace("\"Hug one knee.\"", "\"" + "a".repeat(90_000) + "\"");
        assertThat(messages(() -> CatalogueLoader.load(write("long.json", text))))
                .containsExactly("is 90,000 characters long; at most 5,000 allowed");
        String huge = minimal().replace("\"Hug one knee.\"", "\"" + "a".repeat(1_048_576) + "\"");
        assertThat(messages(() -> CatalogueLoader.load(write("huge.json", huge)))).containsExactly(
                "is more than 100,000 characters long; no text in a catalogue or routine may be longer than 5,000");
    }

    @Test
    void thousandsOfStepsAreRefusedWithTheirCount() throws Exception {
        String steps = String.join(", ", java.util.Collections.nCopies(5_000, "\"Step.\""));
        String text = minimal().replace("[\"Lie on your back.\", \"Hug one knee.\"]", "[" + steps + "]");
        assertThat(messages(() -> CatalogueLoader.load(write("steps.json", text))))
                .containsExactly("has 5,000 steps; at most 100 allowed");
    }

    @Test
    void deepNestingIsRefusedWithoutExhaustingTheStack() throws Exception {
        String text = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> CatalogueLoader.load(write("deep.json", text)))
                .hasMessage(folder.resolve("deep.json") + ":1:33 " + "$" + "[0]".repeat(32)
                        + ": nested more than 32 levels deep; a catalogue is never this deep");
    }

    @Test
    void tooManyProblemsAreCappedWithACount() throws Exception {
        String steps = String.join(", ", java.util.Collections.nCopies(100, "\"\""));
        StringBuilder exercises = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            exercises.append(i == 0 ? "" : ",").append("{\"id\": \"e").append(i)
                    .append("\", \"name\": \"E\", \"steps\": [").append(steps)
                    .append("], \"dose\": {\"repetitions\": 1, \"sides\": \"none\"}}");
        }
        String text = minimal().replaceFirst("(?s)\"exercises\": \\[.*?\\n      \\],", "\"exercises\": ["
                + exercises + "],");
        List<String> messages = messages(() -> CatalogueLoader.load(write("many.json", text)));

        assertThat(messages).hasSize(Problems.MAX_REPORTED + 1);
        assertThat(messages.get(Problems.MAX_REPORTED))
                .isEqualTo("and 400 more problems not listed; fix these first");
    }

    @Test
    void everyProblemInAFileIsReportedInFileOrder() throws Exception {
        String text = minimal().replace("\"holdSeconds\": 10", "\"holdSeconds\": -5")
                .replace("\"title\": \"Test exercises\"", "\"title\": \"\"")
                .replace("\"sides\": \"none\"", "\"sides\": \"both\"");
        assertThatThrownBy(() -> CatalogueLoader.load(write("three.json", text)))
                .isInstanceOfSatisfying(CatalogueException.class, e -> assertThat(e.problems())
                        .extracting(Problem::line).containsExactly(5, 23, 36));
    }
}
