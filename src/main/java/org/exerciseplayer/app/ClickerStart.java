package org.exerciseplayer.app;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A presentation clicker gets to the session and back without the keyboard (issue 13): on home, on "Before you
 * start" and on the end screen, the clicker's play key (F5) and its blank key (B, or "." on some) do what Enter does
 * there, the screen's main button (Start session, Begin, Back to home). The player answers the same keys itself
 * ({@code ui.player.PlayerKeys}). B and "." stay letters while the focus is in a text box (home's search), and a key
 * something else used (consumed) is left alone.
 */
final class ClickerStart {

    private ClickerStart() {
    }

    static void install(Scene scene, Navigator navigator) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.isConsumed() || !isClickerGo(event, scene.getFocusOwner())) {
                return;
            }
            Screen screen = navigator.screen();
            if (screen instanceof Screen.Home || screen instanceof Screen.BeforeStart || screen instanceof Screen.End) {
                mainButton(screen.view()).ifPresent(button -> {
                    button.fire();
                    event.consume();
                });
            }
        });
    }

    private static boolean isClickerGo(KeyEvent event, Node focus) {
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown() || event.isShortcutDown()) {
            return false;
        }
        KeyCode code = event.getCode();
        if (code == KeyCode.F5) {
            return true;
        }
        return (code == KeyCode.B || code == KeyCode.PERIOD) && !(focus instanceof TextInputControl);
    }

    /** The screen's default button, when it can be pressed now. */
    private static Optional<Button> mainButton(Node view) {
        return view.lookupAll(".button").stream()
                .filter(node -> node instanceof Button button && button.isDefaultButton())
                .map(Button.class::cast)
                .filter(button -> button.isVisible() && !button.isDisabled() && button.getScene() != null)
                .findFirst();
    }
}
