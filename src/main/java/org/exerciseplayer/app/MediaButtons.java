package org.exerciseplayer.app;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;
import org.exerciseplayer.platform.MediaControls;
import org.exerciseplayer.platform.SessionBus;
import org.exerciseplayer.ui.player.PlayerViewModel;

/**
 * The window as a media player for the desktop (issue 13, "control without the keyboard"): while the app runs it
 * serves MPRIS on the session bus ({@code platform.MprisPlayer}), so a Bluetooth headset's play/pause and next, a
 * keyboard's media keys and the desktop's media controls pause, resume and skip the session under way
 * ({@link PlayerViewModel#media}), and {@code PlaybackStatus} follows it: Stopped on any screen but the player,
 * Playing, Paused (also while a question waits). Served after the first frame, off the JavaFX thread, like the rest
 * of D-Bus; where there is no session bus the app goes on without it and says so on standard error.
 */
final class MediaButtons implements MediaControls.Commands {

    private final Stage stage;
    private final Navigator navigator;
    private final Supplier<Optional<SessionBus>> bus;
    private final Executor background;
    private volatile MediaControls.Player served;
    private PlayerViewModel followed;
    private final ChangeListener<Object> onChange = (o, was, is) -> show();

    MediaButtons(Stage stage, Navigator navigator, Supplier<Optional<SessionBus>> bus, Executor background) {
        this.stage = stage;
        this.navigator = navigator;
        this.bus = bus;
        this.background = background;
    }

    /** Serves the player (off the JavaFX thread) and follows the screens from then on. Call on the JavaFX thread. */
    void start() {
        background.execute(() -> {
            Optional<SessionBus> sessionBus = bus.get();
            if (sessionBus.isEmpty()) {
                return;
            }
            try {
                served = org.exerciseplayer.platform.MprisPlayer.serve(sessionBus.get(), this);
            } catch (IOException | RuntimeException e) {
                System.err.println("Media keys and headset buttons are not available (MPRIS): " + e.getMessage());
                return;
            }
            Platform.runLater(() -> {
                navigator.screenProperty().addListener(onChange);
                show();
            });
        });
    }

    /** Whether the player is served (for tests). */
    boolean isServed() {
        return served != null;
    }

    /** The name and the object leave the bus (the window closes). */
    void close() {
        MediaControls.Player player = served;
        served = null;
        if (player != null) {
            background.execute(player::close);
        }
    }

    /** Tells the desktop what the window shows now. On the JavaFX thread. */
    private void show() {
        Optional<PlayerViewModel> player = navigator.player();
        if (followed != null && (player.isEmpty() || player.get() != followed)) {
            followed.screen().pausedProperty().removeListener(onChange);
            followed.screen().exerciseNameProperty().removeListener(onChange);
            followed = null;
        }
        if (player.isPresent() && followed == null) {
            followed = player.get();
            followed.screen().pausedProperty().addListener(onChange);
            followed.screen().exerciseNameProperty().addListener(onChange);
        }
        MediaControls.Status status = followed == null ? MediaControls.Status.STOPPED
                : followed.screen().pausedProperty().get() ? MediaControls.Status.PAUSED
                : MediaControls.Status.PLAYING;
        String title = followed == null ? "" : followed.screen().exerciseNameProperty().get();
        MediaControls.Player target = served;
        if (target != null) {
            background.execute(() -> target.show(status, title));
        }
    }

    // The desktop's commands, on dbus-java's threads: each goes to the session under way on the JavaFX thread.

    private void send(PlayerViewModel.MediaCommand command) {
        Platform.runLater(() -> navigator.player().ifPresent(player -> player.media(command)));
    }

    @Override
    public void playPause() {
        send(PlayerViewModel.MediaCommand.PLAY_PAUSE);
    }

    @Override
    public void play() {
        send(PlayerViewModel.MediaCommand.PLAY);
    }

    @Override
    public void pause() {
        send(PlayerViewModel.MediaCommand.PAUSE);
    }

    @Override
    public void next() {
        send(PlayerViewModel.MediaCommand.NEXT);
    }

    @Override
    public void previous() {
        send(PlayerViewModel.MediaCommand.PREVIOUS);
    }

    @Override
    public void stop() {
        send(PlayerViewModel.MediaCommand.STOP);
    }

    @Override
    public void raise() {
        Platform.runLater(() -> {
            stage.setIconified(false);
            stage.show();
            stage.toFront();
            stage.requestFocus();
        });
    }
}
