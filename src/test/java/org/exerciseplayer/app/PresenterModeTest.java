package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exerciseplayer.ui.FxPictures.call;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Presenter mode on a clinic's big screen or a projector: every text of every screen and dialog, in the light and
 * the dark theme, at 1920x1080 and 1280x720, is read as drawn and must have at least 7:1 contrast with what is
 * behind it (WCAG AAA) and be shown whole; the figure's motion arrows at least 3:1 (WCAG 1.4.11, graphics); and each
 * dialog's title says what it is about.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterModeTest {

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        // The tour opens its own windows.
    }

    static Stream<ScreenTour.Look> looks() {
        return Stream.of(new ScreenTour.Look(false, true, 1920, 1080, 1.0),
                new ScreenTour.Look(true, true, 1920, 1080, 1.0),
                new ScreenTour.Look(false, true, 1280, 720, 1.0),
                new ScreenTour.Look(true, true, 1280, 720, 1.0));
    }

    /** The contrast of each visible figure arrow's stroke (and arrow head's fill) against what is behind it. */
    private static List<double[]> arrowContrasts(Window window) {
        List<double[]> contrasts = new ArrayList<>();
        List<javafx.scene.Node> nodes = new ArrayList<>(window.getScene().getRoot().lookupAll(".figure-arrow"));
        nodes.addAll(window.getScene().getRoot().lookupAll(".figure-arrow-head"));
        for (javafx.scene.Node node : nodes) {
            if (!(node instanceof javafx.scene.shape.Shape shape) || !node.isVisible()) {
                continue;
            }
            javafx.scene.paint.Paint paint = shape.getStyleClass().contains("figure-arrow-head") ? shape.getFill()
                    : shape.getStroke();
            if (paint instanceof javafx.scene.paint.Color colour) {
                contrasts.add(new double[] {ReadableText.contrast(colour,
                        ReadableText.backgroundOf(window.getScene(), node))});
            }
        }
        return contrasts;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("looks")
    void everyTextOfEveryScreenAndDialogHasSevenToOneContrastAndIsShownWhole(ScreenTour.Look look) throws Exception {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        List<ReadableText.Reading> all = new ArrayList<>();
        int[] stops = {0};
        int[] arrows = {0};
        java.util.Set<String> dialogTitles = new java.util.LinkedHashSet<>();
        new ScreenTour(look, folder, (name, windows) -> {
            stops[0]++;
            // Every window but the last (the app's own) is a dialog over it: its title says what it is about.
            for (Window dialog : windows.subList(0, windows.size() - 1)) {
                dialogTitles.add(call(() -> ((Stage) dialog).getTitle()));
            }
            for (Window window : windows) {
                List<ReadableText.Reading> readings = call(() -> ReadableText.of(window.getScene()));
                assertThat(readings).as(name + ": texts read").isNotEmpty();
                all.addAll(readings);
                // The player's layout is its own screen's (PlayerLayoutTest); here its colours are checked.
                boolean player = name.startsWith("player");
                readings.stream().filter(r -> player ? r.contrast() < ReadableText.AAA : !r.problem().isEmpty())
                        .forEach(r -> problems.putIfAbsent(r.toString(), name + ": " + r));
                // The figure's motion arrows are graphics that carry meaning: at least 3:1 (WCAG 1.4.11).
                for (double[] arrow : call(() -> arrowContrasts(window))) {
                    arrows[0]++;
                    if (arrow[0] < 3.0) {
                        problems.putIfAbsent(name + " arrow", String.format(Locale.ROOT,
                                "%s: a figure's arrow at %.2f:1 against what is behind it", name, arrow[0]));
                    }
                }
            }
        }).walk();

        ReadableText.Reading lowest = all.stream().min(Comparator.comparingDouble(ReadableText.Reading::contrast))
                .orElseThrow();
        System.out.printf(Locale.ROOT, "%s: %d stops, %d texts, lowest contrast %.2f:1 (%s)%n", look, stops[0],
                all.size(), lowest.contrast(), lowest);
        assertThat(stops[0]).isGreaterThanOrEqualTo(29);
        assertThat(arrows[0]).as("figure arrows checked on the player's stops").isPositive();
        assertThat(dialogTitles).as("dialog titles name what they say, never the toolkit's \"Message\"")
                .containsExactly("Keyboard shortcuts", "Reminders", "The voice during sessions", "File formats: catalogues and routines",
                        "The file was saved", "The routine was not saved",
                        "Save the changes to this routine?");
        assertThat(problems).as("%d of %d texts; lowest %.2f:1%n%s", problems.size(), all.size(), lowest.contrast(),
                problems.values().stream().limit(120).collect(Collectors.joining("\n"))).isEmpty();
    }
}
