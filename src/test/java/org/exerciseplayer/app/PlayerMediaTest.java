package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.player.PlayerViewModel;
import org.exerciseplayer.ui.player.RecordingScreenAwake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A catalogue's own media on the player screen: its picture is shown beside the steps; a video that is missing
 * becomes a plain note with its description, and the session carries on.
 */
@ExtendWith(ApplicationExtension.class)
class PlayerMediaTest {

    @TempDir
    static Path folder;

    private final ManualClock clock = new ManualClock();
    private AppWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path source = Path.of(PlayerMediaTest.class.getResource("/catalogues/media/with-media.json").toURI());
        Path catalogue = Files.copy(source, folder.resolve("with-media.json"));
        Files.createDirectories(folder.resolve("pictures"));
        Files.copy(source.resolveSibling("pictures/knee-hug.png"), folder.resolve("pictures/knee-hug.png"));
        window = new AppWindow(stage, Optional::empty, new Services(Settings.inMemory(), RecordingSoundCues::new,
                new RecordingScreenAwake(), Runnable::run, clock));
        window.open(Optional.of(catalogue));
        stage.show();
    }

    @Test
    void thePictureIsShownAndAMissingVideoBecomesANoteWhileTheSessionGoesOn(FxRobot robot) {
        robot.interact(stage::requestFocus);
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        ImageView picture = robot.lookup("#exercise-picture").queryAs(ImageView.class);
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> picture.getImage().getProgress() >= 1.0);
        assertThat(picture.getImage().isError()).isFalse();
        assertThat(picture.getImage().getWidth()).isPositive();
        assertThat(picture.getImage().getUrl()).endsWith("/pictures/knee-hug.png");
        assertThat(picture.isVisible()).isTrue();
        assertThat(robot.lookup("#exercise-media").query().getAccessibleText())
                .isEqualTo("A person lying on their back hugging one knee to the chest.");

        robot.interact(() -> window.player().ifPresent(PlayerViewModel::skipExercise));
        robot.interact(() -> window.player().ifPresent(player -> {
            if (player.overlayProperty().get() == PlayerViewModel.Overlay.BETWEEN_CHECK) {
                player.carryOn();
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();
        Label note = robot.lookup("#exercise-media-note").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("The video for this exercise cannot be shown: "
                + folder.resolve("videos/leg-circles.mp4") + " is missing. It shows: A leg drawing slow circles"
                + " in the air.");
        assertThat(robot.lookup("#exercise-picture").tryQuery()).isEmpty();

        PlayerViewModel player = window.player().orElseThrow();
        String before = player.screen().countdownProperty().get();
        clock.advanceMillis(2_000);
        robot.interact(player::tick);
        assertThat(player.screen().pausedProperty().get()).isFalse();
        assertThat(player.screen().exerciseNameProperty().get()).isEqualTo("Leg circles");
        assertThat(player.screen().countdownProperty().get()).isNotEqualTo(before);
    }
}
