package org.exerciseplayer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exerciseplayer.text.BundleKeys;
import org.junit.jupiter.api.Test;

class PdfReportTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate FIRST = LocalDate.of(2026, 3, 2);
    private static final String REVIEW_TEXT = "Should your symptoms not ease after two weeks of completing these "
            + "exercises, a physiotherapy assessment may be required.";

    @Test
    void theReportShowsThePeriodAdherencePainStopsSkipsAndAdvice() throws IOException {
        List<SessionRecord> sessions = GeneratedHistory.twiceDaily(FIRST, 60, LONDON, 7);
        LocalDate to = FIRST.plusDays(59);
        ReviewRule.Advice advice = ReviewRule.evaluate(sessions, 14, to.atTime(21, 0).atZone(LONDON).toInstant(),
                LONDON);

        String text = text(report(input("Hip exercises", FIRST, to, sessions, advice, REVIEW_TEXT)));

        assertThat(text).contains("Exercise report: Hip exercises");
        assertThat(text).contains("Period: 2 March 2026 to 30 April 2026 (60 days)");
        long completed = sessions.stream().filter(s -> s.ending() == SessionRecord.Ending.COMPLETED).count();
        long painStops = sessions.stream().filter(s -> s.ending() == SessionRecord.Ending.PAIN_STOP).count();
        assertThat(completed + painStops).isEqualTo(120);
        assertThat(text).contains("Sessions done: " + completed + " of the 120 the leaflet suggests (2 a day for 60 "
                + "days), " + Math.round(100.0 * completed / 120) + "%.");
        assertThat(text).contains("Stopped for pain: " + painStops + ".");
        assertThat(text).contains("2 Mar 2026 7 " + weekCompleted(sessions, FIRST) + " "
                + (14 - weekCompleted(sessions, FIRST)) + " 0 14");
        assertThat(text).contains("27 Apr 2026 4 " + weekCompleted(sessions, FIRST.plusDays(56)) + " "
                + (8 - weekCompleted(sessions, FIRST.plusDays(56))) + " 0 8");
        List<SessionRecord> stopped = sessions.stream().filter(s -> s.painStop().isPresent()).toList();
        assertThat(stopped).isNotEmpty();
        for (SessionRecord s : stopped) {
            String when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
                    .format(LocalDateTime.ofInstant(s.started(), LONDON));
            assertThat(text).contains(when + " " + s.painStop().orElseThrow().exerciseName());
        }
        Map<String, Long> skipped = sessions.stream().flatMap(s -> s.exercises().stream())
                .filter(r -> r.outcome() == ExerciseResult.Outcome.SKIPPED)
                .collect(Collectors.groupingBy(ExerciseResult::exerciseName, Collectors.counting()));
        assertThat(skipped).isNotEmpty();
        skipped.forEach((name, times) -> assertThat(text).contains(name + " " + times));
        assertThat(text).contains("Daily average of the 0-10 pain ratings.");
        assertThat(text).contains("Before the session (solid line, filled squares)");
        assertThat(text).contains(REVIEW_TEXT.substring(0, 40));
        assertThat(text).contains(advice.kind() == ReviewRule.Kind.MAINTENANCE
                ? "The pain has eased or settled: on average" : "The pain has not eased");
    }

    @Test
    void aPainStopSaysWhereTheSessionStopped() throws IOException {
        Instant at = FIRST.atTime(8, 5).atZone(LONDON).toInstant();
        SessionRecord s = new SessionRecord(1, at, Optional.of(at.plusSeconds(300)), "hip", "Hip exercises",
                Optional.empty(), OptionalInt.of(3), OptionalInt.of(6), SessionRecord.Ending.PAIN_STOP, List.of(),
                Optional.of(new StopPlace("hip-flexor", "Hip flexor stretch", "hold", "left", 2, 3)));

        String text = text(report(input("Hip", FIRST, FIRST, List.of(s), new ReviewRule.NothingYet(14), "")));

        assertThat(text.replace("\n", " ")).contains(
                "2 Mar 2026, 08:05 Hip flexor stretch during the hold, left side, repetition 2 of 3");
        assertThat(text).contains("The review period has not passed yet: 14 days left.");
    }

    @Test
    void anExerciseStoppedDuringIsListedAmongThoseNotFinishedAndAStopAtTheCheckSaysSo() throws IOException {
        Instant at = FIRST.atTime(8, 5).atZone(LONDON).toInstant();
        SessionRecord escaped = new SessionRecord(1, at, Optional.of(at.plusSeconds(300)), "hip", "Hip exercises",
                Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), SessionRecord.Ending.STOPPED,
                List.of(new ExerciseResult(0, "clam", "Clam exercise", ExerciseResult.Outcome.STOPPED, 4, 0, 0, 12)),
                Optional.of(new StopPlace("clam", "Clam exercise", "rep", "right", 5, 12)));
        SessionRecord atCheck = new SessionRecord(2, at.plusSeconds(3600), Optional.of(at.plusSeconds(4000)), "hip",
                "Hip exercises", Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
                SessionRecord.Ending.PAIN_STOP, List.of(),
                Optional.of(new StopPlace("knee-hugs", "Single leg knee hugs", StopPlace.AT_CHECK, "", 0, 0)));

        String text = text(report(input("Hip", FIRST, FIRST, List.of(escaped, atCheck), new ReviewRule.NothingYet(14),
                "")));

        assertThat(text).contains("Exercise Times skipped Times stopped during").contains("Clam exercise 0 1");
        assertThat(text).contains("09:05 Single leg knee hugs at the check before it");
        assertThat(text).doesNotContain("08:05 Clam exercise during");
    }

    @Test
    void sessionsOfARoutineAreCountedAndItsPainStopsNamed() throws IOException {
        Instant at = FIRST.atTime(8, 5).atZone(LONDON).toInstant();
        SessionRecord stopped = new SessionRecord(1, at, Optional.of(at.plusSeconds(300)), "hip", "Hip exercises",
                Optional.of("Hips for Sam"), OptionalInt.of(3), OptionalInt.of(6), SessionRecord.Ending.PAIN_STOP,
                List.of(), Optional.of(new StopPlace("clam", "Clam exercise", "rep", "left", 2, 10, OptionalInt.of(6))));
        SessionRecord done = new SessionRecord(2, at.plusSeconds(3600), Optional.of(at.plusSeconds(4000)), "hip",
                "Hip exercises", Optional.of("Hips for Sam"), OptionalInt.empty(), OptionalInt.empty(),
                SessionRecord.Ending.COMPLETED, List.of(), Optional.empty());

        String text = text(report(input("Hip", FIRST, FIRST, List.of(stopped, done), new ReviewRule.NothingYet(14),
                "")));

        assertThat(text).contains("Routines from the physio played: \u201cHips for Sam\u201d 2 times.");
        assertThat(text.replace("\n", " ")).contains("2 Mar 2026, 08:05 Clam exercise (routine \u201cHips for")
                .contains("pain 6/10, above the physio\u2019s limit");
    }

    @Test
    void aLongPeriodRunsOverSeveralNumberedPages() throws IOException {
        List<SessionRecord> sessions = GeneratedHistory.twiceDaily(FIRST, 730, LONDON, 3);

        byte[] pdf = report(input("Hip exercises", FIRST, FIRST.plusDays(729), sessions,
                new ReviewRule.NothingYet(3), ""));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Page 1 of " + pages).contains("Page " + pages + " of " + pages);
            long completed = sessions.stream().filter(s -> s.ending() == SessionRecord.Ending.COMPLETED).count();
            assertThat(text).contains("Sessions done: " + String.format(Locale.UK, "%,d", completed)
                    + " of the 1,460");
            assertThat(text).contains("Weekly average of the 0-10 pain ratings.");
        }
    }

    @Test
    void aReportWithoutSessionsSaysSo() throws IOException {
        String text = text(report(input("Hip exercises", FIRST, FIRST.plusDays(13), List.of(),
                new ReviewRule.NothingYet(14), REVIEW_TEXT)));

        assertThat(text).contains("Period: 2 March 2026 to 15 March 2026 (14 days)");
        assertThat(text).contains("Sessions done: 0 of the 28 the leaflet suggests (2 a day for 14 days), 0%.");
        assertThat(text).contains("No pain ratings were given in this period.");
        assertThat(text).contains("No session was stopped for pain in this period.");
        assertThat(text).contains("Every exercise started in this period was finished.");
        assertThat(text).contains("14 days left");
    }

    @Test
    void sessionsOutsideThePeriodAreLeftOut() throws IOException {
        List<SessionRecord> sessions = GeneratedHistory.twiceDaily(FIRST, 30, LONDON, 5);

        String text = text(report(input("Hip", FIRST.plusDays(7), FIRST.plusDays(13), sessions,
                new ReviewRule.NothingYet(1), "")));

        long completed = sessions.stream().filter(s -> s.ending() == SessionRecord.Ending.COMPLETED
                && !LocalDate.ofInstant(s.started(), LONDON).isBefore(FIRST.plusDays(7))
                && !LocalDate.ofInstant(s.started(), LONDON).isAfter(FIRST.plusDays(13))).count();
        assertThat(text).contains("Sessions done: " + completed + " of the 14");
    }

    @Test
    void eachAnswerOfTheReviewRuleIsExplained() throws IOException {
        ReviewRule.Window first = new ReviewRule.Window(FIRST, FIRST.plusDays(2), List.of(6, 5));
        ReviewRule.Window last = new ReviewRule.Window(FIRST.plusDays(12), FIRST.plusDays(14), List.of(3, 2));
        ReviewRule.Window one = new ReviewRule.Window(FIRST.plusDays(12), FIRST.plusDays(14), List.of(3));
        ReviewRule.Window none = new ReviewRule.Window(FIRST.plusDays(12), FIRST.plusDays(14), List.of());

        assertThat(adviceText(new ReviewRule.Maintenance(first, last)))
                .contains("The pain has eased or settled: on average 5.5 in the first three days and 2.5 in the last");
        assertThat(adviceText(new ReviewRule.Review(first, last, false)))
                .contains("The pain has not eased: on average 5.5 in the first three days and 2.5");
        assertThat(adviceText(new ReviewRule.Review(first, none, true)))
                .contains("A session was stopped for pain in the last three days.").contains("no rating");
        assertThat(adviceText(new ReviewRule.TooFewRatings(first, one)))
                .contains("Too few pain ratings to tell whether the pain has eased: 2 in the first three days "
                        + "and 1 in the last three").contains("Rating the pain before and after each session");
    }

    @Test
    void textTheFontsCannotShowIsReplacedNotACrash() throws IOException {
        String odd = "Hüft-Übungen × 2 – “gently” ≤ 5 → then 日本語 😀\ttab\nnew line\r\n\u0000end";
        Instant at = FIRST.atTime(9, 0).atZone(LONDON).toInstant();
        ExerciseResult skipped = new ExerciseResult(0, "odd", odd, ExerciseResult.Outcome.SKIPPED, 0, 0, 0, 10);
        SessionRecord s = new SessionRecord(1, at, Optional.of(at.plusSeconds(60)), "odd", odd, Optional.of(odd),
                OptionalInt.of(4), OptionalInt.of(5), SessionRecord.Ending.PAIN_STOP, List.of(skipped),
                Optional.of(new StopPlace("odd", odd, odd, odd, 1, 1)));

        String text = text(report(input(odd, FIRST, FIRST, List.of(s), new ReviewRule.NothingYet(1), odd)));

        // DejaVu has Latin, Greek, Cyrillic, the symbols and even this emoji, but no Japanese.
        assertThat(text.replace("\n", " ")).contains("Hüft-Übungen × 2 – “gently” ≤ 5 → then ??? \uD83D\uDE00");
        assertThat(text).contains("new line");
    }

    @Test
    void missingTextsAreLeftEmpty() throws IOException {
        Instant at = FIRST.atTime(9, 0).atZone(LONDON).toInstant();
        ExerciseResult skipped = new ExerciseResult(0, null, null, ExerciseResult.Outcome.SKIPPED, 0, 0, 0, 10);
        SessionRecord s = new SessionRecord(1, at, Optional.empty(), null, null, Optional.empty(),
                OptionalInt.empty(), OptionalInt.empty(), SessionRecord.Ending.PAIN_STOP, List.of(skipped),
                Optional.of(new StopPlace(null, null, null, null, 0, 0)));

        String text = text(report(input("Hip", FIRST, FIRST, List.of(s), new ReviewRule.NothingYet(1), null)));

        assertThat(text).contains("2 Mar 2026, 09:00").contains("Times skipped");
    }

    @Test
    void everyTextTheReportUsesIsInItsBundleAndNoneIsLeftOver() throws IOException {
        BundleKeys.assertSourcesUseExactly(List.of("src/main/java/org/exerciseplayer/history/PdfReport.java",
                        "src/main/java/org/exerciseplayer/history/PainSeries.java"),
                Pattern.compile("\"(report\\.[a-zA-Z.]+)\""), "org.exerciseplayer.history.report", 20);
    }


    private static String adviceText(ReviewRule.Advice advice) throws IOException {
        return text(report(input("Hip", FIRST, FIRST.plusDays(14), List.of(), advice, ""))).replace("\n", " ")
                .replace("  ", " ");
    }

    private static long weekCompleted(List<SessionRecord> sessions, LocalDate weekStart) {
        return sessions.stream().filter(s -> {
            LocalDate day = LocalDate.ofInstant(s.started(), LONDON);
            return !day.isBefore(weekStart) && day.isBefore(weekStart.plusDays(7))
                    && s.ending() == SessionRecord.Ending.COMPLETED;
        }).count();
    }

    static ReportInput input(String title, LocalDate from, LocalDate to, List<SessionRecord> sessions,
                             ReviewRule.Advice advice, String adviceText) {
        return new ReportInput(title, from, to, sessions, 2, advice, adviceText, LONDON, Locale.UK);
    }

    static byte[] report(ReportInput input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReport.write(input, out);
        return out.toByteArray();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
