package org.exerciseplayer.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.exerciseplayer.history.CsvExport;
import org.exerciseplayer.history.GeneratedHistory;
import org.exerciseplayer.history.PdfReport;
import org.exerciseplayer.history.ReportInput;
import org.exerciseplayer.history.ReviewRule;
import org.exerciseplayer.history.SessionRecord;

/**
 * How long the physio report takes for ten years of twice-daily sessions (7,300 sessions of 14 exercises, made
 * in memory), against two baselines measured in the same run: the report for one year, and the CSV export of the
 * same ten years. Not a test: run {@code bench/report.sh [warm-up runs] [measured runs]} (defaults 10 and 30).
 */
public final class ReportBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final LocalDate FIRST = LocalDate.of(2016, 1, 4);

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<SessionRecord> tenYears = GeneratedHistory.twiceDaily(FIRST, 3650, ZONE, 42);
        List<SessionRecord> oneYear = tenYears.subList(0, 730);
        int results = tenYears.stream().mapToInt(s -> s.exercises().size()).sum();
        System.out.printf("data: %,d sessions, %,d exercise results (ten years); %,d sessions (one year)%n",
                tenYears.size(), results, oneYear.size());

        ReportInput tenYearReport = input(tenYears, 3650);
        ReportInput oneYearReport = input(oneYear, 365);
        long coldStart = System.nanoTime();
        pdf(tenYearReport);
        double cold = (System.nanoTime() - coldStart) / 1e6;
        long[] pdf10 = time(warmUp, runs, () -> pdf(tenYearReport));
        long[] pdf1 = time(warmUp, runs, () -> pdf(oneYearReport));
        long[] csv10 = time(warmUp, runs, () -> csv(tenYears));
        long[] rule10 = time(warmUp, runs, () -> advice(tenYears).kind().ordinal());

        System.out.printf("report: ten years %,d bytes, %d pages; one year %,d bytes, %d pages; CSV ten years %,d "
                + "characters%n", pdf(tenYearReport), pages(tenYearReport), pdf(oneYearReport), pages(oneYearReport),
                csv(tenYears));
        System.out.printf("each kind in turn: %d warm-up runs, then %d measured runs; ms:%n", warmUp, runs);
        System.out.printf("%-34s %9s %9s %9s%n", "", "median", "min", "max");
        print("PDF report, ten years", pdf10);
        print("PDF report, one year (baseline)", pdf1);
        print("CSV export, ten years (baseline)", csv10);
        print("review rule, ten years", rule10);
        System.out.printf("first PDF report in this JVM (ten years, cold): %.1f ms%n", cold);
        System.out.printf("ratio PDF ten years / PDF one year: %.2f%n", median(pdf10) / median(pdf1));
        System.out.printf("ratio PDF ten years / CSV ten years: %.2f%n", median(pdf10) / median(csv10));
    }

    private static ReportInput input(List<SessionRecord> sessions, int days) {
        return new ReportInput("Hip exercises", FIRST, FIRST.plusDays(days - 1), sessions, 2, advice(sessions),
                "Once your symptoms are controlled it's worth getting into the habit of doing them once or twice a "
                        + "day to reduce the risk of symptoms coming back.", ZONE, Locale.UK);
    }

    private static ReviewRule.Advice advice(List<SessionRecord> sessions) {
        Instant now = sessions.get(sessions.size() - 1).started().plusSeconds(3600);
        return ReviewRule.evaluate(sessions, 14, now, ZONE);
    }

    private static long pdf(ReportInput input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        PdfReport.write(input, out);
        return out.size();
    }

    private static int pages(ReportInput input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        PdfReport.write(input, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return document.getNumberOfPages();
        }
    }

    private static long csv(List<SessionRecord> sessions) throws IOException {
        StringWriter out = new StringWriter(1 << 24);
        CsvExport.write(sessions, ZONE, out);
        return out.getBuffer().length();
    }

    private interface Work {
        long run() throws IOException;
    }

    private static long[] time(int warmUp, int runs, Work work) throws IOException {
        long sink = 0;
        for (int i = 0; i < warmUp; i++) {
            sink += work.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += work.run();
            nanos[i] = System.nanoTime() - start;
        }
        if (sink == 42) {
            System.out.println();
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double median(long[] sorted) {
        return sorted[sorted.length / 2] / 1e6;
    }

    private static void print(String what, long[] sorted) {
        System.out.printf("%-34s %9.1f %9.1f %9.1f%n", what, median(sorted), sorted[0] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
