package org.exerciseplayer.ui.progress;

import atlantafx.base.theme.Styles;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.ScreenLayout;

/** The progress screen: calendar, pain chart, streak, each exercise's history, pain stops and the advice. */
public final class ProgressView {

    private final ProgressViewModel model;
    private final String adviceText;
    private final Runnable onBack;
    private final List<Button> actions;

    /**
     * @param adviceText the review or maintenance advice that applies now, or empty
     * @param actions    extra footer buttons, such as the exports
     */
    public ProgressView(ProgressViewModel model, String adviceText, Runnable onBack, List<Button> actions) {
        this.model = model;
        this.adviceText = adviceText;
        this.onBack = onBack;
        this.actions = List.copyOf(actions);
    }

    public Parent createView() {
        Label title = new Label(model.title());
        title.getStyleClass().add(Styles.TITLE_1);
        title.setWrapText(true);
        Label adherence = new Label(model.adherenceText());
        adherence.setId("progress-adherence");
        adherence.getStyleClass().add(Styles.TITLE_4);
        Label streak = new Label(model.streakText());
        streak.setId("progress-streak");
        VBox content = new VBox(14, title, adherence, streak);
        if (!adviceText.isEmpty()) {
            Label advice = new Label(adviceText);
            advice.setId("progress-advice");
            advice.setWrapText(true);
            advice.getStyleClass().add(Styles.TITLE_4);
            VBox box = new VBox(advice);
            box.getStyleClass().add("advice-box");
            content.getChildren().add(box);
        }
        content.getChildren().addAll(heading("progress.calendar"), calendar(), heading("progress.pain"));
        if (model.painBefore().isEmpty() && model.painAfter().isEmpty()) {
            content.getChildren().add(muted(Messages.get("progress.pain.none")));
        } else {
            content.getChildren().add(painChart());
        }
        content.getChildren().addAll(heading("progress.exercises"), exercises(), heading("progress.painStops"));
        List<String> stops = model.painStops();
        if (stops.isEmpty()) {
            content.getChildren().add(muted(Messages.get("progress.painStops.none")));
        }
        VBox stopLines = new VBox(4);
        stopLines.setId("progress-pain-stops");
        stops.forEach(line -> stopLines.getChildren().add(new Label("\u26A0 " + line)));
        content.getChildren().add(stopLines);

        Button back = ScreenLayout.mainButton("progress-back", Messages.get("progress.back"),
                Messages.get("progress.back.tooltip"), onBack);
        back.setCancelButton(true);
        return ScreenLayout.screen("progress", content, back, actions.toArray(Node[]::new));
    }

    private static Label heading(String key) {
        Label heading = new Label(Messages.get(key));
        heading.getStyleClass().addAll(Styles.TITLE_3, "section-heading");
        return heading;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    private GridPane calendar() {
        GridPane grid = new GridPane();
        grid.setId("progress-calendar");
        grid.setHgap(6);
        grid.setVgap(6);
        for (int column = 0; column < 7; column++) {
            Label day = new Label(DayOfWeek.of(column + 1).getDisplayName(TextStyle.SHORT, Locale.getDefault()));
            day.getStyleClass().add(Styles.TEXT_MUTED);
            GridPane.setHalignment(day, HPos.CENTER);
            grid.add(day, column, 0);
            ColumnConstraints constraints = new ColumnConstraints(64, 80, 120);
            constraints.setHgrow(Priority.SOMETIMES);
            grid.getColumnConstraints().add(constraints);
        }
        List<ProgressViewModel.Day> days = model.calendar();
        for (int i = 0; i < days.size(); i++) {
            ProgressViewModel.Day day = days.get(i);
            Label date = new Label(Integer.toString(day.date().getDayOfMonth()));
            date.getStyleClass().add(Styles.TEXT_SMALL);
            String mark = switch (day.state()) {
                case MET -> "\u2714 ";
                case SOME -> "\u25D1 ";
                case NONE -> "\u25CB ";
                case FUTURE -> "";
            };
            Label count = new Label(mark + day.text());
            count.getStyleClass().add(Styles.TEXT_BOLD);
            VBox cell = new VBox(2, date, count);
            cell.setAlignment(Pos.CENTER);
            cell.getStyleClass().addAll("calendar-day", "day-" + day.state().name().toLowerCase(Locale.ROOT));
            if (day.date().equals(model.today())) {
                cell.getStyleClass().add("today");
            }
            cell.setAccessibleRole(AccessibleRole.TEXT);
            cell.setAccessibleText(day.accessibleText());
            Tooltip.install(cell, new Tooltip(day.accessibleText()));
            grid.add(cell, i % 7, 1 + i / 7);
        }
        return grid;
    }

    private LineChart<Number, Number> painChart() {
        NumberAxis days = new NumberAxis();
        days.setLabel(Messages.get("progress.pain.days"));
        days.setForceZeroInRange(true);
        NumberAxis pain = new NumberAxis(0, 10, 1);
        pain.setLabel(Messages.get("progress.pain.scale"));
        LineChart<Number, Number> chart = new LineChart<>(days, pain);
        chart.setId("progress-pain-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefHeight(320);
        chart.setMinHeight(240);
        chart.getData().add(series(Messages.get("progress.pain.before"), model.painBefore()));
        chart.getData().add(series(Messages.get("progress.pain.after"), model.painAfter()));
        chart.setAccessibleText(Messages.get("progress.pain.accessible", model.painBefore().size(),
                model.painAfter().size()));
        return chart;
    }

    private static XYChart.Series<Number, Number> series(String name, List<ProgressViewModel.PainPoint> points) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        points.forEach(p -> series.getData().add(new XYChart.Data<>(p.day(), p.pain())));
        return series;
    }

    private GridPane exercises() {
        GridPane table = new GridPane();
        table.setId("progress-exercise-table");
        table.setHgap(18);
        table.setVgap(4);
        String[] headings = {"progress.table.exercise", "progress.table.done", "progress.table.skipped",
            "progress.table.stopped", "progress.table.last"};
        for (int column = 0; column < headings.length; column++) {
            Label heading = new Label(Messages.get(headings[column]));
            heading.getStyleClass().add(Styles.TEXT_BOLD);
            table.add(heading, column, 0);
        }
        int row = 1;
        for (ProgressViewModel.ExerciseLine line : model.exercises()) {
            table.addRow(row++, new Label(line.name()), new Label(Integer.toString(line.done())),
                    new Label(Integer.toString(line.skipped())), new Label(Integer.toString(line.stopped())),
                    new Label(line.lastDone()));
        }
        return table;
    }
}
