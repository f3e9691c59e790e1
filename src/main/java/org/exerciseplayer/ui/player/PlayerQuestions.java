package org.exerciseplayer.ui.player;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.exerciseplayer.ui.Messages;

/**
 * The two questions the player asks over the session: "Is your pain getting worse?" after the pain button, and
 * "How is your pain?" between exercises. The safer answer has the focus, so Enter gives it.
 *
 * <p>Under a physio's pain limit both ask "How much pain do you have now?" with eleven large buttons, 0 to 10.
 * No number is chosen for the person: a digit key (1 then 0 for 10) or an arrow key moves to a number and Enter
 * gives it. "Stop the session" stays one press away.
 */
final class PlayerQuestions {

    /** Wide enough for the eleven numbers on one line at the normal text size. */
    private static final double NUMBER_CARD_WIDTH = 760;

    private final PlayerViewModel model;
    private final Runnable focusPlayer;
    private Button checkContinue;
    private Button painYes;
    private javafx.scene.Node painFocus;
    private javafx.scene.Node checkFocus;
    private javafx.scene.Node endFocus;

    /** @param focusPlayer gives the focus back to the player when no question is shown */
    PlayerQuestions(PlayerViewModel model, Runnable focusPlayer) {
        this.model = model;
        this.focusPlayer = focusPlayer;
    }

    StackPane createView() {
        StackPane overlay = model.asksForPainNumber() ? new StackPane(numberPainCard(), numberCheckCard(), endCard())
                : new StackPane(painCard(), checkCard(), endCard());
        overlay.setId("player-overlay");
        overlay.getStyleClass().add("overlay");
        overlay.visibleProperty().bind(model.overlayProperty().isNotEqualTo(PlayerViewModel.Overlay.NONE));
        overlay.getChildren().get(0).visibleProperty()
                .bind(model.overlayProperty().isEqualTo(PlayerViewModel.Overlay.PAIN_CONFIRM));
        overlay.getChildren().get(1).visibleProperty()
                .bind(model.overlayProperty().isEqualTo(PlayerViewModel.Overlay.BETWEEN_CHECK));
        overlay.getChildren().get(2).visibleProperty()
                .bind(model.overlayProperty().isEqualTo(PlayerViewModel.Overlay.END_CONFIRM));
        model.overlayProperty().addListener((o, was, is) -> {
            switch (is) {
                case PAIN_CONFIRM -> painFocus.requestFocus();
                case BETWEEN_CHECK -> checkFocus.requestFocus();
                case END_CONFIRM -> endFocus.requestFocus();
                case NONE -> focusPlayer.run();
            }
        });
        return overlay;
    }

    private VBox painCard() {
        Label painQuestion = new Label("\u26A0 " + Messages.get("player.pain.question"));
        painQuestion.getStyleClass().add(Styles.TITLE_2);
        Label painExplain = new Label(Messages.get("player.pain.explain", model.stopRule()));
        painExplain.setWrapText(true);
        painYes = answer("pain-yes", "player.pain.yes", Styles.DANGER, model::stopForPain);
        Button painNo = answer("pain-no", "player.pain.no", null, model::carryOn);
        painFocus = painYes;
        return card("pain-confirm", painQuestion, painExplain, new HBox(12, painYes, painNo));
    }

    private VBox checkCard() {
        Label checkNext = new Label();
        checkNext.setId("check-next");
        checkNext.textProperty().bind(model.checkTextProperty());
        checkNext.getStyleClass().add(Styles.TITLE_2);
        Label checkQuestion = new Label(Messages.get("player.check.question"));
        checkQuestion.getStyleClass().add(Styles.TITLE_4);
        checkContinue = answer("check-continue", "player.check.continue", Styles.SUCCESS, model::carryOn);
        Button checkStop = answer("check-stop", "player.check.stop", Styles.DANGER, model::stopForPain);
        checkFocus = checkContinue;
        return card("between-check", checkNext, checkQuestion, new HBox(12, checkContinue, checkStop));
    }

    /** After Esc or Stop: end the session? A second Esc or Enter ends it; any other key carries on. */
    private VBox endCard() {
        Label question = new Label(Messages.get("player.end.question"));
        question.getStyleClass().add(Styles.TITLE_2);
        question.setWrapText(true);
        Label explain = new Label(Messages.get("player.end.explain"));
        explain.setWrapText(true);
        Button end = answer("end-yes", "player.end.yes", Styles.DANGER, model::confirmEnd);
        Button carryOn = answer("end-no", "player.end.no", null, model::carryOn);
        endFocus = end;
        return card("end-confirm", question, explain, new HBox(12, end, carryOn));
    }

