package org.exerciseplayer.ui.morning;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.exerciseplayer.history.MorningCheck;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.ScreenLayout;
import org.exerciseplayer.ui.PainScale;

/**
 * The next-morning question as a screen of its own, big enough to answer from across the room: three answers
 * (keys B, S, W) or the 0-10 scale (digits, then Enter), and "Not now" (Esc).
 */
public final class MorningCheckView {

    private final MorningCheckViewModel model;

    public MorningCheckView(MorningCheckViewModel model) {
        this.model = model;
    }

    public Parent createView() {
        Label question = new Label(model.question());
        question.setId("morning-question");
        question.setWrapText(true);
        question.getStyleClass().add(Styles.TITLE_2);
        Label hint = new Label(model.hint());
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox content = new VBox(18, question, hint);
        content.setAlignment(Pos.CENTER_LEFT);
        Button skip = ScreenLayout.mainButton("morning-skip", Messages.get("morning.skip"),
                Messages.get("morning.skip.tooltip"), model::skip);
        skip.setCancelButton(true);
        skip.getStyleClass().remove(Styles.ACCENT);
        javafx.scene.layout.FlowPane scale = PainScale.create("morning-pain", model.ratingProperty());
        Button give = new Button(Messages.get("morning.give"));
        VBox screen;
        if (model.asksNumber()) {
            content.getChildren().add(scale);
            give.setId("morning-give");
            give.setDefaultButton(true);
            give.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
            give.disableProperty().bind(model.ratingProperty().isNull());
            give.setOnAction(e -> model.giveRating());
            content.getChildren().add(give);
            // Enter gives the number chosen (a digit chooses it from anywhere); "Not now" stays one Tab away.
            screen = ScreenLayout.screenWithEnter("morning", content, skip, give);
            PainScale.digitsChoose(screen, scale, model.ratingProperty());
        } else {
            HBox answers = new HBox(12, answer("morning-better", "morning.better", "morning.better.tooltip", MorningCheck.Answer.BETTER),
                    answer("morning-same", "morning.same", "morning.same.tooltip", MorningCheck.Answer.SAME),
                    answer("morning-worse", "morning.worse", "morning.worse.tooltip", MorningCheck.Answer.WORSE));
            content.getChildren().add(answers);
            screen = ScreenLayout.screen("morning", content, skip);
            // On the whole screen, whichever button has the focus: B, S or W answers at once.
            screen.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.B) {
                    model.answer(MorningCheck.Answer.BETTER);
                } else if (e.getCode() == KeyCode.S) {
                    model.answer(MorningCheck.Answer.SAME);
                } else if (e.getCode() == KeyCode.W) {
                    model.answer(MorningCheck.Answer.WORSE);
                }
            });
        }
        return screen;
    }

    private Button answer(String id, String key, String tooltipKey, MorningCheck.Answer answer) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.getStyleClass().add(Styles.LARGE);
        button.setMinHeight(64);
        button.setMinWidth(180);
        button.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        button.setOnAction(e -> model.answer(answer));
        return button;
    }
}
