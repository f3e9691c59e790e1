package org.exerciseplayer.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.history.Adherence;
import org.exerciseplayer.history.CsvExport;
import org.exerciseplayer.history.GeneratedHistory;
import org.exerciseplayer.history.PdfReport;
import org.exerciseplayer.history.ReportInput;
import org.exerciseplayer.history.ReviewRule;
import org.exerciseplayer.history.SessionRecord;
import org.junit.jupiter.api.Test;

/**
 * A generated year of history (gaps, pain stops, sessions stopped early, one or two sessions a day, a move from New
 * York to London) gives the same adherence on the progress screen, in the CSV and in the report.
 */
class AdherenceAgreesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 5);

    @Test
    void theScreenTheCsvAndTheReportCountTheSameDaysAndTheSameDoneSessions() throws Exception {
        Catalogue hip = BundledCatalogue.load();
        List<SessionRecord> year = GeneratedHistory.year(FIRST, NEW_YORK, LONDON, FIRST.plusDays(300), 16);
        LocalDate today = FIRST.plusDays(364);
        ProgressViewModel screen = new ProgressViewModel(hip, year, today, LONDON);
        Adherence.Period period = screen.period();

        // The CSV, read back as a spreadsheet would: done and pain-stopped sessions by their "date" column.
        StringWriter csv = new StringWriter();
        CsvExport.write(screen.sessions(), LONDON, csv);
        Map<LocalDate, Set<String>> doneByDay = new HashMap<>();
        Map<LocalDate, Set<String>> painByDay = new HashMap<>();
        for (List<String> row : rows(csv.toString()).subList(1, rows(csv.toString()).size())) {
            LocalDate day = LocalDate.parse(row.get(1));
            String countsAs = row.get(row.size() - 1);
            if (countsAs.equals("done")) {
                doneByDay.computeIfAbsent(day, d -> new TreeSet<>()).add(row.get(0));
            } else if (countsAs.equals("stopped for pain")) {
                painByDay.computeIfAbsent(day, d -> new TreeSet<>()).add(row.get(0));
            }
        }
        int csvDone = 0;
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            csvDone += doneByDay.getOrDefault(day, Set.of()).size();
        }

        // The report, for the same period.
        ReportInput input = new ReportInput(hip.title(), period.from(), today, screen.sessions(), screen.target(),
                new ReviewRule.NothingYet(0), "", LONDON, screen.locale());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfReport.write(input, pdf);
        String report;
        try (var document = Loader.loadPDF(pdf.toByteArray())) {
            report = new PDFTextStripper().getText(document).replace("\n", " ");
        }

        assertThat(year).hasSizeGreaterThan(500);
        assertThat(period.done()).isEqualTo(csvDone).isPositive();
        assertThat(period.stoppedForPain() + period.stoppedEarly()).as("some sessions were stopped").isPositive();
        assertThat(screen.adherenceText()).isEqualTo("In the last 12 weeks: " + period.done()
                + " sessions done of the " + period.suggested() + " suggested (twice a day), " + period.percent()
                + "%");
        assertThat(report).contains("Sessions done: " + period.done() + " of the " + period.suggested()
                + " the leaflet suggests (2 a day for " + period.days() + " days), " + period.percent() + "%.");
        assertThat(report).contains("Stopped for pain: " + period.stoppedForPain() + ". Stopped early (Esc, the "
                + "window closed): " + period.stoppedEarly() + ".");
        for (ProgressViewModel.Day day : screen.calendar()) {
            if (!day.date().isAfter(today)) {
                assertThat(day.sessions()).as("done on %s", day.date())
                        .isEqualTo(doneByDay.getOrDefault(day.date(), Set.of()).size());
                assertThat(day.stoppedForPain()).as("stopped for pain on %s", day.date())
                        .isEqualTo(painByDay.getOrDefault(day.date(), Set.of()).size());
            }
        }
        DateTimeFormatter week = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(screen.locale());
        for (LocalDate first = period.from(); !first.isAfter(today); first = first.plusDays(7)) {
            int days = (int) Math.min(7, java.time.temporal.ChronoUnit.DAYS.between(first, today) + 1);
            int done = 0;
            int pain = 0;
            for (int d = 0; d < days; d++) {
                done += doneByDay.getOrDefault(first.plusDays(d), Set.of()).size();
                pain += painByDay.getOrDefault(first.plusDays(d), Set.of()).size();
            }
            assertThat(report).as("the week from %s", first).contains(week.format(first) + " " + days + " " + done
                    + " " + pain + " ");
        }
    }

    @Test
    void aMoveAcrossTimeZonesPutsAnEveningSessionOnTheDayItIsInThePersonsZoneNow() {
        List<SessionRecord> year = GeneratedHistory.year(FIRST, NEW_YORK, LONDON, FIRST.plusDays(300), 16);
        // 19:00 in New York is midnight in London: those sessions belong to the next day, on screen as in the CSV.
        Optional<SessionRecord> evening = year.stream()
                .filter(s -> s.started().atZone(NEW_YORK).getHour() == 19 && s.started().isBefore(
                        FIRST.plusDays(300).atStartOfDay(NEW_YORK).toInstant())).findFirst();

        assertThat(evening).isPresent();
        assertThat(Adherence.day(evening.get(), LONDON))
                .isEqualTo(evening.get().started().atZone(NEW_YORK).toLocalDate().plusDays(1));
    }

    /** RFC 4180 rows (quoted fields, doubled quotes, CRLF). */
    static List<List<String>> rows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
