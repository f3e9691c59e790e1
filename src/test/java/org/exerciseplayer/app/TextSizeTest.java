package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.DoubleStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.player.RecordingScreenAwake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Larger text: every way of typing "Ctrl and +" grows it, between the supported sizes; and at each of them, in the
 * smallest window (1024x640), home and "Before you start" show every word whole, the list of exercises keeps room,
 * and the 0-10 buttons grow with the text.
 */
@ExtendWith(ApplicationExtension.class)
class TextSizeTest {

    private Stage stage;
    private AppWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new AppWindow(stage, Optional::empty, new Services(Settings.inMemory(), RecordingSoundCues::new,
                new RecordingScreenAwake(), Runnable::run, new ManualClock()));
        window.open(Optional.empty());
        stage.setWidth(AppWindow.MIN_WIDTH);
        stage.setHeight(AppWindow.MIN_HEIGHT);
        stage.show();
    }

    /**
     * Ctrl and {@code key} (with Shift if asked) as the keyboard delivers it to the window: through the control that
     * has the focus, so that anything there could take it first.
     */
    private void ctrl(FxRobot robot, KeyCode... keys) {
        boolean shift = keys.length > 1 && keys[0] == KeyCode.SHIFT;
        KeyCode key = keys[keys.length - 1];
        robot.interact(() -> {
            javafx.scene.Node target = stage.getScene().getFocusOwner() == null ? stage.getScene().getRoot()
                    : stage.getScene().getFocusOwner();
            javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", key, shift, true, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlEqualsCtrlShiftEqualsCtrlPlusAndTheKeypadPlusAllGrowTheTextAndMinusShrinksIt(FxRobot robot) {
        ctrl(robot, KeyCode.EQUALS);
        assertThat(window.textScale()).isEqualTo(1.1);
        ctrl(robot, KeyCode.SHIFT, KeyCode.EQUALS);
        assertThat(window.textScale()).as("Ctrl+Shift+=, as + is typed on most laptops").isEqualTo(1.2);
        ctrl(robot, KeyCode.PLUS);
        assertThat(window.textScale()).as("each key grows the text one step, not two").isEqualTo(1.3);
        ctrl(robot, KeyCode.ADD);
        assertThat(window.textScale()).as("the keypad's +").isEqualTo(1.4);
        ctrl(robot, KeyCode.MINUS);
        assertThat(window.textScale()).isEqualTo(1.3);
        ctrl(robot, KeyCode.SUBTRACT);
        assertThat(window.textScale()).isEqualTo(1.2);
        ctrl(robot, KeyCode.DIGIT0);
        assertThat(window.textScale()).isEqualTo(1.0);
    }

    @Test
    void theTextSizeStopsAtTheLargestAndSmallestSupportedSizes(FxRobot robot) {
        for (int i = 0; i < 15; i++) {
            ctrl(robot, KeyCode.EQUALS);
        }
        assertThat(window.textScale()).isEqualTo(WindowLook.MAX_TEXT_SCALE);
        for (int i = 0; i < 20; i++) {
            ctrl(robot, KeyCode.MINUS);
        }
        assertThat(window.textScale()).isEqualTo(WindowLook.MIN_TEXT_SCALE);
    }

    static DoubleStream steps() {
        return DoubleStream.iterate(WindowLook.MIN_TEXT_SCALE, s -> s <= WindowLook.MAX_TEXT_SCALE + 1e-9,
                s -> Math.round((s + WindowLook.TEXT_STEP) * 10) / 10.0);
    }

    @ParameterizedTest(name = "text x{0}")
    @MethodSource("steps")
    void atEverySupportedSizeHomeAndBeforeYouStartFitTheSmallestWindow(double scale, FxRobot robot)
            throws Exception {
        ctrl(robot, KeyCode.DIGIT0);
        while (window.textScale() < scale - 1e-9) {
            ctrl(robot, KeyCode.EQUALS);
        }
        while (window.textScale() > scale + 1e-9) {
            ctrl(robot, KeyCode.MINUS);
        }
        double font = WindowLook.BASE_FONT_PIXELS * scale;
        ScreenTour.settle();

        assertThat(problems()).as("home at text x" + scale).isEmpty();
        ScrollPane list = robot.lookup("#home-list").queryAs(ScrollPane.class);
        assertThat(list.getViewportBounds().getHeight()).as("the list of exercises keeps room for three lines")
                .isGreaterThanOrEqualTo(3 * 1.5 * font);
        insideWindow(robot.lookup("#home-start").query(), "Start session");

        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#home-start").query()).fire());
        ScreenTour.settle();
        assertThat(problems()).as("before you start at text x" + scale).isEmpty();
        List<ToggleButton> numbers = robot.lookup("#start-pain .toggle-button").queryAllAs(ToggleButton.class)
                .stream().toList();
        assertThat(numbers).hasSize(11);
        for (ToggleButton number : numbers) {
            robot.interact(number::requestFocus);
            ScreenTour.settle();
            inView(number, "pain number " + number.getText());
            assertThat(number.getHeight()).as("pain number %s grows with the text", number.getText())
                    .isGreaterThanOrEqualTo(2 * font);
            assertThat(number.getWidth()).isGreaterThanOrEqualTo(2.5 * font);
        }
    }

    /** Every text of every window that is cut short or lies out of reach. */
    private List<String> problems() throws Exception {
        List<String> found = new ArrayList<>();
        for (Window shown : org.exerciseplayer.ui.FxPictures.call(ScreenTour::shownWindows)) {
            org.exerciseplayer.ui.FxPictures.call(() -> ReadableText.of(shown.getScene())).stream()
                    .filter(r -> r.problem().contains("shortened") || r.problem().contains("outside"))
                    .forEach(r -> found.add(r.toString()));
        }
        return found;
    }

    private void insideWindow(Node node, String what) {
        within(node.localToScene(node.getBoundsInLocal()), new javafx.geometry.BoundingBox(0, 0,
                stage.getScene().getWidth(), stage.getScene().getHeight()), what);
    }

    /** Wholly in the part of its scroll pane that is shown (once it has the focus, which scrolls to it). */
    private void inView(Node node, String what) {
        Node up = node.getParent();
        while (!(up instanceof ScrollPane)) {
            up = up.getParent();
        }
        Node viewport = up.lookup(".viewport");
        within(node.localToScene(node.getBoundsInLocal()), viewport.localToScene(viewport.getBoundsInLocal()), what);
    }

    private static void within(Bounds inner, Bounds outer, String what) {
        double slack = 0.5;
        assertThat(inner.getMinX()).as(what + " left").isGreaterThanOrEqualTo(outer.getMinX() - slack);
        assertThat(inner.getMinY()).as(what + " top").isGreaterThanOrEqualTo(outer.getMinY() - slack);
        assertThat(inner.getMaxX()).as(what + " right").isLessThanOrEqualTo(outer.getMaxX() + slack);
        assertThat(inner.getMaxY()).as(what + " bottom").isLessThanOrEqualTo(outer.getMaxY() + slack);
    }
}
