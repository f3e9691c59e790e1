package org.exerciseplayer.history;

import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.exerciseplayer.pdf.PdfLayout;

/**
 * The report to take to the physio, as a PDF: the period, the review advice that applies today, adherence against
 * the leaflet's sessions a day, a pain chart, the pain stops, the skipped exercises and adherence week by week.
 * Texts come from the {@code report} bundle; any text, whatever its characters, is written without error.
 */
public final class PdfReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportInput input;
    private final ResourceBundle texts;
    private final PdfLayout layout;

    private PdfReport(ReportInput input, PdfLayout layout) {
        this.input = input;
        this.layout = layout;
        this.texts = ResourceBundle.getBundle("org.exerciseplayer.history.report", input.locale());
    }

    /** Writes the report to {@code out}, which it does not close. */
    public static void write(ReportInput input, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfReport report = new PdfReport(input, new PdfLayout(document));
            report.write();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(report.text("report.title", input.catalogueTitle()));
            document.save(out);
        }
    }

    private void write() throws IOException {
        ReportFigures figures = ReportFigures.of(input);
        layout.title(text("report.title", input.catalogueTitle()));
        layout.paragraph(text("report.period", input.from().toString(), input.to().toString(), figures.days()));
        advice();
        adherence(figures);
        pain(figures);
        stops(figures);
        skipped(figures);
        weeks(figures);
        layout.finish((page, pages) -> text("report.footer", input.catalogueTitle(), input.from().toString(),
                input.to().toString(), page, pages));
    }

    private void adherence(ReportFigures figures) throws IOException {
        layout.heading(text("report.adherence.heading"));
        long percent = Math.round(100.0 * figures.sessions() / figures.suggested());
        layout.paragraph(text("report.adherence.summary", figures.sessions(), figures.suggested(),
                input.timesPerDayTarget(), figures.days(), percent, figures.completed()));
        if (!figures.routines().isEmpty()) {
            List<String> routines = new ArrayList<>();
            figures.routines().forEach((name, count) -> routines.add(text("report.routines.one", name, count)));
            layout.paragraph(text("report.routines", String.join("; ", routines)));
        }
    }

    private void weeks(ReportFigures figures) throws IOException {
        layout.heading(text("report.weeks.heading"));
        float[] columns = {0, 90, 140, 240, 350};
        layout.row(columns, new String[] {text("report.adherence.week"), text("report.adherence.days"),
                text("report.adherence.sessions"), text("report.adherence.completed"),
                text("report.adherence.suggested")}, true);
        for (ReportFigures.Week week : figures.weeks()) {
            layout.row(columns, new String[] {week.first().toString(), Integer.toString(week.days()),
                    Integer.toString(week.sessions()), Integer.toString(week.completed()),
                    Integer.toString(week.suggested())}, false);
        }
    }

    private void pain(ReportFigures figures) throws IOException {
        layout.heading(text("report.pain.heading"));
        if (figures.pain().isEmpty()) {
            layout.paragraph(text("report.pain.none"));
            return;
        }
        layout.paragraph(text("report.pain.caption", figures.painDays()));
        PainChart.draw(layout, input, figures.painDays(), figures.pain(), text("report.pain.before"), text("report.pain.after"));
    }

    private void stops(ReportFigures figures) throws IOException {
        layout.heading(text("report.stops.heading"));
        if (figures.stops().isEmpty()) {
            layout.paragraph(text("report.stops.none"));
            return;
        }
        float[] columns = {0, 100, 290};
        layout.row(columns, new String[] {text("report.stops.when"), text("report.stops.exercise"),
                text("report.stops.where")}, true);
        for (ReportFigures.Stop stop : figures.stops()) {
            String exercise = stop.where().exerciseName();
            if (stop.routine().isPresent()) {
                exercise = text("report.stops.inRoutine", exercise, stop.routine().get());
            }
            layout.row(columns, new String[] {WHEN.format(stop.at()), exercise, where(stop.where())}, false);
        }
    }

    private String where(StopPlace stop) {
        List<String> parts = new ArrayList<>();
        if (stop.atCheck()) {
            parts.add(text("report.stops.atCheck"));
        } else if (stop.phase() != null && !stop.phase().isBlank()) {
            parts.add(text("report.stops.phase", stop.phase()));
        }
        if (stop.side() != null && !stop.side().isBlank()) {
            parts.add(text("report.stops.side", stop.side()));
        }
        if (stop.repetition() > 0) {
            parts.add(text("report.stops.repetition", stop.repetition(), stop.of()));
        }
        if (stop.rating() != null && stop.rating().isPresent()) {
            parts.add(text("report.stops.rating", stop.rating().getAsInt()));
        }
        return String.join(", ", parts);
    }

    private void skipped(ReportFigures figures) throws IOException {
        layout.heading(text("report.skipped.heading"));
        if (figures.skipped().isEmpty()) {
            layout.paragraph(text("report.skipped.none"));
            return;
        }
        float[] columns = {0, 250, 360};
        layout.row(columns, new String[] {text("report.skipped.exercise"), text("report.skipped.times"),
                text("report.skipped.stoppedDuring")}, true);
        for (ReportFigures.Skipped skipped : figures.skipped()) {
            layout.row(columns, new String[] {skipped.exerciseName(), Integer.toString(skipped.times()),
                    Integer.toString(skipped.stoppedDuring())}, false);
        }
    }

    private void advice() throws IOException {
        layout.heading(text("report.advice.heading"));
        if (!input.adviceText().isBlank()) {
            layout.paragraph(input.adviceText());
            layout.skip(4);
        }
        ReviewRule.Advice advice = input.advice();
        if (advice instanceof ReviewRule.NothingYet nothingYet) {
            layout.paragraph(text("report.advice.nothingYet", nothingYet.daysLeft()));
        } else if (advice instanceof ReviewRule.TooFewRatings tooFew) {
            layout.paragraph(text("report.advice.tooFew", tooFew.firstDays().count(), tooFew.lastDays().count()));
        } else if (advice instanceof ReviewRule.Review review) {
            if (review.painStopInLastDays()) {
                layout.paragraph(text("report.advice.reviewPainStop"));
            }
            if (review.firstDays().count() > 0 || review.lastDays().count() > 0) {
                layout.paragraph(text("report.advice.review", average(review.firstDays().average()),
                        average(review.lastDays().average())));
            }
        } else if (advice instanceof ReviewRule.Maintenance maintenance) {
            layout.paragraph(text("report.advice.maintenance", average(maintenance.firstDays().average()),
                    average(maintenance.lastDays().average())));
        }
    }

    private String average(OptionalDouble average) {
        if (average.isEmpty()) {
            return text("report.advice.noAverage");
        }
        NumberFormat format = NumberFormat.getNumberInstance(input.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(average.getAsDouble());
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), input.locale()).format(arguments);
    }
}
