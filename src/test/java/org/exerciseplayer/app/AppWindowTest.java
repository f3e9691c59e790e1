package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.player.RecordingScreenAwake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AppWindowTest {

    @TempDir
    Path folder;

    private Stage stage;
    private AppWindow window;
    private final Deque<Path> answers = new ArrayDeque<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new AppWindow(stage, () -> Optional.ofNullable(answers.poll()), new Services(Settings.inMemory(),
                RecordingSoundCues::new, new RecordingScreenAwake(), Runnable::run, new ManualClock()));
        window.open(Optional.empty());
        stage.show();
    }

    @Test
    void opensOnTheBundledCatalogueListingAllFourteenExercises(FxRobot robot) {
        assertThat(stage.getTitle()).startsWith("Hip exercises");
        assertThat(robot.lookup("#home-title").queryAs(Label.class).getText()).isEqualTo("Hip exercises");
        assertThat(robot.lookup(".exercise-name").queryAllAs(CheckBox.class)).hasSize(14)
                .extracting(CheckBox::getText)
                .startsWith("Lower back rotations", "Single leg knee hugs", "Single leg rotations")
                .endsWith("Clam exercise", "Side leg lift", "Donkey kicks");
        assertThat(robot.lookup(".section-heading").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Range of movement exercises", "Stretches for the muscles of the hip joint",
                        "Strengthening for the hip, glute and core muscles");
    }

    @Test
    void showsTheStopRuleOnTheHomeScreen(FxRobot robot) {
        assertThat(robot.lookup(".safety-text").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(text -> text.startsWith("Should your pain increase while completing the exercises, stop"));
    }

    @Test
    void brokenCatalogueShowsItsProblemsAndOffersAnotherFile(FxRobot robot) throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"formatVersion\": 1,}");
        robot.interact(() -> window.open(Optional.of(broken)));

        TextArea problems = robot.lookup("#problems-list").queryAs(TextArea.class);
        assertThat(problems.getText()).startsWith(broken + ":1:21 ");
        assertThat(stage.getTitle()).startsWith("The file could not be opened");

        answers.add(Path.of("exercises", "hip.json"));
        robot.clickOn("#problems-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".exercise-name").queryAll()).hasSize(14);
    }

    @Test
    void aFileThatFailsToOpenKeepsWhatWasOpenAndBackReturnsToItAsItWas(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup(".exercise-name").queryAllAs(CheckBox.class).iterator().next()
                .setSelected(false));
        Path picture = Files.write(folder.resolve("leaflet.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26,
                10, 0, 0, 0, 13});
        robot.interact(() -> window.open(Optional.of(picture)));
        assertThat(window.screen()).isInstanceOf(Screen.Problems.class);
        assertThat(robot.lookup("#problems-list").queryAs(TextArea.class).getText()).contains("PNG picture");

        robot.clickOn("#problems-back");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.screen()).isInstanceOf(Screen.Home.class);
        assertThat(stage.getTitle()).startsWith("Hip exercises");
        assertThat(robot.lookup(".exercise-name").queryAllAs(CheckBox.class)).hasSize(14)
                .extracting(CheckBox::isSelected).startsWith(false, true);
    }

    @Test
    void withNothingOpenBeforeAFailedFileThereIsNoWayBackButAnotherFile(FxRobot robot) throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{");
        AppWindow[] fresh = new AppWindow[1];
        robot.interact(() -> {
            Stage second = new Stage();
            fresh[0] = new AppWindow(second, Optional::empty, new Services(Settings.inMemory(),
                    RecordingSoundCues::new, new RecordingScreenAwake(), Runnable::run, new ManualClock()));
            fresh[0].open(Optional.of(broken));
            assertThat(second.getScene().lookup("#problems-back")).isNull();
            assertThat(second.getScene().lookup("#problems-open")).isNotNull();
        });
        assertThat(fresh[0].screen()).isInstanceOf(Screen.Problems.class);
    }

    @Test
    void ctrlFFindsAnExerciseAsOneTypesAndEscShowsAllAgain(FxRobot robot) {
        robot.interact(stage::requestFocus);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.CONTROL);
        javafx.scene.control.TextField filter = robot.lookup("#home-filter").queryAs(javafx.scene.control.TextField.class);
        assertThat(filter.isFocused()).isTrue();

        robot.write("CLAM");

        assertThat(robot.lookup(".exercise-name").queryAllAs(CheckBox.class)).extracting(CheckBox::getText)
                .containsExactly("Clam exercise");
        assertThat(robot.lookup("#home-filter-summary").queryAs(Label.class).getText())
                .isEqualTo("1 of 14 exercises shown");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(filter.getText()).isEmpty();
        assertThat(robot.lookup(".exercise-name").queryAll()).hasSize(14);
    }
}
