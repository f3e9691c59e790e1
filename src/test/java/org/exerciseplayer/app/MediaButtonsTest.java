package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.history.InMemoryHistoryStore;
import org.exerciseplayer.history.OpenedHistory;
import org.exerciseplayer.platform.Eventually;
import org.exerciseplayer.platform.MediaPlayer2;
import org.exerciseplayer.platform.MediaPlayer2Player;
import org.exerciseplayer.platform.SessionBus;
import org.exerciseplayer.platform.TestBus;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.player.FrameSource;
import org.exerciseplayer.ui.player.PlayerViewModel;
import org.exerciseplayer.ui.player.RecordingScreenAwake;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window as a media player on a private session bus (a real dbus-daemon): from the first frame it owns
 * org.mpris.MediaPlayer2.exercise_player; the desktop's play/pause, next and stop (as a Bluetooth headset sends
 * them) pause, resume, skip and end the session, and PlaybackStatus follows: Stopped on home, Playing, Paused.
 */
@EnabledOnOs({OS.LINUX, OS.FREEBSD, OS.OPENBSD})
@ExtendWith(ApplicationExtension.class)
class MediaButtonsTest {

    private static final Path SHORT = Path.of("src/test/resources/catalogues/short.json");

    @TempDir
    static Path temp;
    private final ManualClock clock = new ManualClock();
    private TestBus bus;
    private SessionBus appBus;
    private SessionBus desktop;
    private Stage stage;
    private AppWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        bus = TestBus.start(java.nio.file.Files.createTempDirectory(temp, "bus"));
        appBus = new SessionBus(bus::socket, Duration.ofSeconds(3));
        desktop = new SessionBus(bus::socket, Duration.ofSeconds(3));
        var background = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "test-background");
            thread.setDaemon(true);
            return thread;
        });
        window = new AppWindow(stage, Optional::empty, new Services(Settings.inMemory(), RecordingSoundCues::new,
                new RecordingScreenAwake(), background, clock,
                () -> new OpenedHistory(new InMemoryHistoryStore(), Optional.empty()),
                java.time.Clock.systemDefaultZone(), FrameSource.none(), () -> Optional.of(appBus)));
        window.open(Optional.of(SHORT));
        stage.show();
    }

    @AfterEach
    void stop() {
        appBus.close();
        desktop.close();
        bus.close();
    }

    private String status() throws Exception {
        Object value = desktop.remote(MediaPlayer2.BUS_NAME, MediaPlayer2.PATH, Properties.class)
                .Get(MediaPlayer2Player.INTERFACE, "PlaybackStatus");
        return String.valueOf(value instanceof Variant<?> variant ? variant.getValue() : value);
    }

    private void eventuallyStatus(String expected) throws Exception {
        Eventually.within(Duration.ofSeconds(5), "PlaybackStatus " + expected, () -> {
            try {
                return status().equals(expected);
            } catch (Exception e) {
                return false;
            }
        });
    }

    private PlayerViewModel player() {
        return window.player().orElseThrow();
    }

    @Test
    void headsetButtonsPauseResumeSkipAndEndTheSessionAndTheDesktopSeesItsState(FxRobot robot) throws Exception {
        Eventually.within(Duration.ofSeconds(10), "the app owns its MPRIS name after the first frame", () -> {
            try {
                return desktop.hasOwner(MediaPlayer2.BUS_NAME);
            } catch (java.io.IOException e) {
                return false;
            }
        });
        eventuallyStatus("Stopped");

        robot.interact(stage::requestFocus);
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        assertThat(window.player()).isPresent();
        eventuallyStatus("Playing");
        MediaPlayer2Player headset = desktop.remote(MediaPlayer2.BUS_NAME, MediaPlayer2.PATH,
                MediaPlayer2Player.class);

        headset.PlayPause();
        Eventually.within(Duration.ofSeconds(5), "paused", () -> OnFxThread.read(
                () -> player().screen().pausedProperty().get()));
        eventuallyStatus("Paused");
        headset.PlayPause();
        Eventually.within(Duration.ofSeconds(5), "resumed", () -> OnFxThread.read(
                () -> !player().screen().pausedProperty().get()));
        eventuallyStatus("Playing");

        headset.Next();
        Eventually.within(Duration.ofSeconds(5), "skipped to the hold", () -> OnFxThread.read(
                () -> player().screen().phaseTitleProperty().get().equals("Hold")));

        headset.Stop();
        Eventually.within(Duration.ofSeconds(5), "asked whether to end", () -> OnFxThread.read(
                () -> player().overlayProperty().get() == PlayerViewModel.Overlay.END_CONFIRM));
        eventuallyStatus("Paused");
        headset.Stop();
        Eventually.within(Duration.ofSeconds(5), "ended", () -> window.screen() instanceof Screen.End);
        eventuallyStatus("Stopped");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
