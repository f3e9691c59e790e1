package org.exerciseplayer.ui.player;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.exerciseplayer.ui.Messages;

/**
 * The two questions the player asks over the session: "Is your pain getting worse?" after the pain button, and
 * "How is your pain?" between exercises. The safer answer has the focus, so Enter gives it.
 *
 * <p>Under a physio's pain limit both ask "How much pain do you have now?" with eleven large buttons, 0 to 10.
 * No number is chosen for the person: a digit key (1 then 0 for 10), an arrow key or a clicker's Page Down moves to a
 * number and Enter (or the clicker's B, "." or F5) gives it. "Stop the session" stays one press away.
 *
 * <p>The cards grow with the text: their width and the numbers' are in ems, their words and answers wrap rather than
 * being cut off (presenter mode's large type, a large text size).
 */
final class PlayerQuestions {

    private final PlayerViewModel model;
    private final Runnable focusPlayer;
    private Button checkContinue;
    private Button painYes;
    private javafx.scene.Node painFocus;
    private javafx.scene.Node checkFocus;
    private javafx.scene.Node endFocus;
    /** Each question's answers in reading order, for a clicker's Page Up and Page Down. */
    private final java.util.Map<PlayerViewModel.Overlay, java.util.List<ButtonBase>> answers =
            new java.util.EnumMap<>(PlayerViewModel.Overlay.class);
    /** The number buttons of the pain question and of the check, under a physio's limit. */
    private final java.util.Map<PlayerViewModel.Overlay, FlowPane> scales =
            new java.util.EnumMap<>(PlayerViewModel.Overlay.class);

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
        Label painQuestion = wrapped(new Label("\u26A0 " + Messages.get("player.pain.question")));
        painQuestion.getStyleClass().add(Styles.TITLE_2);
        Label painExplain = wrapped(new Label(Messages.get("player.pain.explain", model.stopRule())));
        painYes = answer("pain-yes", "player.pain.yes", Styles.DANGER, model::stopForPain);
        Button painNo = answer("pain-no", "player.pain.no", null, model::carryOn);
        painFocus = painYes;
        answers.put(PlayerViewModel.Overlay.PAIN_CONFIRM, java.util.List.of(painYes, painNo));
        return card("pain-confirm", painQuestion, painExplain, row(painYes, painNo), hint());
    }

    private VBox checkCard() {
        Label checkNext = wrapped(new Label());
        checkNext.setId("check-next");
        checkNext.textProperty().bind(model.checkTextProperty());
        checkNext.getStyleClass().add(Styles.TITLE_2);
        Label checkQuestion = wrapped(new Label(Messages.get("player.check.question")));
        checkQuestion.getStyleClass().add(Styles.TITLE_4);
        checkContinue = answer("check-continue", "player.check.continue", Styles.SUCCESS, model::carryOn);
        Button checkStop = answer("check-stop", "player.check.stop", Styles.DANGER, model::stopForPain);
        checkFocus = checkContinue;
        answers.put(PlayerViewModel.Overlay.BETWEEN_CHECK, java.util.List.of(checkContinue, checkStop));
        return card("between-check", checkNext, checkQuestion, row(checkContinue, checkStop), hint());
    }

    /** After Esc or Stop: end the session? A second Esc or Enter ends it; any other key carries on. */
    private VBox endCard() {
        Label question = wrapped(new Label(Messages.get("player.end.question")));
        question.getStyleClass().add(Styles.TITLE_2);
        Label explain = wrapped(new Label(Messages.get("player.end.explain")));
        Button end = answer("end-yes", "player.end.yes", Styles.DANGER, model::confirmEnd);
        Button carryOn = answer("end-no", "player.end.no", null, model::carryOn);
        endFocus = end;
        answers.put(PlayerViewModel.Overlay.END_CONFIRM, java.util.List.of(end, carryOn));
        return card("end-confirm", question, explain, row(end, carryOn));
    }

    /** After P under a physio's limit: the pain as a number; at or under the limit, back exactly where it was. */
    private VBox numberPainCard() {
        Label question = wrapped(new Label("\u26A0 " + Messages.get("player.painNumber.question")));
        question.getStyleClass().add(Styles.TITLE_2);
        Label explain = wrapped(new Label(Messages.get("player.painNumber.explain", model.painLimitText())));
        Button stop = answer("pain-stop", "player.painNumber.stop", Styles.DANGER, model::stopForPain);
        Button back = answer("pain-no", "player.painNumber.back", null, model::carryOn);
        FlowPane scale = numbers("pain-rate");
        VBox card = card("pain-confirm", question, explain, scale, numberHint(), row(back, stop), hint());
        card.getStyleClass().add("number-card");
        painFocus = card;
        scales.put(PlayerViewModel.Overlay.PAIN_CONFIRM, scale);
        answers.put(PlayerViewModel.Overlay.PAIN_CONFIRM, withNumbers(scale, back, stop));
        return card;
    }

    /** Between exercises under a physio's limit: the pain as a number; at or under the limit, on to the next. */
    private VBox numberCheckCard() {
        Label next = wrapped(new Label());
        next.setId("check-next");
        next.textProperty().bind(model.checkTextProperty());
        next.getStyleClass().add(Styles.TITLE_2);
        Label question = wrapped(new Label(Messages.get("player.painNumber.question")));
        question.getStyleClass().add(Styles.TITLE_3);
        Label limit = wrapped(new Label(model.painLimitText()));
        limit.setId("check-limit");
        limit.getStyleClass().add(Styles.TEXT_BOLD);
        Button stop = answer("check-stop", "player.painNumber.stop", Styles.DANGER, model::stopForPain);
        FlowPane scale = numbers("check-rate");
        VBox card = card("between-check", next, question, limit, scale, numberHint(), row(stop), hint());
        card.getStyleClass().add("number-card");
        checkFocus = card;
        scales.put(PlayerViewModel.Overlay.BETWEEN_CHECK, scale);
        answers.put(PlayerViewModel.Overlay.BETWEEN_CHECK, withNumbers(scale, stop));
        return card;
    }

    private static Label numberHint() {
        Label hint = wrapped(new Label(Messages.get("player.painNumber.hint")));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        return hint;
    }

    /** How to answer with a clicker, in small print under the answers. */
    private static Label hint() {
        Label hint = wrapped(new Label(Messages.get("player.answer.clicker")));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "clicker-hint");
        return hint;
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Answers side by side, wrapping onto a new line rather than being cut off. */
    private static FlowPane row(Button... buttons) {
        FlowPane row = new FlowPane(12, 12, buttons);
        row.getStyleClass().add("answers");
        return row;
    }

    private static java.util.List<ButtonBase> withNumbers(FlowPane scale, Button... others) {
        java.util.List<ButtonBase> all = new java.util.ArrayList<>();
        scale.getChildren().forEach(n -> all.add((ButtonBase) n));
        all.addAll(java.util.List.of(others));
        return java.util.List.copyOf(all);
    }

    /** A digit over a number question: moves to that number ("1" then "0" reaches 10). Nothing over other questions. */
    void chooseDigit(PlayerViewModel.Overlay showing, int digit) {
        FlowPane scale = scales.get(showing);
        if (scale == null) {
            return;
        }
        boolean onOne = scale.getChildren().get(1).isFocused();
        scale.getChildren().get(digit == 0 && onOne ? 10 : digit).requestFocus();
    }

    /** A clicker's Page Down (+1) or Page Up (-1): the next or previous answer of the question shown. */
    boolean moveFocus(PlayerViewModel.Overlay showing, int step) {
        java.util.List<ButtonBase> shown = answers.get(showing);
        if (shown == null || shown.isEmpty()) {
            return false;
        }
        int at = focusedIndex(shown);
        int next = at < 0 ? (step > 0 ? 0 : shown.size() - 1) : Math.floorMod(at + step, shown.size());
        shown.get(next).requestFocus();
        return true;
    }

    /** A clicker's B, "." or F5: gives the answer chosen, if one is; the key is taken either way. */
    boolean giveChosen(PlayerViewModel.Overlay showing) {
        java.util.List<ButtonBase> shown = answers.get(showing);
        if (shown != null) {
            int at = focusedIndex(shown);
            if (at >= 0) {
                shown.get(at).fire();
            }
        }
        return true;
    }

    private static int focusedIndex(java.util.List<ButtonBase> buttons) {
        for (int i = 0; i < buttons.size(); i++) {
            if (buttons.get(i).isFocused()) {
                return i;
            }
        }
        return -1;
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
            button.setAccessibleText(Messages.get("player.painNumber.accessible", value));
            button.setTooltip(new javafx.scene.control.Tooltip(Messages.get("player.painNumber.accessible", value)));
            button.setOnAction(e -> model.answerPain(rating));
            scale.getChildren().add(button);
        }
        return scale;
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
        button.setWrapText(true);
        button.setMinHeight(Region.USE_PREF_SIZE);
        return button;
    }

    private static VBox card(String id, javafx.scene.Node... children) {
        VBox card = new VBox(16, children);
        card.setId(id);
        card.getStyleClass().add("overlay-card");
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setPadding(new Insets(24));
        card.setAccessibleRole(AccessibleRole.NODE);
        card.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown()) {
                tabWithin(card, event.isShiftDown());
                event.consume();
            }
        });
        return card;
    }

    /**
     * Tab and Shift+Tab go round the question's own answers, as in a dialog: the controls under the card (Back, Pause,
     * Skip) cannot act while it asks, so the focus does not go to them.
     */
    private static void tabWithin(VBox card, boolean backwards) {
        java.util.List<javafx.scene.Node> stops = new java.util.ArrayList<>();
        collectFocusable(card, stops);
        if (stops.isEmpty()) {
            return;
        }
        javafx.scene.Node owner = card.getScene() == null ? null : card.getScene().getFocusOwner();
        int at = stops.indexOf(owner);
        int next = at < 0 ? 0 : Math.floorMod(at + (backwards ? -1 : 1), stops.size());
        stops.get(next).requestFocus();
    }

    private static void collectFocusable(javafx.scene.Parent parent, java.util.List<javafx.scene.Node> into) {
        for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible() || !child.isManaged() || child.isDisabled()) {
                continue;
            }
            if (child.isFocusTraversable()) {
                into.add(child);
            } else if (child instanceof javafx.scene.Parent inner) {
                collectFocusable(inner, into);
            }
        }
    }
}
