package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.routine.RoutineLoader;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.settings.VoicePreferences;
import org.exerciseplayer.ui.player.PlayerViewModel;
import org.exerciseplayer.ui.player.RecordingScreenAwake;
import org.exerciseplayer.voice.ClockTimer;
import org.exerciseplayer.voice.PhraseCache;
import org.exerciseplayer.voice.SpeechEngine;
import org.exerciseplayer.voice.SpeechEngines;
import org.exerciseplayer.voice.ToneEngine;
import org.exerciseplayer.voice.Voice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The voice in the real window, headless, with an engine that writes tones for words: the session's phrases are
 * rendered from "Before you start" and heard through the cues' path; M mutes them with the cues; without an engine
 * the player says so once; and View &gt; Voice… (Ctrl+Shift+V) changes the settings.
 */
@ExtendWith(ApplicationExtension.class)
class VoiceFlowTest {

    private static final Path SHORT = Path.of("src/test/resources/catalogues/short.json");
    private static final String GET_READY = "Short hold, right side. Lie down. Hold for 4 seconds, 2 times.";

    @TempDir
    static Path cache;

    private final ManualClock clock = new ManualClock();
    private final RecordingSoundCues sound = new RecordingSoundCues();
    private final ToneEngine engine = new ToneEngine();
    private final Settings settings = Settings.inMemory();
    private Stage stage;
    private AppWindow window;
    private Voice voice;
    private boolean withEngine = true;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Services services = new Services(settings, () -> sound, new RecordingScreenAwake(), Runnable::run, clock)
                .withVoice(Services.once(() -> {
                    voice = new Voice(() -> new SpeechEngines.Found(
                            withEngine ? Optional.<SpeechEngine>of(engine) : Optional.empty(), "No speech engine here."),
                            new PhraseCache(cache.resolve("voice-" + System.nanoTime()), 1 << 24), () -> sound,
                            () -> new ClockTimer(clock));
                    return voice;
                }));
        window = new AppWindow(stage, Optional::empty, services);
        window.open(Optional.of(SHORT));
        stage.show();
    }

    @BeforeEach
    void focus(FxRobot robot) {
        robot.interact(stage::requestFocus);
    }

    private void startSession(FxRobot robot) throws Exception {
        robot.type(KeyCode.ENTER);
        if (withEngine) {
            // "Before you start" began rendering the session's phrases; this waits behind it on the same thread.
            Catalogue shortCatalogue = RoutineLoader.open(SHORT).catalogue();
            voice.prepare(SessionSetup.of(shortCatalogue, Routine.of(shortCatalogue)), settings.voice())
                    .get(20, TimeUnit.SECONDS);
            assertThat(engine.rendered).contains(GET_READY);
        }
        robot.type(KeyCode.ENTER);
        assertThat(window.player()).isPresent();
    }

    private void advance(FxRobot robot, double seconds) {
        clock.advanceMillis(Math.round(seconds * 1000));
        robot.interact(() -> window.player().ifPresent(PlayerViewModel::tick));
    }

    @Test
    void theGetReadyIsRenderedBeforeTheStartAndHeardThroughTheCuesPathWhichMMutes(FxRobot robot) throws Exception {
        startSession(robot);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> sound.phrasesStarted().size() == 1);
        assertThat(sound.phrasesStarted().get(0).getFileName().toString()).endsWith(".wav");
        robot.type(KeyCode.M);
        assertThat(sound.isMuted()).isTrue();
        for (int second = 0; second < 12; second++) {
            advance(robot, 1);
        }
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(sound.phrasesStarted()).as("nothing is heard while muted").hasSize(1);
        assertThat(robot.lookup("#player-note").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void withoutAnEngineTheSessionGoesOnAndThePlayerSaysSoOnce(FxRobot robot) throws Exception {
        withEngine = false;
        startSession(robot);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#player-note").queryAs(Label.class).getText().contains("No speech engine here."));
        advance(robot, 5);
        assertThat(robot.lookup("#player-note").queryAs(Label.class).getText()).isEqualTo("No speech engine here.");
        assertThat(window.player().orElseThrow().session().state().elapsedMillis()).isEqualTo(5000);
        assertThat(sound.phrasesStarted()).isEmpty();
    }

    @Test
    void theVoiceDialogOpensFromTheKeyboardAndKeepsWhatIsChosen(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#voice-on").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.clickOn("#voice-verbosity-counts");
        assertThat(robot.lookup("#voice-verbosity-counts").queryAs(RadioButton.class).isSelected()).isTrue();
        robot.clickOn("#voice-save");

        assertThat(settings.voice()).isEqualTo(VoicePreferences.DEFAULT.withVerbosity(
                VoicePreferences.Verbosity.COUNTS));
        assertThat(robot.lookup("#voice-engine").tryQuery()).isEmpty();
    }
}
