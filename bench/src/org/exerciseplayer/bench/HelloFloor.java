package org.exerciseplayer.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.exerciseplayer.app.FirstFrameProbe;

/**
 * The floor for start-up figures: a bare JavaFX hello-world, launched the way the app is (a plain main that calls
 * {@code Application.launch}), that shows a label and quits after its first frame with the app's own probe,
 * printing the same {@code first-frame-ms=} line. Run by {@code bench/startup.sh}.
 */
public final class HelloFloor {

    private HelloFloor() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window: one label, the same size as the app's. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello, world")), 1100, 760));
            stage.setTitle("Hello");
            stage.show();
            FirstFrameProbe.exitAfterFirstFrame();
        }
    }
}
