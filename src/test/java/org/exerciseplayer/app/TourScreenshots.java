package org.exerciseplayer.app;

import static org.exerciseplayer.ui.FxPictures.call;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.exerciseplayer.ui.FxPictures;

/**
 * Takes a picture of every stop of {@link ScreenTour} (each window and dialog) in the looks given on the command
 * line, to look at as a person would: {@code presenter-light-1920x1080}, {@code dark-1024x640-1.4}, ... Run it under
 * Xvfb; it is a tool, not a test. Pictures go to {@code FOLDER/LOOK/NN-stop.png}.
 */
public final class TourScreenshots {

    private TourScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        try {
            for (int i = 1; i < args.length; i++) {
                shoot(folder.resolve(args[i]), parse(args[i]));
            }
        } finally {
            Platform.exit();
        }
    }

    /** "presenter-dark-1280x720" or "light-1024x640-1.4". */
    static ScreenTour.Look parse(String name) {
        List<String> parts = new ArrayList<>(List.of(name.split("-")));
        boolean presenter = parts.remove("presenter");
        boolean dark = parts.remove("dark");
        parts.remove("light");
        String[] size = parts.remove(0).split("x");
        double scale = parts.isEmpty() ? 1.0 : Double.parseDouble(parts.get(0));
        return new ScreenTour.Look(dark, presenter, Double.parseDouble(size[0]), Double.parseDouble(size[1]), scale);
    }

    private static void shoot(Path folder, ScreenTour.Look look) throws Exception {
        Files.createDirectories(folder);
        int[] count = {0};
        new ScreenTour(look, Files.createTempDirectory("tour"), (name, windows) -> {
            Thread.sleep(150);
            count[0]++;
            int shot = 0;
            for (Window window : windows) {
                WritableImage image = call(() -> window.getScene().snapshot(null));
                String file = String.format(Locale.ROOT, "%02d%s-%s.png", count[0], shot++ == 0 ? "" : "b",
                        name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", ""));
                FxPictures.writePng(image, folder.resolve(file));
            }
            System.out.println(look + ": " + name);
        }).walk();
    }
}
