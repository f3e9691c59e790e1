package org.exerciseplayer.ui.figure;

import static org.exerciseplayer.ui.FxPictures.call;
import static org.exerciseplayer.ui.FxPictures.on;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import org.exerciseplayer.ui.FxPictures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.CatalogueLoader;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.figure.Drawing;
import org.exerciseplayer.figure.Figure;
import org.exerciseplayer.figure.FigureFrame;
import org.exerciseplayer.figure.Pose;

/**
 * Draws the start and end pose of every exercise in a catalogue to PNG files, so that someone can look at each
 * one and check that a physiotherapist would recognise it. Run it with {@code docs/figures/make.sh}; it is a
 * tool, not a test. With {@code --every-keyframe} it also draws every keyframe, and the left side, of each.
 */
public final class FigurePictures {

    private static final int WIDTH = 480;
    private static final int HEIGHT = 320;

    public static void main(String[] args) throws Exception {
        Path catalogueFile = Path.of(args.length > 0 ? args[0] : "exercises/hip.json");
        Path folder = Path.of(args.length > 1 ? args[1] : "docs/figures");
        boolean every = List.of(args).contains("--every-keyframe");
        boolean dark = List.of(args).contains("--dark");
        Files.createDirectories(folder);
        Catalogue catalogue = CatalogueLoader.load(catalogueFile);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        try {
            on(() -> Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet()));
            for (Exercise exercise : catalogue.exercises()) {
                if (exercise.figure().isEmpty()) {
                    System.out.println("no figure: " + exercise.id());
                    continue;
                }
                Figure figure = exercise.figure().get();
                List<String> movement = figure.movement();
                List<String[]> shots = new ArrayList<>();
                shots.add(new String[] {"start", movement.get(0), "right"});
                shots.add(new String[] {"end", movement.get(movement.size() - 1), "right"});
                if (every) {
                    for (String name : figure.poses().keySet()) {
                        shots.add(new String[] {"pose-" + name, name, "right"});
                        shots.add(new String[] {"pose-" + name + "-left", name, "left"});
                    }
                }
                for (String[] shot : shots) {
                    Path file = folder.resolve(exercise.id() + "-" + shot[0] + ".png");
                    String caption = exercise.name() + ": " + shot[0].replaceFirst("^pose-", "") + " ("
                            + shot[1] + ", " + shot[2] + " side)";
                    FxPictures.writePng(call(() -> picture(figure, figure.poses().get(shot[1]), shot[2].equals("left"), caption,
                            dark)), file);
                    System.out.println("wrote " + file);
                }
            }
        } finally {
            Platform.exit();
        }
    }

    private static WritableImage picture(Figure figure, Pose pose, boolean left, String caption, boolean dark) {
        FigureFrame.Mat mat = Drawing.mat(figure);
        FigureView view = new FigureView();
        view.show(Drawing.frame(figure, pose, left, mat), Drawing.bounds(figure, mat));
        Label label = new Label(caption);
        label.setWrapText(true);
        VBox box = new VBox(6, label, view);
        VBox.setVgrow(view, javafx.scene.layout.Priority.ALWAYS);
        box.setPadding(new Insets(10));
        box.getStyleClass().add("screen");
        Scene scene = new Scene(box, WIDTH, HEIGHT);
        scene.getStylesheets().add(FigurePictures.class.getResource("/org/exerciseplayer/ui/app.css")
                .toExternalForm());
        box.setStyle("-fx-background-color: -color-bg-default;");
        return scene.snapshot(null);
    }

}
