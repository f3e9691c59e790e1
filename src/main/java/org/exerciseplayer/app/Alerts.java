package org.exerciseplayer.app;

import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.exerciseplayer.ui.Messages;

/**
 * The window's own messages: a notice, a problem, and the list of keys (F1). Each is titled with what it says ("The
 * file was saved", "The file was not opened"), never the toolkit's "Message" or "Error".
 */
final class Alerts {

    private final Stage stage;

    Alerts(Stage stage) {
        this.stage = stage;
    }

    /** Tells {@code message} under the title {@code titleKey} names (a bundle key). */
    void inform(String titleKey, String message) {
        show(Alert.AlertType.INFORMATION, titleKey, message);
    }

    /** Tells a problem, {@code message}, under the title {@code titleKey} names (a bundle key). */
    void error(String titleKey, String message) {
        show(Alert.AlertType.ERROR, titleKey, message);
    }

    /** Notices under one title, for the parts of the window that only give a message. */
    Consumer<String> informing(String titleKey) {
        return message -> inform(titleKey, message);
    }

    Consumer<String> warning(String titleKey) {
        return message -> error(titleKey, message);
    }

    private void show(Alert.AlertType type, String titleKey, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(stage);
        alert.setTitle(Messages.get(titleKey));
        alert.setHeaderText(null);
        alert.show();
    }

    /** The list of keys (F1), scrolling within the dialog, which stays smaller than the window at any text size. */
    void showKeys() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("keys.title"));
        alert.setHeaderText(Messages.get("keys.title"));
        javafx.scene.control.Label keys = new javafx.scene.control.Label(Messages.get("keys.text"));
        keys.setId("keys-text");
        keys.setWrapText(true);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(keys);
        scroll.setId("keys-list");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("keys-list", atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        scroll.setFocusTraversable(true);
        scroll.setAccessibleText(Messages.get("keys.title"));
        // Room round the list for its focus ring.
        javafx.scene.layout.StackPane framed = new javafx.scene.layout.StackPane(scroll);
        framed.setPadding(new javafx.geometry.Insets(8));
        alert.getDialogPane().setContent(framed);
        alert.show();
    }
}
