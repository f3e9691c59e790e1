package org.exerciseplayer.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Variation;
import org.exerciseplayer.routine.DoseChange;
import org.exerciseplayer.routine.PacingChange;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The handout's pictures: each exercise's start and end, with its arrows, beside its steps, drawn as vector shapes
 * in black and greys only; a chosen variation drawn its own way is printed as that.
 */
class HandoutPicturesTest {

    private static Catalogue hip;
    private static RoutineDocument all;
    private static byte[] handout;

    @BeforeAll
    static void writeTheWholeCatalogue() throws Exception {
        hip = BundledCatalogue.load();
        all = RoutineDocument.startFrom(hip, "Every hip exercise")
                .withItems(hip.exercises().stream().map(e -> RoutineItem.of(e.id())).toList());
        handout = pdf(all);
    }

    private static byte[] pdf(RoutineDocument routine) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Handout.write(routine, new HandoutOptions(false, true, Locale.UK), out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Every operator of every page's content, in order. */
    private static List<String> operators(byte[] pdf) throws IOException {
        List<String> operators = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (Object token : new PDFStreamParser(page).parse()) {
                    if (token instanceof Operator operator) {
                        operators.add(operator.getName());
                    }
                }
            }
        }
        return operators;
    }

    @Test
    void everyExerciseHasItsStartAndEndPicturesLabelledAfterItsSteps() throws IOException {
        String text = text(handout);

        int from = 0;
        for (int i = 0; i < all.size(); i++) {
            Exercise exercise = all.exercise(i);
            int heading = text.indexOf((i + 1) + ". " + exercise.name(), from);
            String lastStep = exercise.steps().get(exercise.steps().size() - 1).replaceAll("\\s+", " ");
            int steps = text.indexOf(lastStep.substring(lastStep.length() - 20), heading);
            int start = text.indexOf("Start", steps);
            String end = switch (all.dose(i).kind()) {
                case HOLD -> "Hold here";
                case REPETITIONS -> "To here, then back";
                case TIMED -> "Round and round";
            };
            assertThat(heading).as(exercise.id()).isGreaterThanOrEqualTo(from);
            assertThat(start).as(exercise.id() + " pictures after the steps").isGreaterThan(steps);
            assertThat(text.indexOf(end, start)).as(exercise.id()).isGreaterThan(start);
            from = heading + 1;
        }
    }

    @Test
    void thePicturesAreVectorShapesInBlackAndGreysOnly() throws IOException {
        List<String> operators = operators(handout);

        Set<String> colours = new HashSet<>(List.of("rg", "RG", "k", "K", "sc", "SC", "scn", "SCN", "cs", "CS"));
        assertThat(operators).noneMatch(colours::contains);
        assertThat(operators).contains("g", "G");
        // Pictures, not just text and rules: tens of strokes for each of the 28 pictures.
        assertThat(operators.stream().filter("S"::equals).count()).isGreaterThan(28 * 30);
        try (PDDocument document = Loader.loadPDF(handout)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().isImageXObject(name)).as("a bitmap on the page").isFalse();
                }
            }
        }
    }

    @Test
    void aChosenVariationDrawnItsOwnWayIsWhatThePlayerAndTheHandoutShow() throws IOException {
        Variation harder = hip.exercise("clam").orElseThrow().variation(Variation.Kind.HARDER).orElseThrow();
        RoutineDocument routine = RoutineDocument.startFrom(hip, "Harder clams").withItems(List.of(
                new RoutineItem("clam", Optional.of(Variation.Kind.HARDER), DoseChange.NONE, PacingChange.NONE,
                        List.of()), RoutineItem.of("clam")));

        assertThat(routine.figure(0)).isEqualTo(harder.figure());
        assertThat(routine.figure(1)).isEqualTo(hip.exercise("clam").orElseThrow().figure());
        assertThat(routine.routine().entry(0).exercise().figure()).isEqualTo(harder.figure());
        // The imaginary stool is drawn dashed: more dash patterns than in the plain clam's pictures.
        long harderDashes = operators(pdf(routine.withItems(List.of(routine.item(0))))).stream()
                .filter("d"::equals).count();
        long plainDashes = operators(pdf(routine.withItems(List.of(routine.item(1))))).stream()
                .filter("d"::equals).count();
        assertThat(harderDashes).isGreaterThan(plainDashes);
    }
}
