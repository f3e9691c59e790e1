package org.exerciseplayer.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Run in a child JVM by {@link AppExitTest}: the real app ({@code Main} with the given arguments), headless. A driver
 * starts a session (the sound cues are made with it), prints the cue folders in the temporary folder, and closes the
 * window as a person would; once the app has exited, it prints the cue folders left, and halts the JVM without
 * running shutdown hooks, so that what is left is what the app's own exit left.
 */
public final class AppExitChild {

    private AppExitChild() {
    }

    public static void main(String[] args) throws Exception {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        Thread driver = new Thread(() -> {
            try {
                drive(temporary);
            } catch (Exception e) {
                say("driver failed: " + e);
                Runtime.getRuntime().halt(3);
            }
        }, "driver");
        driver.setDaemon(true);
        driver.start();
        org.exerciseplayer.Main.main(args); // returns once the toolkit has ended
        say("after exit: " + cueFolders(temporary));
        Runtime.getRuntime().halt(0);
    }

    private static void drive(Path temporary) throws Exception {
        Stage stage = waitFor(() -> Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing())
                .map(w -> (Stage) w).findFirst().orElse(null));
        Button start = waitFor(() -> (Button) stage.getScene().lookup("#home-start"));
        onFx(start::fire);
        Button begin = waitFor(() -> (Button) stage.getScene().lookup("#start-begin"));
        onFx(begin::fire);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (cueFolders(temporary).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        say("while playing: " + cueFolders(temporary));
        onFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    static List<String> cueFolders(Path temporary) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(temporary, "exercise-player-cues-*")) {
            folders.forEach(folder -> names.add(folder.getFileName().toString()));
        }
        return names;
    }

    interface Lookup<T> {
        T find();
    }

    /** Asks on the JavaFX thread until the answer is there (the toolkit may not have started yet). */
    private static <T> T waitFor(Lookup<T> lookup) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            CompletableFuture<T> found = new CompletableFuture<>();
            try {
                Platform.runLater(() -> {
                    try {
                        found.complete(lookup.find());
                    } catch (RuntimeException e) {
                        found.complete(null);
                    }
                });
                T value = found.get(5, TimeUnit.SECONDS);
                if (value != null) {
                    return value;
                }
            } catch (IllegalStateException toolkitNotYetStarted) {
                // Try again in a moment.
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("not found in time");
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            action.run();
            done.complete(null);
        });
        done.get(10, TimeUnit.SECONDS);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
