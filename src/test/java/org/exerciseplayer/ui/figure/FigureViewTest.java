package org.exerciseplayer.ui.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.figure.Drawing;
import org.exerciseplayer.figure.FigureFrame;
import org.exerciseplayer.figure.Moment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The figure view draws a frame in layers, headless: the mat, then every highlight's halo, then the body with its
 * props, then the rings and arrows, so a highlight never covers a part; and it reads the frame's words out.
 */
@ExtendWith(ApplicationExtension.class)
class FigureViewTest {

    private FigureView view;

    @Start
    void start(Stage stage) {
        view = new FigureView();
        stage.setScene(new Scene(new StackPane(view), 480, 320));
        stage.show();
    }

    private static Drawing drawing(String exerciseId) throws Exception {
        Exercise exercise = BundledCatalogue.load().exercise(exerciseId).orElseThrow();
        return Drawing.of(exercise.figure().orElseThrow(), false);
    }

    private static int first(List<Node> nodes, String styleClass) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).getStyleClass().contains(styleClass)) {
                return i;
            }
        }
        return -1;
    }

    private static int last(List<Node> nodes, String styleClass) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).getStyleClass().contains(styleClass)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void halosLieUnderEveryPartAndArrowsOverThemAndTheWordsAreItsAccessibleText(FxRobot robot) throws Exception {
        Drawing clam = drawing("clam");
        FigureFrame frame = clam.frame(new Moment(Moment.Stage.REPEATING, 0, 0.2, false));

        robot.interact(() -> view.show(frame, clam.bounds()));

        List<Node> nodes = view.getChildrenUnmodifiable();
        assertThat(first(nodes, "figure-halo")).isGreaterThan(last(nodes, "figure-mat"));
        assertThat(last(nodes, "figure-halo")).isLessThan(first(nodes, "figure-part"));
        assertThat(first(nodes, "figure-ring")).isGreaterThan(last(nodes, "figure-part"));
        assertThat(first(nodes, "figure-arrow")).isGreaterThan(last(nodes, "figure-part"));
        assertThat(nodes).filteredOn(n -> n.getStyleClass().contains("figure-arrow-head")).hasSize(2);
        assertThat(view.getAccessibleText()).isEqualTo("Lying on your left side, knees bent, top knee opening");
    }

    @Test
    void aPillowIsDrawnAmongThePartsAtItsDepth(FxRobot robot) throws Exception {
        Drawing rotations = drawing("lower-back-rotations");
        FigureFrame frame = rotations.frame(Moment.of(Moment.Stage.READY, 0, false));

        robot.interact(() -> view.show(frame, rotations.bounds()));

        List<Node> nodes = view.getChildrenUnmodifiable();
        int pillow = first(nodes, "figure-prop");
        assertThat(pillow).isGreaterThan(first(nodes, "figure-part")).isLessThan(last(nodes, "figure-part"));
        robot.interact(() -> view.show(null, null));
        assertThat(view.getChildrenUnmodifiable()).isEmpty();
        assertThat(view.getAccessibleText()).isEmpty();
    }
}
