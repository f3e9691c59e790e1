package org.exerciseplayer.app;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import org.exerciseplayer.session.Session;
import org.exerciseplayer.ui.player.PlayerViewModel;

/**
 * Which screen the window shows: one {@link Screen}, as one property, and the move from one to the next, which
 * ends what the screen that goes had started. Nothing else in the window keeps a screen.
 */
final class Navigator {

    private final BorderPane frame;
    private final ReadOnlyObjectWrapper<Screen> screen;

    Navigator(BorderPane frame) {
        this.frame = frame;
        Screen blank = new Screen.Blank(new Pane());
        this.screen = new ReadOnlyObjectWrapper<>(blank);
        frame.setCenter(blank.view());
    }

    /** Shows {@code next}, after the screen shown ends what it started. */
    void show(Screen next) {
        Screen shown = screen.get();
        if (shown == next) {
            return;
        }
        shown.leave();
        frame.setCenter(next.view());
        screen.set(next);
    }

    Screen screen() {
        return screen.get();
    }

    ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    /** Whether a session is under way: then other files, the editor, progress and handouts wait. */
    boolean isPlaying() {
        return screen.get() instanceof Screen.Playing;
    }

    /** The player of the session under way, if any. */
    Optional<PlayerViewModel> player() {
        return screen.get() instanceof Screen.Playing playing ? Optional.of(playing.player()) : Optional.empty();
    }

    Optional<Session> session() {
        return screen.get() instanceof Screen.Playing playing ? Optional.of(playing.session()) : Optional.empty();
    }
}
