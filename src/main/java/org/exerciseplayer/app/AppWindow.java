package org.exerciseplayer.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.CatalogueException;
import org.exerciseplayer.catalogue.CatalogueLoader;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Problem;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.home.HomeView;
import org.exerciseplayer.ui.home.HomeViewModel;
import org.exerciseplayer.ui.problems.ProblemsView;

/**
 * The composition root of the window: loads a catalogue, wires each screen's ViewModel to the services and
 * swaps screens in one scene.
 */
public final class AppWindow {

    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 640;

    private final Stage stage;
    private final FileDialogs dialogs;
    private final Scene scene;

    public AppWindow(Stage stage, FileDialogs dialogs) {
        this.stage = stage;
        this.dialogs = dialogs;
        this.scene = new Scene(new javafx.scene.layout.StackPane(), 1100, 760);
        scene.getStylesheets().add(AppWindow.class.getResource("/org/exerciseplayer/ui/app.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                this::chooseAndOpen);
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setTitle(Messages.get("app.name"));
    }

    /** Opens {@code file}, or the bundled catalogue; shows the problems instead if it cannot be loaded. */
    public void open(Optional<Path> file) {
        String name = file.map(Path::toString).orElse(BundledCatalogue.NAME);
        try {
            Catalogue catalogue = file.isPresent() ? CatalogueLoader.load(file.get()) : BundledCatalogue.load();
            showHome(catalogue);
        } catch (CatalogueException e) {
            e.problems().forEach(System.err::println);
            showProblems(name, e.problems());
        }
    }

    private void chooseAndOpen() {
        dialogs.chooseCatalogue().ifPresent(path -> open(Optional.of(path)));
    }

    private void showHome(Catalogue catalogue) {
        HomeViewModel model = new HomeViewModel(catalogue, this::predictedSeconds, this::startSession);
        show(new HomeView(model, this::chooseAndOpen).createView());
        stage.setTitle(catalogue.title() + " \u2013 " + Messages.get("app.name"));
    }

    private void showProblems(String file, List<Problem> problems) {
        show(new ProblemsView(file, problems, this::chooseAndOpen, Platform::exit).createView());
        stage.setTitle(Messages.get("problems.title") + " \u2013 " + Messages.get("app.name"));
    }

    private long predictedSeconds(List<Exercise> exercises) {
        return 0;
    }

    private void startSession(List<Exercise> exercises) {
    }

    private void show(Parent view) {
        scene.setRoot(view);
    }
}
