package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exerciseplayer.ui.FxPictures.call;
import static org.exerciseplayer.ui.FxPictures.on;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Keyboard only, on every screen and dialog: Tab goes round every control in reading order, and each shows a focus
 * ring a person can find (at least a 2 px line round it that changes by 3:1 or more), with its words still readable.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardFocusTest {

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        // The tour opens its own windows.
    }

    static Stream<ScreenTour.Look> looks() {
        return Stream.of(new ScreenTour.Look(false, false, 1280, 800, 1.0),
                new ScreenTour.Look(true, true, 1280, 720, 1.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("looks")
    void tabReachesEveryControlInReadingOrderAndEachShowsItsFocusRing(ScreenTour.Look look) throws Exception {
        List<String> problems = new ArrayList<>();
        int[] controls = {0};
        new ScreenTour(look, folder, (name, windows) -> {
            Scene scene = windows.get(0).getScene();
            controls[0] += walk(name, scene, look.presenter() ? ReadableText.AAA : 4.5, problems);
        }).walk();

        System.out.printf(Locale.ROOT, "%s: %d controls reached by Tab, %d problems%n", look, controls[0],
                problems.size());
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
        assertThat(controls[0]).isGreaterThan(250);
    }

    /** Tabs round {@code scene} once; returns how many controls were reached. */
    private static int walk(String screen, Scene scene, double contrast, List<String> problems) throws Exception {
        Set<Node> focusable = call(() -> KeyboardWalk.focusable(scene));
        if (focusable.isEmpty()) {
            return 0;
        }
        KeyboardWalk walk = new KeyboardWalk(scene);
        if (call(() -> !focusable.contains(walk.focusOwner()))) {
            on(walk::tab);
            ScreenTour.settle();
        }
        Node first = call(walk::focusOwner);
        List<Node> order = new ArrayList<>();
        List<String> back = new ArrayList<>();
        Set<Node> escaped = new LinkedHashSet<>();
        Node current = first;
        for (int step = 0; step <= focusable.size() + 2 && current != null; step++) {
            Node control = current;
            if (!focusable.contains(control)) {
                escaped.add(control);
            } else {
                order.add(control);
                ring(screen, walk, control, problems);
                readable(screen, control, scene, contrast, problems);
            }
            on(walk::tab);
            ScreenTour.settle();
            current = call(walk::focusOwner);
            // Both where they are drawn now, after any pane scrolled to show the one with the focus.
            Node next = current;
            Bounds from = call(() -> sceneBounds(control));
            Bounds to = next == null ? from : call(() -> sceneBounds(next));
            if (next != null && focusable.contains(control) && focusable.contains(next)
                    && !KeyboardWalk.readingOrder(from, to)) {
                back.add(String.format(Locale.ROOT, "%s: Tab goes from %s %s back to %s %s", screen,
                        KeyboardWalk.name(control), KeyboardWalk.where(from), KeyboardWalk.name(next),
                        KeyboardWalk.where(to)));
            }
            if (current == first) {
                break;
            }
        }
        // Tab goes round: once, from the end of the page to its start, it goes back; never more than once.
        if (back.size() > 1) {
            problems.addAll(back);
        }
        Set<Node> missed = new LinkedHashSet<>(focusable);
        order.forEach(missed::remove);
        if (!missed.isEmpty()) {
            problems.add(screen + ": Tab never reaches " + missed.stream().map(KeyboardWalk::name)
                    .collect(Collectors.joining(", ")));
        }
        if (!escaped.isEmpty()) {
            String note = screen + ": Tab leaves the question for what is under it: " + escaped.stream()
                    .map(KeyboardWalk::name).collect(Collectors.joining(", "));
            problems.add(note);
        }
        return order.size();
    }

    /** The focused control, drawn as it is and as it would be without the focus: the ring is the difference. */
    private static void ring(String screen, KeyboardWalk walk, Node control, List<String> problems) throws Exception {
        // Only the control and a margin round it (wider than the 9 px the ring is looked for in) are drawn.
        Bounds bounds = call(() -> sceneBounds(control));
        double margin = 16;
        javafx.geometry.Rectangle2D area = new javafx.geometry.Rectangle2D(Math.floor(bounds.getMinX() - margin),
                Math.floor(bounds.getMinY() - margin), Math.ceil(bounds.getWidth() + 2 * margin),
                Math.ceil(bounds.getHeight() + 2 * margin));
        // A snapshot applies CSS and lays out first, so the control drawn without its focus needs no pulse between.
        WritableImage focused = call(() -> walk.snapshot(area));
        WritableImage unfocused = call(() -> {
            KeyboardWalk.showFocused(control, false);
            return walk.snapshot(area);
        });
        on(() -> KeyboardWalk.showFocused(control, true));
        // Drawn focused again before its words are read (readable() reads the colours CSS gives it now).
        ScreenTour.settle();
        Bounds inArea = new javafx.geometry.BoundingBox(bounds.getMinX() - area.getMinX(),
                bounds.getMinY() - area.getMinY(), bounds.getWidth(), bounds.getHeight());
        KeyboardWalk.Stop stop = call(() -> KeyboardWalk.ring(control, focused, inArea, unfocused, inArea));
        if (!stop.ringSeen()) {
            problems.add(String.format(Locale.ROOT, "%s: %s %s shows no focus ring: %d of %d pixels change",
                    screen, stop.name(), KeyboardWalk.where(bounds), stop.changedPixels(), stop.neededPixels()));
        }
    }

    /** The words of a focused control stay readable. */
    private static void readable(String screen, Node control, Scene scene, double contrast, List<String> problems)
            throws Exception {
        List<String> faint = call(() -> ReadableText.of(scene, control).stream()
                .filter(r -> r.contrast() < contrast).map(Object::toString).toList());
        faint.forEach(line -> problems.add(screen + ", focused: " + line));
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }
}