    /** After P under a physio's limit: the pain as a number; at or under the limit, back exactly where it was. */
    private VBox numberPainCard() {
        Label question = new Label("\u26A0 " + Messages.get("player.painNumber.question"));
        question.getStyleClass().add(Styles.TITLE_2);
        question.setWrapText(true);
        Label explain = new Label(Messages.get("player.painNumber.explain", model.painLimitText()));
        explain.setWrapText(true);
        Button stop = answer("pain-stop", "player.painNumber.stop", Styles.DANGER, model::stopForPain);
        Button back = answer("pain-no", "player.painNumber.back", null, model::carryOn);
        FlowPane scale = numbers("pain-rate");
        VBox card = card("pain-confirm", question, explain, scale, hint(), new HBox(12, back, stop));
        card.setMaxWidth(NUMBER_CARD_WIDTH);
        digitsChooseNumbers(card, scale);
        painFocus = card;
        return card;
    }

    /** Between exercises under a physio's limit: the pain as a number; at or under the limit, on to the next. */
    private VBox numberCheckCard() {
        Label next = new Label();
        next.setId("check-next");
        next.textProperty().bind(model.checkTextProperty());
        next.getStyleClass().add(Styles.TITLE_2);
        Label question = new Label(Messages.get("player.painNumber.question"));
        question.getStyleClass().add(Styles.TITLE_3);
        question.setWrapText(true);
        Label limit = new Label(model.painLimitText());
        limit.setId("check-limit");
        limit.setWrapText(true);
        limit.getStyleClass().add(Styles.TEXT_BOLD);
        Button stop = answer("check-stop", "player.painNumber.stop", Styles.DANGER, model::stopForPain);
        FlowPane scale = numbers("check-rate");
        VBox card = card("between-check", next, question, limit, scale, hint(), new HBox(12, stop));
        card.setMaxWidth(NUMBER_CARD_WIDTH);
        digitsChooseNumbers(card, scale);
        checkFocus = card;
        return card;
    }

    private static Label hint() {
        Label hint = new Label(Messages.get("player.painNumber.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        return hint;
    }

    /** Eleven large buttons, 0 to 10; digits move to a number ("1" then "0" to 10), Enter or a click gives it. */
    private FlowPane numbers(String idPrefix) {
        FlowPane scale = new FlowPane(8, 8);
        scale.setId(idPrefix);
        for (int value = 0; value <= 10; value++) {
            int rating = value;
            Button button = new Button(Integer.toString(value));
            button.setId(idPrefix + "-" + value);
            button.getStyleClass().addAll(Styles.LARGE, "pain-number");
            button.setMinWidth(52);
            button.setAccessibleText(Messages.get("player.painNumber.accessible", value));
            button.setTooltip(new javafx.scene.control.Tooltip(Messages.get("player.painNumber.accessible", value)));
            button.setOnAction(e -> model.answerPain(rating));
            scale.getChildren().add(button);
        }
        return scale;
    }

    /** Digit keys on a number card move the focus to that number; "1" then "0" reaches 10. */
    private static void digitsChooseNumbers(VBox card, FlowPane scale) {
        card.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            int digit = digit(event.getCode());
            if (digit < 0 || event.isShortcutDown() || event.isAltDown()) {
                return;
            }
            boolean onOne = scale.getChildren().get(1).isFocused();
            scale.getChildren().get(digit == 0 && onOne ? 10 : digit).requestFocus();
            event.consume();
        });
    }

    /** The digit a key stands for, or -1. */
    static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            return Character.getNumericValue(name.charAt(name.length() - 1));
        }
        return -1;
    }

    /** A large answer button; {@code style} (danger, success) or null for a plain one. */
    private static Button answer(String id, String textKey, String style, Runnable action) {
        Button button = new Button(Messages.get(textKey));
        button.setId(id);
        button.getStyleClass().add(Styles.LARGE);
        if (style != null) {
            button.getStyleClass().add(style);
        }
        button.setOnAction(e -> action.run());
        return button;
    }

    private static VBox card(String id, javafx.scene.Node... children) {
        VBox card = new VBox(16, children);
        card.setId(id);
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(640, Region.USE_PREF_SIZE);
        card.setPadding(new Insets(24));
        card.setAccessibleRole(AccessibleRole.NODE);
        return card;
    }
}
