package org.exerciseplayer.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.ui.player.PlayerViewModel;

/**
 * The real app, driven through a whole session for {@code bench/session.sh} (not part of the app: it lives in
 * bench/ and sits in this package only to reach {@link AppWindow#player()}). Opens the window on the bundled
 * catalogue with the real services (history in the folder given), then, printing {@code mark NAME begin|end}
 * around each measured stretch for {@code bench/src/.../SessionResources} to sample the process:
 * <ol>
 *   <li>{@code idle}: the home screen, untouched;</li>
 *   <li>Start, Begin (sound and the keep-awake request start here), at the speed given; waits for the first hold;</li>
 *   <li>{@code running}: during that hold;</li>
 *   <li>{@code paused}: paused in that hold;</li>
 *   <li>resumes and skips through every remaining step (answering the check between exercises) to the end screen,
 *       where the session is recorded, then goes home; {@code mark peak} at the very end.</li>
 * </ol>
 * Arguments: {@code DATA_FOLDER SPEED SECONDS_PER_STRETCH}.
 */
public final class SessionDriver {

    private static Path data;
    private static int speed;
    private static long stretchMillis;

    private SessionDriver() {
    }

    public static void main(String[] args) {
        data = Path.of(args[0]);
        speed = Integer.parseInt(args[1]);
        stretchMillis = Long.parseLong(args[2]) * 1000;
        Application.launch(Window.class);
    }

    /** The window and the thread that drives it. */
    public static final class Window extends Application {
        private AppWindow window;
        private Stage stage;

        @Override
        public void start(Stage primary) {
            stage = primary;
            window = new AppWindow(stage, new SystemFileDialogs(stage), Services.forThisComputer(Optional.of(data)));
            window.open(Optional.empty());
            stage.show();
            Thread driver = new Thread(this::drive, "session-driver");
            driver.setDaemon(true);
            driver.start();
        }

        private void drive() {
            try {
                Thread.sleep(3000); // the first frame, then the history opening after it
                measure("idle");
                fire("#home-start");
                fire("#start-begin");
                PlayerViewModel player = fx(() -> window.player().orElseThrow());
                fx(() -> {
                    player.setSpeed(speed);
                    return null;
                });
                while (fx(() -> player.screen().phaseKindProperty().get()) != Phase.Kind.HOLD) {
                    Thread.sleep(20);
                }
                measure("running");
                fx(() -> {
                    player.pause();
                    return null;
                });
                Thread.sleep(1000);
                measure("paused");
                fx(() -> {
                    player.togglePause();
                    return null;
                });
                while (fx(() -> window.player().isPresent())) {
                    fx(() -> {
                        if (player.overlayProperty().get() == PlayerViewModel.Overlay.BETWEEN_CHECK) {
                            player.carryOn();
                        } else {
                            player.skip();
                        }
                        return null;
                    });
                    Thread.sleep(30);
                }
                Thread.sleep(2000);
                fire("#end-home");
                Thread.sleep(2000);
                System.out.println("mark peak");
                System.out.flush();
                Platform.exit();
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(2);
            }
        }

        private static void measure(String name) throws InterruptedException {
            System.out.println("mark " + name + " begin");
            System.out.flush();
            Thread.sleep(stretchMillis);
            System.out.println("mark " + name + " end");
            System.out.flush();
        }

        private void fire(String id) throws Exception {
            fx(() -> {
                ((Button) stage.getScene().lookup(id)).fire();
                return null;
            });
        }

        /** Runs {@code work} on the JavaFX thread and waits for its result. */
        static <T> T fx(Callable<T> work) throws Exception {
            FutureTask<T> task = new FutureTask<>(work);
            Platform.runLater(task);
            return task.get();
        }
    }
}
