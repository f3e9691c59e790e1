package org.exerciseplayer.history;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.exerciseplayer.pdf.PdfLayout;

/**
 * The pain chart: the average (daily, weekly or monthly, see {@link PainSeries#points}) of the ratings before
 * sessions and after them on a 0-10 axis over the period, each series drawn as {@link PainSeries} says (the
 * progress screen draws the same): before, a solid line with filled squares; after, a dashed line with open
 * circles. Black on white, so it survives a photocopier: the
 * two series differ by dash and marker, not colour. Every point has its marker, smaller where points are close
 * together; a gap of more than one point's span without ratings breaks the line.
 */
final class PainChart {

    static final float HEIGHT = 190;
    private static final float LEFT = 28;
    private static final float BOTTOM = 30;

    private PainChart() {
    }

    /** Draws the chart and its legend with its top at the layout's current line, and moves below it. */
    static void draw(PdfLayout layout, ReportInput input, int painDays, List<PainSeries.Point> pain,
                     java.time.format.DateTimeFormatter dates) throws IOException {
        layout.ensureSpace(HEIGHT + 13 + 2 * layout.line());
        PDPageContentStream c = layout.content();
        float top = layout.y() - 6;
        float x0 = PdfLayout.MARGIN + LEFT;
        float y0 = top - HEIGHT + BOTTOM;
        float plotWidth = layout.width() - LEFT - 10;
        float plotHeight = HEIGHT - BOTTOM - 6;
        long days = ChronoUnit.DAYS.between(input.from(), input.to());
        Function<LocalDate, Float> xOf = day -> x0 + (days == 0 ? plotWidth / 2
                : plotWidth * ChronoUnit.DAYS.between(input.from(), day) / days);

        c.setLineWidth(0.3f);
        c.setLineDashPattern(new float[0], 0);
        for (int level = 0; level <= 10; level += 2) {
            float y = y0 + plotHeight * level / 10;
            c.moveTo(x0, y);
            c.lineTo(x0 + plotWidth, y);
        }
        c.stroke();
        c.setLineWidth(0.8f);
        c.moveTo(x0, y0);
        c.lineTo(x0, y0 + plotHeight);
        int ticks = (int) Math.min(days, 5);
        for (int t = 0; t <= ticks; t++) {
            float x = xOf.apply(input.from().plusDays(ticks == 0 ? 0 : days * t / ticks));
            c.moveTo(x, y0);
            c.lineTo(x, y0 - 3);
        }
        c.stroke();
        for (int level = 0; level <= 10; level += 2) {
            layout.show(Integer.toString(level), layout.regular(), 8, x0 - 14, y0 + plotHeight * level / 10 - 3);
        }
        for (int t = 0; t <= ticks; t++) {
            LocalDate day = input.from().plusDays(ticks == 0 ? 0 : days * t / ticks);
            float x = xOf.apply(day);
            String label = dates.format(day);
            float w = layout.textWidth(label, layout.regular(), 8);
            layout.show(label, layout.regular(), 8, Math.min(Math.max(x - w / 2, x0 - LEFT),
                    x0 + plotWidth - w), y0 - 13);
        }

        float spacing = days == 0 ? plotWidth : plotWidth * painDays / days;
        float markers = Math.max(0.5f, Math.min(1f, spacing / 7));
        series(c, pain, PainSeries.BEFORE, xOf, y0, plotHeight, markers, painDays);
        series(c, pain, PainSeries.AFTER, xOf, y0, plotHeight, markers, painDays);

        float legendY = y0 - 27;
        legend(layout, x0, legendY, PainSeries.BEFORE, PainSeries.BEFORE.legend(input.locale()));
        // Beside the first when both fit on the line, else below it (DejaVu is wider than Helvetica was).
        String before = PainSeries.BEFORE.legend(input.locale());
        float afterX = Math.max(x0 + plotWidth / 2, x0 + 36 + layout.textWidth(before, layout.regular(), 9) + 18);
        String after = PainSeries.AFTER.legend(input.locale());
        boolean fits = afterX + 36 + layout.textWidth(after, layout.regular(), 9) <= x0 + plotWidth;
        legend(layout, fits ? afterX : x0, fits ? legendY : legendY - 13, PainSeries.AFTER, after);
        layout.skip(HEIGHT + 6 + (fits ? 0 : 13));
    }

    private static void series(PDPageContentStream c, List<PainSeries.Point> pain, PainSeries series,
                               Function<LocalDate, Float> xOf, float y0, float plotHeight,
                               float markers, int painDays) throws IOException {
        style(c, series);
        LocalDate previous = null;
        boolean drawn = false;
        for (PainSeries.Point day : pain) {
            Optional<Double> v = series.of(day);
            if (v.isEmpty()) {
                continue;
            }
            float x = xOf.apply(day.day());
            float y = y0 + (float) (plotHeight * v.get() / 10);
            if (previous != null && ChronoUnit.DAYS.between(previous, day.day()) <= 2L * painDays) {
                c.lineTo(x, y);
            } else {
                c.moveTo(x, y);
            }
            previous = day.day();
            drawn = true;
        }
        if (drawn) {
            c.stroke();
        }
        if (drawn) {
            c.setLineDashPattern(new float[0], 0);
            for (PainSeries.Point day : pain) {
                Optional<Double> v = series.of(day);
                if (v.isPresent()) {
                    marker(c, xOf.apply(day.day()), y0 + (float) (plotHeight * v.get() / 10), series, markers);
                }
            }
        }
    }

    private static void style(PDPageContentStream c, PainSeries series) throws IOException {
        c.setLineWidth(series.dashed() ? 1.0f : 1.4f);
        c.setLineDashPattern(series.dashed() ? new float[] {4, 3} : new float[0], 0);
    }

    /** The series' marker: a filled square or an open circle; {@code scale} 1 is 5 points across. */
    private static void marker(PDPageContentStream c, float x, float y, PainSeries series, float scale)
            throws IOException {
        if (series.marker() == PainSeries.Marker.FILLED_SQUARE) {
            c.addRect(x - 2.5f * scale, y - 2.5f * scale, 5 * scale, 5 * scale);
            c.fill();
            return;
        }
        float r = 2.8f * scale;
        float k = 0.552f * r;
        c.setNonStrokingColor(1f);
        c.moveTo(x + r, y);
        c.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        c.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        c.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        c.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        c.closePath();
        c.fillAndStroke();
        c.setNonStrokingColor(0f);
    }

    private static void legend(PdfLayout layout, float x, float y, PainSeries series, String label)
            throws IOException {
        PDPageContentStream c = layout.content();
        style(c, series);
        c.moveTo(x, y + 3);
        c.lineTo(x + 30, y + 3);
        c.stroke();
        c.setLineDashPattern(new float[0], 0);
        marker(c, x + 15, y + 3, series, 1);
        layout.show(label, layout.regular(), 9, x + 36, y);
    }
}
