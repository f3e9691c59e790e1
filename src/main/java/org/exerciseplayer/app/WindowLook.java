package org.exerciseplayer.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.exerciseplayer.settings.Settings;

/**
 * How the whole window looks: the light or dark theme, presenter mode (full screen, large type, highest contrast,
 * no menu bar) and the text size, each kept in the settings where it lasts.
 */
final class WindowLook {

    /** The theme's normal text size, which the text-size setting scales. */
    static final double BASE_FONT_PIXELS = 14;
    static final double TEXT_STEP = 0.1;
    /** The text sizes Ctrl and + or − move between: two steps smaller than normal to ten larger. */
    static final double MIN_TEXT_SCALE = 0.8;
    static final double MAX_TEXT_SCALE = 2.0;
    static final double PRESENTER_SCALE = 1.6;

    private final Stage stage;
    private final javafx.scene.layout.BorderPane frame;
    private final Settings settings;
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final BooleanProperty presenter = new SimpleBooleanProperty();

    /** @param frame the window's root, whose top (the menu bar) presenter mode hides */
    WindowLook(Stage stage, javafx.scene.layout.BorderPane frame, Settings settings) {
        this.stage = stage;
        this.frame = frame;
        this.settings = settings;
        stage.fullScreenProperty().addListener((o, was, is) -> setPresenter(is));
        applyTheme(settings.isDarkTheme());
        applyTextScale();
        // Dialogs are watched for while the window is shown, and no longer (so a closed window is let go).
        javafx.collections.ListChangeListener<javafx.stage.Window> dialogs = change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::lookOfDialog);
            }
        };
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN,
                e -> javafx.stage.Window.getWindows().addListener(dialogs));
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN,
                e -> javafx.stage.Window.getWindows().removeListener(dialogs));
    }

    /** Presenter mode: full screen with a large, high-contrast layout for a projector. */
    void setPresenter(boolean on) {
        showPresenterLayout(on);
        if (stage.isFullScreen() != on) {
            stage.setFullScreen(on);
        }
    }

    /** The presenter layout alone, without going full screen (for screenshots of a given size). */
    void showPresenterLayout(boolean on) {
        presenter.set(on);
        if (on) {
            if (!frame.getStyleClass().contains("presenter")) {
                frame.getStyleClass().add("presenter");
            }
        } else {
            frame.getStyleClass().removeAll("presenter");
        }
        // Hidden rather than removed, so that its keys (F11 among them) still work in presenter mode.
        Node menuBar = frame.getTop();
        if (menuBar != null) {
            menuBar.setVisible(!on);
            menuBar.setManaged(!on);
        }
        applyTextScale();
    }

    boolean isPresenter() {
        return presenter.get();
    }

    /** Whether presenter mode is on, for the menu's tick. */
    BooleanProperty presenterProperty() {
        return presenter;
    }

    BooleanProperty darkProperty() {
        return dark;
    }

    void applyTheme(boolean useDark) {
        Application.setUserAgentStylesheet(useDark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        dark.set(useDark);
        settings.setDarkTheme(useDark);
    }

    void changeTextScale(double step) {
        double scale = Math.round((settings.textScale() + step) * 10) / 10.0;
        setTextScale(Math.max(MIN_TEXT_SCALE, Math.min(MAX_TEXT_SCALE, scale)));
    }

    void setTextScale(double scale) {
        settings.setTextScale(scale);
        applyTextScale();
    }

    double textScale() {
        return settings.textScale();
    }

    private void applyTextScale() {
        frame.setStyle(fontSize());
        javafx.stage.Window.getWindows().forEach(this::lookOfDialog);
    }

    private String fontSize() {
        double scale = isPresenter() ? PRESENTER_SCALE : 1.0;
        return String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PIXELS * settings.textScale() * scale);
    }

    /**
     * A dialog over this window (a message, the reminders, unsaved changes) looks as the window does: the app's
     * stylesheet, its text size, and presenter mode's colours while it is on. Menus and tooltips follow the control
     * that shows them already.
     */
    private void lookOfDialog(javafx.stage.Window window) {
        if (!(window instanceof Stage dialog) || dialog == stage || dialog.getOwner() != stage
                || dialog.getScene() == null) {
            return;
        }
        javafx.scene.Parent root = dialog.getScene().getRoot();
        String css = WindowLook.class.getResource("/org/exerciseplayer/ui/app.css").toExternalForm();
        if (!dialog.getScene().getStylesheets().contains(css)) {
            dialog.getScene().getStylesheets().add(css);
        }
        root.getStyleClass().removeAll("presenter");
        if (isPresenter()) {
            root.getStyleClass().add("presenter");
        }
        if (!fontSize().equals(root.getStyle())) {
            root.setStyle(fontSize());
            // A dialog's button bar fixes its buttons' widths once, for the text size they had then.
            if (root instanceof javafx.scene.control.DialogPane pane
                    && pane.lookup(".button-bar") instanceof javafx.scene.control.ButtonBar bar) {
                bar.getButtons().stream().filter(javafx.scene.layout.Region.class::isInstance)
                        .map(javafx.scene.layout.Region.class::cast)
                        .forEach(button -> button.setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE));
            }
            // A dialog is sized for the text it now has, and put back over the window; a window of its own (the
            // format guide) keeps the size it was given, its text scrolling within it.
            root.applyCss();
            if (!(root instanceof javafx.scene.control.DialogPane)) {
                return;
            }
            if (!dialog.isShowing() || Double.isNaN(dialog.getWidth()) || Double.isNaN(dialog.getHeight())) {
                // Not placed yet: it sizes itself for its text and centres over the window as it is first shown.
                return;
            }
            dialog.sizeToScene();
            // Over the window, and never off its screen (a dialog taller than the window starts at the screen's top).
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(stage.getX(),
                            stage.getY(), Math.max(1, stage.getWidth()), Math.max(1, stage.getHeight())).stream()
                    .findFirst().orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
            double x = stage.getX() + (stage.getWidth() - dialog.getWidth()) / 2;
            double y = stage.getY() + (stage.getHeight() - dialog.getHeight()) / 3;
            dialog.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - dialog.getWidth())));
            dialog.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - dialog.getHeight())));
        }
    }
}
