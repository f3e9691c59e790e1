package org.exerciseplayer.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor for {@code bench/session.sh}: the bare hello-world window of {@link HelloFloor}, through the same
 * marked stretches as {@code org.exerciseplayer.app.SessionDriver}: {@code idle} (nothing happens),
 * {@code running} (a label showing a countdown redrawn on every frame by an animation timer, the least a hold's
 * display costs) and {@code paused} (the timer stopped again). Arguments: {@code SECONDS_PER_STRETCH}.
 */
public final class HelloSession {

    private static long stretchMillis;

    private HelloSession() {
    }

    public static void main(String[] args) {
        stretchMillis = Long.parseLong(args[0]) * 1000;
        Application.launch(Window.class);
    }

    /** The window and the thread that drives it. */
    public static final class Window extends Application {
        private final Label label = new Label("Hello, world");
        private final AnimationTimer countdown = new AnimationTimer() {
            @Override
            public void handle(long now) {
                label.setText(String.format("%.2f s", (now / 1_000_000) % 10_000 / 1000.0));
            }
        };

        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(label), 1100, 760));
            stage.setTitle("Hello");
            stage.show();
            Thread driver = new Thread(this::drive, "hello-driver");
            driver.setDaemon(true);
            driver.start();
        }

        private void drive() {
            try {
                Thread.sleep(3000);
                measure("idle");
                Platform.runLater(countdown::start);
                measure("running");
                Platform.runLater(countdown::stop);
                Thread.sleep(1000);
                measure("paused");
                System.out.println("mark peak");
                System.out.flush();
                Platform.exit();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void measure(String name) throws InterruptedException {
            System.out.println("mark " + name + " begin");
            System.out.flush();
            Thread.sleep(stretchMillis);
            System.out.println("mark " + name + " end");
            System.out.flush();
        }
    }
}
