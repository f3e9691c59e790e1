package org.exerciseplayer.ui.reminders;

import atlantafx.base.theme.Styles;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.exerciseplayer.ui.Messages;

/**
 * The Reminders dialog, built in code over {@link RemindersViewModel}: Tab moves through the times, the two
 * switches and the buttons, Space ticks, Enter saves, Esc closes without saving.
 */
public final class RemindersDialog {

    private RemindersDialog() {
    }

    public static Dialog<ButtonType> create(RemindersViewModel model, Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("reminders.title"));
        dialog.setHeaderText(Messages.get("reminders.header"));

        Label timesLabel = new Label(Messages.get("reminders.times"));
        TextField times = new TextField();
        times.setId("reminders-times");
        times.textProperty().bindBidirectional(model.timesProperty());
        times.setPromptText("08:00,18:00");
        times.setAccessibleText(Messages.get("reminders.times"));
        timesLabel.setLabelFor(times);
        Label defaults = new Label(model.defaultsText());
        defaults.getStyleClass().add(Styles.TEXT_MUTED);
        Label problem = new Label();
        problem.setId("reminders-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        CheckBox notify = new CheckBox(Messages.get("reminders.notify"));
        notify.setId("reminders-notify");
        notify.setWrapText(true);
        notify.selectedProperty().bindBidirectional(model.notifyProperty());
        CheckBox whenClosed = new CheckBox(Messages.get("reminders.whenClosed"));
        whenClosed.setId("reminders-when-closed");
        whenClosed.setWrapText(true);
        whenClosed.selectedProperty().bindBidirectional(model.whenClosedProperty());
        Label whenClosedHint = new Label(Messages.get("reminders.whenClosed.hint"));
        whenClosedHint.setWrapText(true);
        whenClosedHint.getStyleClass().add(Styles.TEXT_MUTED);

        Button calendar = new Button(Messages.get("reminders.calendar"));
        calendar.setId("reminders-calendar");
        calendar.setTooltip(new Tooltip(Messages.get("reminders.calendar.tooltip")));
        calendar.setOnAction(e -> model.exportCalendar());
        Label calendarHint = new Label(Messages.get("reminders.calendar.hint"));
        calendarHint.setWrapText(true);
        calendarHint.getStyleClass().add(Styles.TEXT_MUTED);

        VBox content = new VBox(8, timesLabel, times, defaults, problem, notify, whenClosed, whenClosedHint,
                calendar, calendarHint);
        content.setId("reminders");
        // As wide as 32 letters of its text (app.css), so it grows with the text size.
        content.getStyleClass().add("reminders-content");
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(Messages.get("reminders.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Messages.get("reminders.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, close);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("reminders-save");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.save()) {
                e.consume();
            }
        });
        dialog.setOnShown(e -> times.requestFocus());
        return dialog;
    }
}
