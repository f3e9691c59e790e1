package org.exerciseplayer.ui.start;

import atlantafx.base.theme.Styles;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.ScreenLayout;

/** The safety screen shown before every session, with the optional pain rating. */
public final class BeforeStartView {

    private final BeforeStartViewModel model;

    public BeforeStartView(BeforeStartViewModel model) {
        this.model = model;
    }

    public Parent createView() {
        Label title = new Label(Messages.get(model.isFull() ? "start.title.full" : "start.title.brief"));
        title.getStyleClass().add(Styles.TITLE_1);
        Label summary = new Label(model.summary());
        summary.getStyleClass().add(Styles.TEXT_MUTED);

        Label heading = new Label("\u26A0 " + Messages.get("start.stopRule.heading"));
        heading.getStyleClass().addAll(Styles.TITLE_3, "safety-heading");
        Label stopRule = new Label(model.stopRule());
        stopRule.setId("start-stop-rule");
        stopRule.setWrapText(true);
        stopRule.getStyleClass().addAll(Styles.TITLE_4, "safety-text");
        VBox safety = new VBox(8, heading, stopRule);
        if (!model.painLimit().isEmpty()) {
            Label limit = new Label(model.painLimit());
            limit.setId("start-pain-limit");
            limit.setWrapText(true);
            limit.getStyleClass().addAll(Styles.TITLE_4, "safety-text");
            safety.getChildren().add(limit);
        }
        Label stopKey = new Label(model.stopKey());
        stopKey.setWrapText(true);
        safety.getChildren().add(stopKey);
        for (String text : model.moreSafetyTexts()) {
            Label line = new Label(text);
            line.setWrapText(true);
            line.getStyleClass().add("safety-text");
            safety.getChildren().add(line);
        }
        if (!model.cautions().isEmpty()) {
            Label cautionsHeading = new Label(Messages.get("start.cautions"));
            cautionsHeading.getStyleClass().add(Styles.TITLE_4);
            safety.getChildren().add(cautionsHeading);
            for (String caution : model.cautions()) {
                Label line = new Label("\u2022 " + caution);
                line.setWrapText(true);
                safety.getChildren().add(line);
            }
        }
        safety.setId("start-safety");
        safety.getStyleClass().add("safety-box");

        VBox content = new VBox(16, title, summary, safety, painRating());
        Button back = new Button(Messages.get("start.back"));
        back.setId("start-back");
        back.setCancelButton(true);
        back.setTooltip(new Tooltip(Messages.get("start.back.tooltip")));
        back.setOnAction(e -> model.back());
        Button begin = ScreenLayout.mainButton("start-begin", Messages.get("start.begin"),
                Messages.get("start.begin.tooltip"), model::begin);
        return ScreenLayout.screen("before-start", content, begin, back);
    }

    private VBox painRating() {
        Label question = new Label(Messages.get("start.pain.question"));
        question.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(Messages.get("start.pain.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox box = new VBox(8, question, hint, PainScale.create("start-pain", model.painBeforeProperty()));
        box.setId("start-pain-rating");
        return box;
    }

    /** Eleven toggle buttons 0 to 10, bound to a nullable rating; pressing the chosen one again clears it. */
    public static final class PainScale {

        private PainScale() {
        }

        public static FlowPane create(String idPrefix, javafx.beans.property.ObjectProperty<Integer> rating) {
            ToggleGroup group = new ToggleGroup();
            FlowPane scale = new FlowPane(6, 6);
            scale.setId(idPrefix);
            for (int value = 0; value <= 10; value++) {
                ToggleButton button = new ToggleButton(Integer.toString(value));
                button.setId(idPrefix + "-" + value);
                button.setToggleGroup(group);
                button.setUserData(value);
                button.setAccessibleText(Messages.get("start.pain.accessible", value));
                button.setMinWidth(44);
                if (rating.get() != null && rating.get() == value) {
                    button.setSelected(true);
                }
                scale.getChildren().add(button);
            }
            group.selectedToggleProperty().addListener((o, was, is) ->
                    rating.set(is == null ? null : (Integer) is.getUserData()));
            scale.setOnKeyPressed(event -> {
                if (event.getCode().isDigitKey() && !event.isShortcutDown()) {
                    int digit = Integer.parseInt(event.getText().isEmpty() ? "0" : event.getText().substring(0, 1));
                    group.selectToggle(group.getToggles().get(digit));
                    event.consume();
                } else if (event.getCode() == KeyCode.BACK_SPACE || event.getCode() == KeyCode.DELETE) {
                    group.selectToggle(null);
                    event.consume();
                }
            });
            return scale;
        }
    }
}
