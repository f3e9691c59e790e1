package org.exerciseplayer.ui.start;

import atlantafx.base.theme.Styles;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.PainScale;
import org.exerciseplayer.ui.ScreenLayout;

/** The safety screen shown before every session, with the optional pain rating. */
public final class BeforeStartView {

    private final BeforeStartViewModel model;
    private FlowPane scale;

    public BeforeStartView(BeforeStartViewModel model) {
        this.model = model;
    }

    public Parent createView() {
        Label title = new Label(Messages.get(model.isFull() ? "start.title.full" : "start.title.brief"));
        title.getStyleClass().add(Styles.TITLE_1);
        Label summary = new Label(model.summary());
        summary.getStyleClass().add(Styles.TEXT_MUTED);

        Label heading = new Label("\u26A0 " + model.stopRuleHeading());
        heading.setId("start-stop-rule-heading");
        heading.setWrapText(true);
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
            limit.getStyleClass().add("safety-text");
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
        javafx.scene.layout.VBox screen = ScreenLayout.screen("before-start", content, begin, back);
        PainScale.digitsChoose(screen, scale, model.painBeforeProperty());
        return screen;
    }

    private VBox painRating() {
        Label question = new Label(Messages.get("start.pain.question"));
        question.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(Messages.get("start.pain.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        scale = PainScale.create("start-pain", model.painBeforeProperty());
        VBox box = new VBox(8, question, hint, scale);
        box.setId("start-pain-rating");
        return box;
    }
}
