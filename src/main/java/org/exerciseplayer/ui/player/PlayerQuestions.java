package org.exerciseplayer.ui.player;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.exerciseplayer.ui.Messages;

/**
 * The two questions the player asks over the session: "Is your pain getting worse?" after the pain button, and
 * "How is your pain?" between exercises. The safer answer has the focus, so Enter gives it.
 */
final class PlayerQuestions {

    private final PlayerViewModel model;
    private final Runnable focusPlayer;
    private Button checkContinue;
    private Button painYes;

    /** @param focusPlayer gives the focus back to the player when no question is shown */
    PlayerQuestions(PlayerViewModel model, Runnable focusPlayer) {
        this.model = model;
        this.focusPlayer = focusPlayer;
    }

    StackPane createView() {
        Label painQuestion = new Label("\u26A0 " + Messages.get("player.pain.question"));
        painQuestion.getStyleClass().add(Styles.TITLE_2);
        Label painExplain = new Label(Messages.get("player.pain.explain", model.stopRule()));
        painExplain.setWrapText(true);
        painYes = answer("pain-yes", "player.pain.yes", Styles.DANGER, model::confirmPainStop);
        Button painNo = answer("pain-no", "player.pain.no", null, model::cancelPainStop);
        VBox painCard = card("pain-confirm", painQuestion, painExplain, new HBox(12, painYes, painNo));

        Label checkNext = new Label();
        checkNext.setId("check-next");
        checkNext.textProperty().bind(model.checkTextProperty());
        checkNext.getStyleClass().add(Styles.TITLE_2);
        Label checkQuestion = new Label(Messages.get("player.check.question"));
        checkQuestion.getStyleClass().add(Styles.TITLE_4);
        checkContinue = answer("check-continue", "player.check.continue", Styles.SUCCESS, model::continueAfterCheck);
        Button checkStop = answer("check-stop", "player.check.stop", Styles.DANGER, model::painIsWorseAtCheck);
        VBox checkCard = card("between-check", checkNext, checkQuestion, new HBox(12, checkContinue, checkStop));

        StackPane overlay = new StackPane(painCard, checkCard);
        overlay.setId("player-overlay");
        overlay.getStyleClass().add("overlay");
        overlay.visibleProperty().bind(model.overlayProperty().isNotEqualTo(PlayerViewModel.Overlay.NONE));
        painCard.visibleProperty().bind(model.overlayProperty().isEqualTo(PlayerViewModel.Overlay.PAIN_CONFIRM));
        checkCard.visibleProperty().bind(model.overlayProperty().isEqualTo(PlayerViewModel.Overlay.BETWEEN_CHECK));
        model.overlayProperty().addListener((o, was, is) -> {
            switch (is) {
                case PAIN_CONFIRM -> painYes.requestFocus();
                case BETWEEN_CHECK -> checkContinue.requestFocus();
                case NONE -> focusPlayer.run();
            }
        });
        return overlay;
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
