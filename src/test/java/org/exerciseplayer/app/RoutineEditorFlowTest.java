package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.editor.RoutineEditorViewModel;
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
 * The routine editor through the real window, headless and by keyboard: a new routine of three exercises with
 * one hold changed, a refused hold on the way, saved to a file, opened again and played.
 */
@ExtendWith(ApplicationExtension.class)
class RoutineEditorFlowTest {

    @TempDir
    static Path folder;

    private Stage stage;
    private AppWindow window;
    private String suggestedName;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Optional<Path> chooseCatalogue() {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseSaveFile(String title, String suggested, String filterText, String pattern) {
                suggestedName = suggested;
                return Optional.of(folder.resolve(suggested));
            }
        };
        window = new AppWindow(stage, dialogs, new Services(Settings.inMemory(), RecordingSoundCues::new,
                new RecordingScreenAwake(), Runnable::run, new ManualClock()));
        window.open(Optional.empty());
        stage.show();
    }

    @BeforeEach
    void focus(FxRobot robot) {
        robot.interact(stage::requestFocus);
    }

    private RoutineEditorViewModel editor() {
        return window.routineEditor().orElseThrow();
    }

    private void addByKeyboard(FxRobot robot, String search) {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write(search);
        robot.type(KeyCode.ENTER);
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @Test
    void buildSaveReopenAndPlayAThreeExerciseRoutineByKeyboard(FxRobot robot) throws Exception {
        MenuItem edit = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0)
                .getItems().stream().filter(i -> "menu-file-editRoutine".equals(i.getId())).findFirst().orElseThrow();
        assertThat(edit.isDisable()).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#routine-editor").tryQuery()).isPresent();
        assertThat(stage.getTitle()).isEqualTo("My routine \u2013 Routine editor");
        assertThat(robot.lookup("#editor-filter").queryAs(TextField.class).isFocused()).isTrue();

        robot.write("clam");
        robot.type(KeyCode.ENTER);
        addByKeyboard(robot, "hip flexor");
        addByKeyboard(robot, "knee hugs");
        assertThat(robot.lookup("#editor-routine").queryAs(ListView.class).getItems()).hasSize(3);
        assertThat(editor().document().exerciseIds()).containsExactly("clam", "hip-flexor-stretch",
                "single-leg-knee-hugs");
        String lengthBefore = robot.lookup("#editor-length").queryAs(Label.class).getText();

        // Alt+H goes to the hold of the selected exercise (the knee hugs, just added).
        robot.press(KeyCode.ALT).type(KeyCode.H).release(KeyCode.ALT);
        TextField hold = robot.lookup("#editor-hold").queryAs(TextField.class);
        assertThat(hold.isFocused()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("900");
        Label problem = robot.lookup("#editor-hold-problem").queryAs(Label.class);
        assertThat(shown(problem)).isTrue();
        assertThat(problem.getText()).isEqualTo("\u26A0 A hold is 1 to 600 seconds");
        assertThat(robot.lookup("#editor-save").queryAs(Button.class).isDisable()).isTrue();
        assertThat(robot.lookup("#editor-status").queryAs(Label.class).getText())
                .isEqualTo("\u26A0 Cannot save yet: Hold (seconds) \u2013 A hold is 1 to 600 seconds");
        // 9 and 90 were valid on the way to 900, so the document keeps 90, the last valid hold.
        assertThat(editor().document().dose(2).holdSeconds()).isEqualTo(90);

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("15");
        assertThat(shown(problem)).isFalse();
        assertThat(editor().document().dose(2).holdSeconds()).isEqualTo(15);
        assertThat(robot.lookup("#editor-length").queryAs(Label.class).getText()).isNotEqualTo(lengthBefore);

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Path saved = folder.resolve("My routine.routine.json");
        assertThat(suggestedName).isEqualTo("My routine.routine.json");
        assertThat(Files.exists(saved)).isTrue();
        assertThat(robot.lookup("#editor-status").queryAs(Label.class).getText()).isEqualTo("Saved to " + saved);
        assertThat(stage.getTitle()).isEqualTo("My routine \u2013 Routine editor");

        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.routineEditor()).isEmpty();
        assertThat(robot.lookup("#home-title").tryQuery()).isPresent();
        assertThat(edit.isDisable()).isFalse();

        robot.interact(() -> window.open(Optional.of(saved)));
        robot.interact(stage::requestFocus);
        assertThat(robot.lookup("#home-title").queryAs(Label.class).getText()).isEqualTo("My routine");
        assertThat(edit.isDisable()).isFalse();
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().file()).contains(saved);
        assertThat(editor().rows()).hasSize(3);
        assertThat(editor().document().dose(2).holdSeconds()).isEqualTo(15);
        assertThat(editor().dirtyProperty().get()).isFalse();
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#home-title").queryAs(Label.class).getText()).isEqualTo("My routine");

        // The routine's home: Enter starts it, Enter again begins after the safety screen.
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#start-stop-rule").queryAs(Label.class).getText())
                .startsWith("Should your pain increase");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.player()).isPresent();
        assertThat(robot.lookup("#player-exercise").queryAs(Label.class).getText()).isEqualTo("Clam exercise");
        assertThat(window.player().get().session().plan().phases().stream()
                .filter(p -> p.exerciseId().equals("single-leg-knee-hugs") && p.kind().isWork())
                .mapToLong(p -> p.durationMillis()).distinct()).containsExactly(15_000L);
    }

    @Test
    void theHarderVariationChosenInTheEditorIsShownInThePlayerWhenPlayed(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String withHarder = editor().document().catalogue().exercises().stream()
                .filter(e -> e.variation(org.exerciseplayer.catalogue.Variation.Kind.HARDER).isPresent())
                .findFirst().orElseThrow().id();
        String harderText = editor().document().catalogue().exercise(withHarder).orElseThrow()
                .variation(org.exerciseplayer.catalogue.Variation.Kind.HARDER).orElseThrow().text();
        robot.interact(() -> {
            editor().add(withHarder);
            editor().item().variation().valueProperty().set(new org.exerciseplayer.ui.editor.ItemEditor.VariationOption(
                    Optional.of(org.exerciseplayer.catalogue.Variation.Kind.HARDER)));
        });
        assertThat(editor().rows().get(0).name()).endsWith("(Harder)");

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        PlayerViewModel player = window.player().orElseThrow();
        assertThat(player.screen().variationTextProperty().get()).isEqualTo("Harder: " + harderText);
        Label shown = robot.lookup("#player-variation").queryAs(Label.class);
        assertThat(shown.isVisible()).isTrue();
        assertThat(shown.getText()).isEqualTo("Harder: " + harderText);
    }

    @Test
    void playFromTheEditorRunsTheRoutineAsEditedAndComesBackToTheEditor(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("glute");
        robot.type(KeyCode.ENTER);
        robot.interact(() -> {
            editor().routine().painRule().valueProperty().set(org.exerciseplayer.session.PainRule.Kind.LIMIT);
            editor().item().hold().textProperty().set("25");
        });
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.routineEditor()).isPresent();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.player()).isPresent();
        assertThat(window.player().get().session().plan().phases().stream()
                .filter(p -> p.kind().isWork()).mapToLong(p -> p.durationMillis()).distinct())
                .containsExactly(25_000L);
        assertThat(window.player().get().painRule()).isEqualTo(org.exerciseplayer.session.PainRule.limit(3));
        robot.type(KeyCode.ESCAPE, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(robot.lookup("#end-home").queryAs(Button.class)::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.player()).isEmpty();
        assertThat(robot.lookup("#routine-editor").tryQuery()).isPresent();
        assertThat(editor().document().dose(0).holdSeconds()).isEqualTo(25);
    }

    @Test
    void editRoutineIsOnlyOfferedWhenThereIsARoutineAndClosingAsksNothingWhenNothingChanged(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.routineEditor()).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#editor-save").queryAs(Button.class).isDisable()).isTrue();
        assertThat(robot.lookup("#editor-status").queryAs(Label.class).getText())
                .isEqualTo("\u26A0 Add at least one exercise before saving or playing");
        robot.clickOn("#editor-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.routineEditor()).isEmpty();
        assertThat(robot.lookup("#home-title").tryQuery()).isPresent();
    }
}
