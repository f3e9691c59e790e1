package org.exerciseplayer.ui.progress;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.exerciseplayer.history.Adherence;
import org.exerciseplayer.history.PainSeries;
import org.exerciseplayer.ui.Messages;

/**
 * The progress screen's pain chart: the report's series ({@link PainSeries}), drawn the report's way (before: solid
 * line, filled squares; after: dashed line, open circles; app.css, "Progress"), over the report's period, with the
 * report's legend and dates along the axis.
 */
final class PainChartView {

    private PainChartView() {
    }

    static LineChart<Number, Number> create(ProgressViewModel model) {
        Adherence.Period period = model.period();
        long from = period.from().toEpochDay();
        long to = Math.max(period.to().toEpochDay(), from + 1);
        NumberAxis days = new NumberAxis(from, to, Math.max(1, (to - from) / 6));
        days.setLabel(Messages.get("progress.pain.days"));
        days.setMinorTickVisible(false);
        days.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return model.shortDate(LocalDate.ofEpochDay(Math.round(epochDay.doubleValue())));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("the axis only shows dates");
            }
        });
        NumberAxis pain = new NumberAxis(0, 10, 1);
        pain.setLabel(Messages.get("progress.pain.scale"));
        LineChart<Number, Number> chart = new LineChart<>(days, pain);
        chart.setId("progress-pain-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        // Tall enough for the axis's words at any text size (app.css: 20em, at least 16em).
        chart.getStyleClass().add("pain-chart");
        List<PainSeries.Point> points = model.pain();
        int before = 0;
        int after = 0;
        for (PainSeries series : PainSeries.values()) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(series.legend(model.locale()));
            for (PainSeries.Point point : points) {
                series.of(point).ifPresent(v -> line.getData().add(new XYChart.Data<>(point.day().toEpochDay(), v)));
            }
            if (series == PainSeries.BEFORE) {
                before = line.getData().size();
            } else {
                after = line.getData().size();
            }
            chart.getData().add(line);
        }
        chart.setAccessibleText(Messages.get("progress.pain.accessible", before, after));
        return chart;
    }
}
