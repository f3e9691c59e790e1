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
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
        adherence.setWrapText(true);
        Label streak = new Label(model.streakText());
        streak.setId("progress-streak");
        VBox content = new VBox(14, title, adherence, streak);
        if (!model.stoppedText().isEmpty()) {
            Label stopped = new Label(model.stoppedText());
            stopped.setId("progress-stopped");
            stopped.setWrapText(true);
            content.getChildren().add(stopped);
        }
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
        if (model.pain().isEmpty()) {
            content.getChildren().add(muted(Messages.get("progress.pain.none")));
        } else {
            content.getChildren().add(PainChartView.create(model));
        }
        content.getChildren().add(heading("progress.mornings"));
        VBox mornings = new VBox(4);
        mornings.setId("progress-mornings");
        model.morningLines().forEach(line -> mornings.getChildren().add(new Label(line)));
        if (model.morningLines().isEmpty()) {
            mornings.getChildren().add(muted(Messages.get("progress.mornings.none")));
        }
        content.getChildren().add(mornings);
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
            Label day = new Label(DayOfWeek.of(column + 1).getDisplayName(TextStyle.SHORT, model.locale()));
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
                case FUTURE, BEFORE_START -> "";
            };
            Label count = new Label(mark + day.text());
            count.getStyleClass().add(Styles.TEXT_BOLD);
            VBox cell = new VBox(2, date, count);
            if (day.stoppedForPain() > 0) {
                // A pain stop is shown as what it was, beside (never inside) the count of done sessions.
                Label stopped = new Label("\u26A0 " + day.stoppedForPain());
                stopped.getStyleClass().addAll(Styles.TEXT_SMALL, "day-pain-stop");
                cell.getChildren().add(stopped);
            }
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
            Label name = new Label(line.name());
            name.setWrapText(true);
            name.setMinWidth(0);
            table.addRow(row++, name, new Label(Integer.toString(line.done())),
                    new Label(Integer.toString(line.skipped())), new Label(Integer.toString(line.stopped())),
                    new Label(line.lastDone()));
        }
        // With large text the names wrap; the numbers, the dates and the headings keep their whole words.
        ColumnConstraints names = new ColumnConstraints();
        names.setHgrow(Priority.ALWAYS);
        names.setMinWidth(120);
        table.getColumnConstraints().add(names);
        for (int column = 1; column < headings.length; column++) {
            ColumnConstraints numbers = new ColumnConstraints();
            numbers.setMinWidth(Region.USE_PREF_SIZE);
            table.getColumnConstraints().add(numbers);
        }
        return table;
    }
}
