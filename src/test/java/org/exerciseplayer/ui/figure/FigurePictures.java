package org.exerciseplayer.ui.figure;

import static org.exerciseplayer.ui.FxPictures.call;
import static org.exerciseplayer.ui.FxPictures.on;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
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
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.CatalogueLoader;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Variation;
import org.exerciseplayer.figure.Drawing;
import org.exerciseplayer.figure.Figure;
import org.exerciseplayer.figure.Moment;
import org.exerciseplayer.ui.FxPictures;

/**
 * Draws the start and end of every exercise in a catalogue (and of each variation that has a figure of its own) to
 * PNG files, as the player draws them, arrows and props included, so that someone can look at each one and check
 * that a physiotherapist would recognise it. Run it with {@code docs/figures/make.sh}; it is a tool, not a test.
 * {@code --every-keyframe} also draws every keyframe, and the left side, of each; {@code --bare} leaves out the
 * caption (for asking someone to name the exercise from the picture alone); {@code --dark} uses the dark theme.
 */
public final class FigurePictures {

    private static final int WIDTH = 480;
    private static final int HEIGHT = 320;

    /** One picture to draw: its file name's ending, the moment, and the keyframe's name for the caption. */
    private record Shot(String suffix, Moment moment, String pose) {}

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args).stream().filter(a -> a.startsWith("--")).toList();
        List<String> paths = List.of(args).stream().filter(a -> !a.startsWith("--")).toList();
        Path catalogueFile = Path.of(paths.size() > 0 ? paths.get(0) : "exercises/hip.json");
        Path folder = Path.of(paths.size() > 1 ? paths.get(1) : "docs/figures");
        boolean every = options.contains("--every-keyframe");
        boolean dark = options.contains("--dark");
        boolean bare = options.contains("--bare");
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
                draw(exercise.id(), exercise.name(), exercise.figure().get(), exercise.dose(), every, bare, dark,
                        folder);
                for (Variation variation : exercise.variations()) {
                    if (variation.figure().isPresent()) {
                        String kind = variation.kind().name().toLowerCase(java.util.Locale.ROOT);
                        draw(exercise.id() + "-" + kind, exercise.name() + " (" + kind + ")",
                                variation.figure().get(), variation.dose().orElse(exercise.dose()), every, bare, dark,
                                folder);
                    }
                }
            }
        } finally {
            Platform.exit();
        }
    }

    private static void draw(String id, String name, Figure figure, Dose dose, boolean every, boolean bare,
                             boolean dark, Path folder) throws Exception {
        boolean holds = dose.kind() == Dose.Kind.HOLD;
        Drawing drawing = Drawing.of(figure, holds);
        List<String> movement = figure.movement();
        int last = movement.size() - 1;
        List<Shot> shots = new ArrayList<>();
        shots.add(new Shot("start", Moment.of(Moment.Stage.READY, 0, false), movement.get(0)));
        shots.add(new Shot("end", holds ? Moment.of(Moment.Stage.HOLDING, 1, false)
                : Moment.of(Moment.Stage.REPEATING, last / (double) movement.size(), false), movement.get(last)));
        if (every) {
            for (boolean left : new boolean[] {false, true}) {
                String side = left ? "-left" : "";
                for (int direction = 0; direction < 2; direction++) {
                    List<String> names = figure.movementNames(direction);
                    for (int i = 0; i < names.size(); i++) {
                        shots.add(new Shot("pose-" + names.get(i) + side, new Moment(Moment.Stage.REPEATING,
                                direction, i / (double) names.size(), left), names.get(i)));
                    }
                }
                for (int i = 0; i < figure.preparation().size(); i++) {
                    shots.add(new Shot("pose-" + figure.preparation().get(i) + side, new Moment(
                            Moment.Stage.PREPARING, 0, i / (double) figure.preparation().size(), left),
                            figure.preparation().get(i)));
                }
            }
        }
        for (Shot shot : shots) {
            Path file = folder.resolve(id + "-" + shot.suffix() + ".png");
            String caption = bare ? null : name + ": " + shot.suffix().replaceFirst("^pose-", "") + " ("
                    + shot.pose() + ", " + (shot.moment().otherSide() ? "left" : "right") + " side)";
            FxPictures.writePng(call(() -> picture(drawing, shot.moment(), caption)), file);
            System.out.println("wrote " + file + ": " + drawing.frame(shot.moment()).description());
        }
    }

    private static WritableImage picture(Drawing drawing, Moment moment, String caption) {
        FigureView view = new FigureView();
        view.show(drawing.frame(moment), drawing.bounds());
        VBox box = new VBox(6);
        if (caption != null) {
            Label label = new Label(caption);
            label.setWrapText(true);
            box.getChildren().add(label);
        }
        box.getChildren().add(view);
        VBox.setVgrow(view, Priority.ALWAYS);
        box.setPadding(new Insets(caption == null ? 6 : 10));
        box.getStyleClass().add("screen");
        Scene scene = new Scene(box, WIDTH, HEIGHT);
        scene.getStylesheets().add(FigurePictures.class.getResource("/org/exerciseplayer/ui/app.css")
                .toExternalForm());
        box.setStyle("-fx-background-color: -color-bg-default;");
        return scene.snapshot(null);
    }
}
