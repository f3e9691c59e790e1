package org.exerciseplayer.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.SafetyTexts;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineFixtures;
import org.exerciseplayer.routine.RoutineItem;
import org.exerciseplayer.text.BundleKeys;
import org.exerciseplayer.text.DoseWords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HandoutTest {

    private static final HandoutOptions NORMAL = new HandoutOptions(false, true, Locale.UK);
    private static final HandoutOptions LARGE = new HandoutOptions(true, true, Locale.UK);

    private static Catalogue hip;

    @BeforeAll
    static void load() throws Exception {
        hip = BundledCatalogue.load();
    }

    /** Every exercise of the catalogue once, in leaflet order, the leaflet's pain rule, no notes. */
    private static RoutineDocument allExercises() {
        return RoutineDocument.startFrom(hip, "Every hip exercise")
                .withItems(hip.exercises().stream().map(e -> RoutineItem.of(e.id())).toList());
    }

    /** Handouts already written, as several tests read the same ones. */
    private static final Map<List<Object>, byte[]> WRITTEN = new HashMap<>();

    private static byte[] pdf(RoutineDocument routine, HandoutOptions options) throws IOException {
        List<Object> key = List.of(routine, options);
        if (!WRITTEN.containsKey(key)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Handout.write(routine, options, out);
            WRITTEN.put(key, out.toByteArray());
        }
        return WRITTEN.get(key);
    }

    /** The text of each page, with every run of white space (line breaks included) made one space. */
    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(oneLine(stripper.getText(document)));
            }
            return pages;
        }
    }

    private static String text(byte[] pdf) throws IOException {
        return String.join(" ", pages(pdf));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void everyStepDoseNoteAndSafetyTextOfTheRoutineIsPrinted() throws IOException {
        RoutineDocument routine = RoutineFixtures.threeExercises(hip);

        String text = text(pdf(routine, NORMAL));

        assertThat(text).startsWith("Hips for Sam Prescribed by A. Physio on 26 November 2026");
        assertThat(text).contains("Start gently.").contains("Call me if it hurts at night.")
                .contains("3 exercises, to be done in this order.");
        for (int i = 0; i < routine.size(); i++) {
            Exercise exercise = routine.exercise(i);
            assertThat(text).contains((i + 1) + ". " + exercise.name());
            for (int step = 0; step < exercise.steps().size(); step++) {
                assertThat(text).contains((step + 1) + ". " + oneLine(exercise.steps().get(step)));
            }
            assertThat(text).contains("How much: " + DoseWords.of(routine.dose(i), Locale.UK));
            routine.item(i).notes().forEach(note -> assertThat(text).contains(oneLine(note)));
        }
        assertThat(text).contains("How much: Hold 20 s, 5 times each side, once a day. This is your physiotherapist's "
                + "amount: do this rather than the amount in the steps.");
        assertThat(text).doesNotContain(DoseWords.of(routine.dose(1), Locale.UK) + ". This is");
        assertThat(text).contains("Harder version: " + oneLine(routine.variation(1).orElseThrow().text()));
        assertThat(text).contains("Your physiotherapist's notes: Left side is the sore one.");
        assertThat(text).contains("pain up to 3 out of 10 during the exercises is acceptable. If it goes above 3 "
                + "out of 10, stop.");
        assertThat(text).contains(hip.safety().stopRule()).contains(hip.safety().review().text())
                .contains(hip.safety().maintenance().text());
        assertThat(text).contains(hip.source().title() + ", " + hip.source().publisher())
                .contains("Exercise catalogue \u201chip\u201d, version " + hip.version());
    }

    @Test
    void theExercisesComeInTheRoutinesOrderAndTheStopRuleBeforeThemAndAfter() throws IOException {
        RoutineDocument routine = RoutineFixtures.threeExercises(hip);

        String text = text(pdf(routine, NORMAL));

        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < routine.size(); i++) {
            places.add(text.indexOf((i + 1) + ". " + routine.exercise(i).name()));
        }
        assertThat(places).doesNotContain(-1).isSorted();
        int stopRule = text.indexOf(hip.safety().stopRule());
        assertThat(stopRule).isBetween(0, places.get(0));
        assertThat(text.indexOf(hip.safety().stopRule(), places.get(places.size() - 1))).isPositive();
        assertThat(text.indexOf("When to stop")).isLessThan(stopRule);
    }

    @Test
    void cautionsStandInTheirOwnBoxHeadedCaution() throws IOException {
        RoutineDocument routine = allExercises();

        String text = text(pdf(routine, NORMAL));

        int cautions = 0;
        for (Exercise exercise : hip.exercises()) {
            for (String caution : exercise.cautions()) {
                String boxed = exercise.cautions().size() == 1 ? "Caution " + oneLine(caution)
                        : "\u2022 " + oneLine(caution);
                assertThat(text).contains(boxed);
                cautions++;
            }
        }
        assertThat(cautions).isGreaterThan(3);
        assertThat(text).doesNotContain("Pain limit");
    }

    @Test
    void largeTypeSetsTheBodyAt16PointsAndTakesMorePages() throws IOException {
        RoutineDocument routine = allExercises();

        byte[] normal = pdf(routine, NORMAL);
        byte[] large = pdf(routine, LARGE);

        assertThat(commonestSize(normal)).isEqualTo(11f);
        assertThat(commonestSize(large)).isEqualTo(16f);
        assertThat(pages(large).size()).isGreaterThan(pages(normal).size());
        assertThat(withoutRunningHeads(text(large), routine)).isEqualTo(withoutRunningHeads(text(normal), routine));
    }

    /**
     * The text without what page breaks add or move: footers, continued headings, the week chart's header rows, and
     * the pictures' labels (read out at the end of the page they are drawn on, wherever the steps beside them end).
     */
    private static String withoutRunningHeads(String text, RoutineDocument routine) {
        String without = text.replaceAll(Pattern.quote(routine.title()) + " \u2013 Page \\d+ of \\d+", " ")
                .replace("Exercise 1 2 3 4 5 6 7", " ")
                .replaceAll("Start (Hold here|To here, then back|Round and round) ", " ");
        for (int i = 0; i < routine.size(); i++) {
            without = without.replace((i + 1) + ". " + routine.exercise(i).name() + " (continued)", " ");
        }
        return oneLine(without);
    }

    /** The font size most characters of the document are set in: its body text. */
    private static float commonestSize(byte[] pdf) throws IOException {
        Map<Float, Integer> counts = new HashMap<>();
        PDFTextStripper sizes = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.forEach(p -> counts.merge(p.getFontSizeInPt(), 1, Integer::sum));
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            sizes.getText(document);
        }
        return Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey();
    }

    /** Every exercise twice over: 28 items. */
    private static RoutineDocument twiceOverAllExercises() {
        List<RoutineItem> twice = new ArrayList<>(allExercises().items());
        twice.addAll(allExercises().items());
        return allExercises().withItems(twice);
    }

    @Test
    void aLongRoutineRunsOverPagesEachFootedWithTheTitleAndPageNOfM() throws IOException {
        RoutineDocument routine = twiceOverAllExercises();

        List<String> pages = pages(pdf(routine, LARGE));

        assertThat(pages.size()).isGreaterThan(8);
        for (int page = 1; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1)).endsWith("Every hip exercise \u2013 Page " + page + " of " + pages.size());
        }
    }

    @Test
    void anExercisesHeadingCautionsAndFirstStepShareAPageAndItsOtherPagesStartWithItsName() throws IOException {
        RoutineDocument routine = twiceOverAllExercises();

        for (HandoutOptions options : List.of(NORMAL, LARGE)) {
            List<String> pages = pages(pdf(routine, options));
            int[] startPage = new int[routine.size()];
            for (int i = 0; i < routine.size(); i++) {
                String start = itemStart(routine, i);
                startPage[i] = IntStream.range(0, pages.size()).filter(p -> pages.get(p).contains(start))
                        .findFirst().orElseThrow(() -> new AssertionError("no page has " + start));
            }
            assertThat(startPage).as("%s", options).isSorted();
            assertThat(startPage[startPage.length - 1]).isGreaterThan(startPage[0] + 3);
            for (int i = 0; i + 1 < routine.size(); i++) {
                String continued = (i + 1) + ". " + routine.exercise(i).name() + " (continued)";
                String next = (i + 2) + ". " + routine.exercise(i + 1).name();
                for (int page = startPage[i] + 1; page <= startPage[i + 1]; page++) {
                    assertThat(pages.get(page)).as("%s page %d", options, page + 1)
                            .satisfiesAnyOf(text -> assertThat(text).startsWith(continued),
                                    text -> assertThat(text).startsWith(next));
                }
            }
        }
    }

    /** Item {@code i}'s heading, its cautions and its first step, as they are printed in a row. */
    private static String itemStart(RoutineDocument routine, int i) {
        Exercise exercise = routine.exercise(i);
        StringBuilder start = new StringBuilder((i + 1) + ". " + exercise.name());
        if (!exercise.cautions().isEmpty()) {
            start.append(" Caution");
            exercise.cautions().forEach(c -> start.append(exercise.cautions().size() > 1 ? " \u2022 " : " ")
                    .append(oneLine(c)));
        }
        return start.append(" 1. ").append(oneLine(exercise.steps().get(0))).toString();
    }

    @Test
    void aBoxTallerThanAPageIsContinuedOnTheNextPagesWithNothingLost() throws IOException {
        String longRule = String.join(" ", java.util.Collections.nCopies(120,
                "Should your pain increase while completing the exercises, stop immediately."));
        Catalogue wordy = new Catalogue(hip.formatVersion(), hip.id(), hip.version(), hip.title(), hip.language(),
                hip.source(), hip.introduction(), new SafetyTexts(longRule, hip.safety().review(),
                hip.safety().maintenance()), hip.pacing(), hip.sections());
        RoutineDocument routine = RoutineDocument.startFrom(wordy, "Wordy")
                .withItems(List.of(RoutineItem.of(hip.exercises().get(0).id())));

        List<String> pages = pages(pdf(routine, LARGE));

        assertThat(pages.get(0)).startsWith("Wordy When to stop \u2022 " + longRule.substring(0, 200));
        assertThat(pages.get(1)).startsWith("When to stop (continued)");
        String text = oneLine(String.join(" ", pages).replaceAll("Wordy \u2013 Page \\d+ of \\d+", " ")
                .replace("When to stop (continued)", " "));
        assertThat(text.split(Pattern.quote(longRule), -1)).as("the rule in full, at the top and at the end")
                .hasSize(3);
        assertThat(pages.size()).isGreaterThan(4);
    }

    @Test
    void theWeekChartHasARowPerExerciseAndCanBeLeftOut() throws IOException {
        RoutineDocument routine = RoutineFixtures.threeExercises(hip);

        String with = text(pdf(routine, NORMAL));
        String without = text(pdf(routine, new HandoutOptions(false, false, Locale.UK)));

        assertThat(with).contains("Week chart").contains("Exercise 1 2 3 4 5 6 7");
        int chart = with.indexOf("Week chart");
        for (int i = 0; i < routine.size(); i++) {
            assertThat(with.indexOf((i + 1) + ". " + routine.exercise(i).name(), chart)).isPositive();
        }
        assertThat(without).doesNotContain("Week chart").doesNotContain("Exercise 1 2 3 4 5 6 7");
    }

    @Test
    void lettersBeyondLatin1AreKeptAndOnesTheFontLacksBecomeAQuestionMark() throws IOException {
        String note = "Łódź, Ελληνικά, Привет, pain ≤ 3 → rest";
        RoutineDocument routine = RoutineDocument.startFrom(hip, "Übungen für Zoë")
                .withNotes(List.of(note, "日本語"))
                .withItems(List.of(new RoutineItem(hip.exercises().get(0).id(), Optional.empty(),
                        org.exerciseplayer.routine.DoseChange.NONE, org.exerciseplayer.routine.PacingChange.NONE,
                        List.of(note))));

        String text = text(pdf(routine, NORMAL));

        assertThat(text).startsWith("Übungen für Zoë").contains(note).contains("Your physiotherapist's notes: " + note)
                .contains("???");
    }

    @Test
    void withoutPrescriberDateOrNotesThoseLinesAreLeftOut() throws IOException {
        RoutineDocument routine = allExercises();

        String text = text(pdf(routine, NORMAL));

        assertThat(text).startsWith("Every hip exercise When to stop \u2022 Should your pain increase")
                .doesNotContain("Prescribed")
                .doesNotContain("Notes from your physiotherapist");
        assertThat(text(pdf(routine.withCreated(Optional.of(LocalDate.of(2026, 1, 5))), NORMAL)))
                .startsWith("Every hip exercise Prescribed on 5 January 2026");
        assertThat(text(pdf(routine.withPrescribedBy(Optional.of("Dr Who")).withPainRule(PainRule.limit(5)),
                NORMAL))).startsWith("Every hip exercise Prescribed by Dr Who When to stop \u2022 Pain limit")
                .contains("pain up to 5 out of 10");
    }

    @Test
    void anEmptyRoutinePrintsItsSafetyTexts() throws IOException {
        String text = text(pdf(RoutineDocument.startFrom(hip, "Nothing yet"), NORMAL));

        assertThat(text).contains("Your exercises No exercises yet.").contains(hip.safety().stopRule())
                .contains(hip.safety().review().text()).doesNotContain("Week chart").endsWith("Page 1 of 1");
    }

    @Test
    void everyTextTheHandoutUsesIsInItsBundleAndNoneIsLeftOver() throws IOException {
        BundleKeys.assertSourceUsesExactly("src/main/java/org/exerciseplayer/handout/Handout.java",
                Pattern.compile("\"(handout\\.[a-zA-Z.]+)\""), Handout.BUNDLE, 20);
    }

    @Test
    void theDocumentIsTitledTaggedWithItsLanguageAndCarriesItsFonts() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(RoutineFixtures.threeExercises(hip), NORMAL))) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Hips for Sam");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("A. Physio");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                PDResources resources = document.getPage(page).getResources();
                assertThat(resources.getFontNames()).isNotEmpty();
                for (COSName name : resources.getFontNames()) {
                    assertThat(resources.getFont(name).isEmbedded()).as(name.getName()).isTrue();
                }
            }
        }
    }
}
