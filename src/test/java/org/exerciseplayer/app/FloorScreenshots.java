package org.exerciseplayer.app;

import static org.exerciseplayer.ui.FxPictures.call;
import static org.exerciseplayer.ui.FxPictures.on;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.ButtonBase;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.FxPictures;
import org.exerciseplayer.ui.player.PlayerViewModel;
import org.exerciseplayer.ui.player.RecordingScreenAwake;

/**
 * The player of every hip exercise at 1024x640, 1366x768, 1920x1080 and 3840x2160, text 1x and 2x (and presenter
 * mode at 1920x1080): a picture of each, full size and scaled to a quarter (what a patient 2-3 m away can still read),
 * and the table of {@link FloorMeasures}'s measures. A tool, not a test: {@code bench/floor-screens.sh} runs it under
 * Xvfb. Arguments: {@code [FOLDER] [CATALOGUE]} (default {@code target/floor-screens}, the hip catalogue);
 * {@code -Dfloor.only=1366x768-text1,...} takes only those.
 */
public final class FloorScreenshots {

    private static final double[][] SIZES = {{1024, 640}, {1366, 768}, {1920, 1080}, {3840, 2160}};
    private static final double[] SCALES = {1.0, 2.0};

    private final Path folder;
    private final ManualClock clock = new ManualClock();
    private Stage stage;
    private AppWindow window;

    private FloorScreenshots(Path folder) {
        this.folder = folder;
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/floor-screens");
        Files.createDirectories(folder);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        try {
            new FloorScreenshots(folder).takeAll(args.length > 1 ? args[1] : "exercises/hip.json");
        } finally {
            Platform.exit();
        }
    }

    private void takeAll(String catalogue) throws Exception {
        List<String> table = new ArrayList<>();
        for (double[] size : SIZES) {
            for (double scale : SCALES) {
                table.addAll(shootSession(catalogue, size[0], size[1], scale, false));
            }
        }
        table.addAll(shootSession(catalogue, 1920, 1080, 1.0, true));
        Files.write(folder.resolve("table.txt"), table);
        table.forEach(System.out::println);
    }

    private List<String> shootSession(String catalogue, double width, double height, double scale,
                                      boolean presenter) throws Exception {
        String name = String.format(Locale.ROOT, "%.0fx%.0f-text%.0f%s", width, height, scale,
                presenter ? "-presenter" : "");
        String only = System.getProperty("floor.only", "");
        if (!only.isEmpty() && !java.util.Arrays.asList(only.split(",")).contains(name)) {
            return List.of();
        }
        openWindow(catalogue, width, height, scale);
        if (presenter) {
            on(() -> window.showPresenterLayout(true));
        }
        press("#home-start");
        press("#start-begin");
        List<String> rows = new ArrayList<>();
        int index = 0;
        while (call(() -> window.player().isPresent())) {
            int number = ++index;
            String exercise = call(() -> {
                PlayerViewModel player = window.player().orElseThrow();
                FloorMeasures.toWork(player, clock);
                return player.screen().exerciseNameProperty().get();
            });
            Thread.sleep(250);
            FloorMeasures.Measure measure = call(() -> FloorMeasures.measure(stage, exercise));
            rows.add(name + "  " + measure.row());
            shoot(String.format(Locale.ROOT, "%s-%02d", name, number));
            if (presenter && number == 1) {
                on(() -> window.player().orElseThrow().skipExercise());
                shoot(name + "-check");
                on(() -> window.player().orElseThrow().carryOn());
            } else {
                on(() -> FloorMeasures.nextExercise(window.player().orElseThrow()));
            }
            if (number > 20) {
                break;
            }
        }
        on(stage::close);
        return rows;
    }

    private void openWindow(String catalogue, double width, double height, double scale) throws Exception {
        on(() -> {
            stage = new Stage();
            Settings settings = Settings.inMemory();
            settings.setTextScale(scale);
            window = new AppWindow(stage, Optional::empty, new Services(settings, RecordingSoundCues::new,
                    new RecordingScreenAwake(), Runnable::run, clock));
            stage.setWidth(width);
            stage.setHeight(height);
            window.open(Optional.of(Path.of(catalogue)));
            stage.show();
        });
        Thread.sleep(500);
    }

    private void press(String id) throws Exception {
        on(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            ((ButtonBase) stage.getScene().lookup(id)).fire();
        });
    }

    private void shoot(String name) throws Exception {
        Thread.sleep(300);
        WritableImage image = call(() -> stage.getScene().snapshot(null));
        Path file = folder.resolve(name + ".png");
        FxPictures.writePng(image, file);
        BufferedImage full = ImageIO.read(file.toFile());
        int w = Math.max(1, full.getWidth() / 4);
        int h = Math.max(1, full.getHeight() / 4);
        BufferedImage quarter = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        quarter.getGraphics().drawImage(full.getScaledInstance(w, h, Image.SCALE_AREA_AVERAGING), 0, 0, null);
        ImageIO.write(quarter, "png", folder.resolve(name + "-quarter.png").toFile());
    }
}
