package org.exerciseplayer.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application. Started by {@link org.exerciseplayer.Main} once the command line is handled. */
public final class ExercisePlayerApp extends Application {

    private static volatile Path fileToOpen;
    private static volatile Path dataDirectory;
    private static volatile boolean exitAfterFirstFrame;
    private static volatile java.util.concurrent.CompletableFuture<org.exerciseplayer.routine.RoutineLoader.Opened> loading;

    /**
     * Starts the toolkit and opens the window on {@code file}, or on the bundled catalogue when null, keeping the
     * history in {@code data}, or in the per-user data folder when null. With {@code probe}, quits once the first
     * frame is shown, see {@link FirstFrameProbe}.
     */
    public static void launchWith(Path file, Path data, boolean probe) {
        fileToOpen = file;
        dataDirectory = data;
        exitAfterFirstFrame = probe;
        ClassPreloader.start();
        // Read the catalogue or routine while the toolkit starts: the home screen needs it, the toolkit does not.
        loading = AppWindow.load(Optional.ofNullable(file), task -> {
            Thread thread = new Thread(task, "catalogue-load");
            thread.setDaemon(true);
            thread.start();
        });
        Application.launch(ExercisePlayerApp.class);
    }

    private Services services;

    @Override
    public void start(Stage stage) {
        services = Services.forThisComputer(Optional.ofNullable(dataDirectory));
        new AppWindow(stage, new SystemFileDialogs(stage), services).open(Optional.ofNullable(fileToOpen), loading);
        stage.show();
        if (exitAfterFirstFrame) {
            FirstFrameProbe.exitAfterFirstFrame();
        }
    }

    /** The toolkit is ending (the last window closed, or Quit): the sound cues' files go, the history closes. */
    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
    }
}
