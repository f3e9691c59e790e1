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
        setTextScale(Math.round((settings.textScale() + step) * 10) / 10.0);
    }

    void setTextScale(double scale) {
        settings.setTextScale(scale);
        applyTextScale();
    }

    double textScale() {
        return settings.textScale();
    }

    private void applyTextScale() {
        double scale = isPresenter() ? PRESENTER_SCALE : 1.0;
        frame.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                BASE_FONT_PIXELS * settings.textScale() * scale));
    }
}
