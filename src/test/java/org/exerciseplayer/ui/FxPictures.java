package org.exerciseplayer.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** What the picture-making tools (screenshots, figure images) share: work on the JavaFX thread, and PNG files. */
public final class FxPictures {

    private FxPictures() {
    }

    /** Writes a snapshot as an opaque PNG. */
    public static void writePng(WritableImage image, Path file) throws IOException {
        PixelReader pixels = image.getPixelReader();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        if (!ImageIO.write(picture, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    /** Runs {@code action} on the JavaFX thread and waits for it (30 s at most). */
    public static void on(Runnable action) throws Exception {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** Computes {@code action} on the JavaFX thread and waits for its result (30 s at most). */
    public static <T> T call(Callable<T> action) throws Exception {
        FutureTask<T> task = new FutureTask<>(action);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }
}
