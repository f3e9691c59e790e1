package org.exerciseplayer.history;

import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.exerciseplayer.pdf.PdfFonts;
import org.exerciseplayer.pdf.PdfLayout;

/**
 * The report to take to the physio, as a PDF: the period, the review advice that applies today, adherence against
 * the leaflet's sessions a day, a pain chart, the next-morning checks, the pain stops, the skipped exercises and
 * adherence week by week. Texts come from the {@code report} bundle, dates and numbers are written as the
 * catalogue's language writes them ("1 December 2026" in en-GB), and the text is set in DejaVu Sans, embedded, so
 * that Latin, Greek and Cyrillic text prints as written; any other character is replaced, never an error.
 */
public final class PdfReport {

    private final ReportInput input;
    private final ResourceBundle texts;
    private final PdfLayout layout;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter when;

    private PdfReport(ReportInput input, PdfLayout layout) {
        this.input = input;
        this.layout = layout;
        this.texts = ResourceBundle.getBundle("org.exerciseplayer.history.report", input.locale());
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(input.locale());
        this.shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(input.locale());
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(input.locale());
    }

    /** Writes the report to {@code out}, which it does not close. */
    public static void write(ReportInput input, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfReport report = new PdfReport(input, new PdfLayout(document, PdfFonts.dejaVuSans(document), 10, 13));
            report.write();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(report.text("report.title", input.catalogueTitle()));
            document.save(out);
        }
    }

    private void write() throws IOException {
        ReportFigures figures = ReportFigures.of(input);
        layout.title(text("report.title", input.catalogueTitle()));
        layout.paragraph(text("report.period", date(input.from()), date(input.to()), figures.period().days()));
        advice();
        adherence(figures);
        pain(figures);
        mornings(figures);
        stops(figures);
        skipped(figures);
        weeks(figures);
        layout.finish((page, pages) -> text("report.footer", input.catalogueTitle(), date(input.from()),
                date(input.to()), page, pages));
    }

    private String date(LocalDate day) {
        return longDate.format(day);
    }

    private void adherence(ReportFigures figures) throws IOException {
        layout.heading(text("report.adherence.heading"));
        Adherence.Period period = figures.period();
        layout.paragraph(text("report.adherence.summary", period.done(), period.suggested(),
                input.timesPerDayTarget(), period.days(), period.percent()));
        layout.paragraph(text("report.adherence.stopped", period.stoppedForPain(), period.stoppedEarly()));
        if (!figures.routines().isEmpty()) {
            List<String> routines = new ArrayList<>();
            figures.routines().forEach((name, count) -> routines.add(text("report.routines.one", name, count)));
            layout.paragraph(text("report.routines", String.join("; ", routines)));
        }
    }

    private void weeks(ReportFigures figures) throws IOException {
        layout.heading(text("report.weeks.heading"));
        float[] columns = {0, 80, 120, 200, 290, 380};
        layout.row(columns, new String[] {text("report.adherence.week"), text("report.adherence.days"),
                text("report.adherence.sessions"), text("report.adherence.stoppedForPain"),
                text("report.adherence.stoppedEarly"), text("report.adherence.suggested")}, true);
        NumberFormat number = NumberFormat.getIntegerInstance(input.locale());
        for (ReportFigures.Week week : figures.weeks()) {
            Adherence.Period w = week.figures();
            layout.row(columns, new String[] {shortDate.format(week.first()), number.format(w.days()),
                    number.format(w.done()), number.format(w.stoppedForPain()), number.format(w.stoppedEarly()),
                    number.format(w.suggested())}, false);
        }
    }

    private void pain(ReportFigures figures) throws IOException {
        layout.heading(text("report.pain.heading"));
        if (figures.pain().isEmpty()) {
            layout.paragraph(text("report.pain.none"));
            return;
        }
        layout.paragraph(text("report.pain.caption", figures.painDays()));
        PainChart.draw(layout, input, figures.painDays(), figures.pain(), shortDate);
    }

    private void mornings(ReportFigures figures) throws IOException {
        layout.heading(text("report.mornings.heading"));
        if (figures.mornings().isEmpty()) {
            layout.paragraph(text("report.mornings.none"));
            return;
        }
        long worse = figures.mornings().stream().filter(MorningCheck::isWorse).count();
        layout.paragraph(text("report.mornings.summary", figures.mornings().size(), worse));
        float[] columns = {0, 130, 290};
        layout.row(columns, new String[] {text("report.mornings.day"), text("report.mornings.answer"),
                text("report.mornings.rating")}, true);
        for (MorningCheck check : figures.mornings()) {
            String rating = check.rating().isEmpty() ? ""
                    : check.comparedWith().isPresent()
                    ? text("report.mornings.ratingCompared", check.rating().getAsInt(), check.comparedWith().getAsInt())
                    : text("report.mornings.ratingAlone", check.rating().getAsInt());
            layout.row(columns, new String[] {shortDate.format(check.day()),
                    answer(check.answer()), rating}, false);
        }
    }

    private String answer(MorningCheck.Answer answer) {
        return switch (answer) {
            case BETTER -> text("report.mornings.answer.BETTER");
            case SAME -> text("report.mornings.answer.SAME");
            case WORSE -> text("report.mornings.answer.WORSE");
            case RATED -> text("report.mornings.answer.RATED");
        };
    }

    private void stops(ReportFigures figures) throws IOException {
        layout.heading(text("report.stops.heading"));
        if (figures.stops().isEmpty()) {
            layout.paragraph(text("report.stops.none"));
            return;
        }
        float[] columns = {0, 115, 290};
        layout.row(columns, new String[] {text("report.stops.when"), text("report.stops.exercise"),
                text("report.stops.where")}, true);
        for (ReportFigures.Stop stop : figures.stops()) {
            String exercise = stop.where().exerciseName();
            if (stop.routine().isPresent()) {
                exercise = text("report.stops.inRoutine", exercise, stop.routine().get());
            }
            layout.row(columns, new String[] {when.format(stop.at()), exercise, where(stop.where())}, false);
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
        NumberFormat number = NumberFormat.getIntegerInstance(input.locale());
        for (ReportFigures.Skipped skipped : figures.skipped()) {
            layout.row(columns, new String[] {skipped.exerciseName(), number.format(skipped.times()),
                    number.format(skipped.stoppedDuring())}, false);
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
            if (review.worseNextMorning()) {
                layout.paragraph(text("report.advice.reviewWorseMorning"));
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
