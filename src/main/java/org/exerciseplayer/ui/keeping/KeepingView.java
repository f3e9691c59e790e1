package org.exerciseplayer.ui.keeping;

import atlantafx.base.theme.Styles;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.exerciseplayer.ui.Messages;

/**
 * A box that says, in a warning's colours, that sessions are not in the history, with "Try again now" and "Save to a
 * file…"; hidden while there is nothing to say. {@code idPrefix} names its parts ({@code end-keeping},
 * {@code end-keeping-retry}, …).
 */
public final class KeepingView {

    private KeepingView() {
    }

    public static Parent create(String idPrefix, KeepingViewModel model) {
        Label text = new Label();
        text.setId(idPrefix + "-text");
        text.textProperty().bind(model.textProperty());
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_BOLD);
        Button retry = new Button(Messages.get("keeping.retry"));
        retry.setId(idPrefix + "-retry");
        retry.setTooltip(new Tooltip(Messages.get("keeping.retry.tooltip")));
        retry.setOnAction(e -> model.retry());
        retry.visibleProperty().bind(model.retryableProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        Button save = new Button(Messages.get("keeping.save"));
        save.setId(idPrefix + "-save");
        save.setTooltip(new Tooltip(Messages.get("keeping.save.tooltip")));
        save.setOnAction(e -> model.saveToFile());
        save.visibleProperty().bind(model.saveableProperty());
        save.managedProperty().bind(save.visibleProperty());
        FlowPane actions = new FlowPane(8, 8, retry, save);
        VBox box = new VBox(8, text, actions);
        box.setId(idPrefix);
        // A warning while something is not in the history; the plain advice box once it is saved after all.
        box.getStyleClass().add(model.saveableProperty().get() ? "safety-box" : "advice-box");
        model.saveableProperty().addListener((o, was, is) -> box.getStyleClass().setAll(is ? "safety-box" : "advice-box"));
        box.visibleProperty().bind(model.textProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
