package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.history.InMemoryHistoryStore;
import org.exerciseplayer.history.OpenedHistory;
import org.exerciseplayer.history.SessionRecord;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineFixtures;
import org.exerciseplayer.routine.RoutineWriter;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.player.PlayerViewModel;
import org.exerciseplayer.ui.player.RecordingScreenAwake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A routine from a physio, through the real window, headless: opened from a file, its notes and items on the home
 * screen, played at demo speed to the between-exercise check, a number above the physio's limit, and the end
 * screen and history that follow. Time is the test's own clock.
 */
@ExtendWith(ApplicationExtension.class)
class RoutineFlowTest {

    private final ManualClock clock = new ManualClock();
    private final InMemoryHistoryStore history = new InMemoryHistoryStore();
    private Stage stage;
    private AppWindow window;
    private RoutineDocument routine;
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = new AppWindow(stage, Optional::empty, new Services(Settings.inMemory(), RecordingSoundCues::new,
                new RecordingScreenAwake(), Runnable::run, clock, () -> new OpenedHistory(history, Optional.empty()),
                Clock.systemDefaultZone()));
        routine = RoutineFixtures.threeExercises(BundledCatalogue.load());
        stage.show();
    }

    @BeforeEach
    void focus(FxRobot robot) {
        robot.interact(stage::requestFocus);
    }

    private Path saved(String name, RoutineDocument document) throws Exception {
        Path file = folder.resolve(name);
        RoutineWriter.save(document, file);
        return file;
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private List<String> texts(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(VBox.class).getChildren().stream().filter(Label.class::isInstance)
                .map(n -> ((Label) n).getText()).toList();
    }

    private boolean visible(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node.isVisible() && (node.getParent() == null || node.getParent().isVisible());
    }

    @Test
    void aRoutineOpensWithThePhysiosNotesAndStopsAboveItsLimit(FxRobot robot) throws Exception {
        Path file = saved("sam.routine.json", routine);
        robot.interact(() -> window.open(Optional.of(file)));

        assertThat(stage.getTitle()).startsWith("Hips for Sam");
        assertThat(text(robot, "#home-title")).isEqualTo("Hips for Sam");
        assertThat(text(robot, "#home-prescribed")).startsWith("Prescribed by A. Physio on ");
        assertThat(texts(robot, "#home-physio-notes"))
                .containsExactly("From your physio", "Start gently.", "Call me if it hurts at night.");
        assertThat(text(robot, "#home-pain-rule")).startsWith("Your physio\u2019s pain limit: 3/10.");
        // The limit is the rule shown first, and the leaflet's stop rule is not shown beside it as a second rule.
        assertThat(texts(robot, "#home-safety")).hasSize(4).element(1).asString()
                .startsWith("Your physio\u2019s pain limit: 3/10.");
        assertThat(texts(robot, "#home-safety")).noneMatch(line -> line.startsWith("Should your pain increase"));
        assertThat(robot.lookup(".exercise-name").queryAllAs(CheckBox.class)).extracting(CheckBox::getText)
                .containsExactly(routine.exercise(0).name(), routine.exercise(1).name(), routine.exercise(2).name());
        assertThat(robot.lookup(".exercise-physio-note").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("From your physio: Left side is the sore one.");
        // The first and third have the physio's own dose (a longer hold; other directions), the second does not.
        assertThat(robot.lookup(".exercise-physio-dose").queryAllAs(Label.class)).hasSize(2)
                .allSatisfy(label -> assertThat(label.getText()).contains("Your physio set this dose"));
        assertThat(robot.lookup(".exercise-variation").queryAllAs(Label.class)).singleElement()
                .extracting(Label::getText).asString().startsWith("Harder: ");

        robot.type(KeyCode.ENTER);
        assertThat(text(robot, "#start-stop-rule-heading")).contains("Above 3/10, stop: your physio");
        assertThat(text(robot, "#start-stop-rule")).contains("pain up to 3/10").doesNotContain("Should your pain");
        assertThat(text(robot, "#start-pain-limit")).startsWith("This limit takes the place of the leaflet");
        robot.type(KeyCode.ENTER);
        PlayerViewModel player = window.player().orElseThrow();
        assertThat(player.screen().physioNotes()).containsExactly("Left side is the sore one.");
        assertThat(visible(robot, "#player-physio-notes")).isTrue();
        robot.type(KeyCode.CLOSE_BRACKET, 3);

        for (int frame = 0; frame < 2000 && player.overlayProperty().get() == PlayerViewModel.Overlay.NONE; frame++) {
            clock.advanceMillis(250);
            robot.interact(player::tick);
        }
        assertThat(player.overlayProperty().get()).isEqualTo(PlayerViewModel.Overlay.BETWEEN_CHECK);
        assertThat(text(robot, "#check-next")).isEqualTo("Next: " + routine.exercise(1).name());
        assertThat(text(robot, "#check-limit")).isEqualTo("Your physio\u2019s limit is 3/10: above 3, the session stops.");
        assertThat(robot.lookup("#check-rate").queryAs(javafx.scene.layout.FlowPane.class).getChildren()).hasSize(11);
        robot.type(KeyCode.ENTER);
        assertThat(window.player()).as("Enter alone gives no answer").isPresent();
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT0);
        assertThat(robot.lookup("#check-rate-10").queryAs(Button.class).isFocused()).isTrue();
        robot.type(KeyCode.DIGIT6);
        assertThat(robot.lookup("#check-rate-6").queryAs(Button.class).isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.player()).isEmpty();
        assertThat(text(robot, "#end-title")).isEqualTo("\u26A0 Session stopped: your pain got worse");
        assertThat(text(robot, "#end-stop-reason"))
                .isEqualTo("You stopped because your pain (6/10) went above the limit your physio set (3/10).");
        List<SessionRecord> sessions = history.sessions();
        assertThat(sessions).singleElement().satisfies(session -> {
            assertThat(session.routine()).contains("Hips for Sam");
            assertThat(session.catalogueId()).isEqualTo("hip");
            assertThat(session.ending()).isEqualTo(SessionRecord.Ending.PAIN_STOP);
            assertThat(session.painStop().orElseThrow().rating()).isEqualTo(java.util.OptionalInt.of(6));
        });
    }

    @Test
    void theNumberCheckGoesOnAtTheLimit(FxRobot robot) throws Exception {
        Path file = saved("sam.routine.json", routine);
        robot.interact(() -> window.open(Optional.of(file)));
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        PlayerViewModel player = window.player().orElseThrow();

        robot.type(KeyCode.P);
        assertThat(visible(robot, "#pain-confirm")).isTrue();
        assertThat(robot.lookup("#pain-rate").queryAs(javafx.scene.layout.FlowPane.class).getChildren()).hasSize(11);
        robot.clickOn("#pain-rate-3");
        assertThat(visible(robot, "#player-overlay")).isFalse();
        assertThat(player.screen().pausedProperty().get()).isFalse();

        robot.type(KeyCode.P);
        robot.type(KeyCode.ESCAPE);
        assertThat(visible(robot, "#player-overlay")).as("Esc goes back to the exercise").isFalse();

        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertThat(player.overlayProperty().get()).isEqualTo(PlayerViewModel.Overlay.BETWEEN_CHECK);
        robot.type(KeyCode.DIGIT3, KeyCode.ENTER);
        assertThat(window.player()).isPresent();
        assertThat(player.overlayProperty().get()).isEqualTo(PlayerViewModel.Overlay.NONE);
        assertThat(player.screen().exerciseNameProperty().get()).isEqualTo(routine.exercise(1).name());
        assertThat(player.screen().variationTextProperty().get()).startsWith("Harder: ");
        assertThat(visible(robot, "#player-variation")).isTrue();
    }

    @Test
    void aRoutineOfANewerFormatShowsTheProblemSayingSo(FxRobot robot) throws Exception {
        Path file = saved("newer.routine.json", routine);
        Files.writeString(file, Files.readString(file).replaceFirst("\"formatVersion\" : 1", "\"formatVersion\" : 2"));

        robot.interact(() -> window.open(Optional.of(file)));

        assertThat(stage.getTitle()).startsWith("The file could not be opened");
        assertThat(robot.lookup("#problems-list").queryAs(TextArea.class).getText()).isEqualTo(file
                + ":3:21 $.formatVersion: this routine is format version 2, newer than this app reads (1); update"
                + " Exercise Player to open it");
    }
}
