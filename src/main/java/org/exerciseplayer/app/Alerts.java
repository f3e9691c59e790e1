package org.exerciseplayer.app;

import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.exerciseplayer.ui.Messages;

/** The window's own messages: a notice, a problem, and the list of keys (F1). */
final class Alerts {

    private final Stage stage;

    Alerts(Stage stage) {
        this.stage = stage;
    }

    void inform(String message) {
        show(Alert.AlertType.INFORMATION, message);
    }

    void error(String message) {
        show(Alert.AlertType.ERROR, message);
    }

    private void show(Alert.AlertType type, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(stage);
        alert.setHeaderText(null);
        alert.show();
    }

    void showKeys() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("keys.title"));
        alert.setHeaderText(Messages.get("keys.title"));
        alert.setContentText(Messages.get("keys.text"));
        alert.show();
    }
}
