package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exerciseplayer.ui.FxPictures.call;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
 * Larger text in the smallest window (1024x640): on every screen and dialog but the player (whose layout
 * PlayerLayoutTest checks), every text is shown whole and can be brought into view, and reads at least 4.5:1
 * (WCAG AA) against what is behind it, in the light and the dark theme.
 */
@ExtendWith(ApplicationExtension.class)
class SmallWindowTest {

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        // The tour opens its own windows.
    }

    static Stream<ScreenTour.Look> looks() {
        return Stream.of(new ScreenTour.Look(false, false, 1024, 640, 1.4),
                new ScreenTour.Look(true, false, 1024, 640, WindowLook.MAX_TEXT_SCALE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("looks")
    void everyScreenButThePlayerShowsEveryWordWholeAndReadable(ScreenTour.Look look) throws Exception {
        Map<String, String> problems = new LinkedHashMap<>();
        int[] texts = {0};
        new ScreenTour(look, folder, (name, windows) -> {
            if (name.startsWith("player")) {
                return;
            }
            for (Window window : windows) {
                for (ReadableText.Reading reading : call(() -> ReadableText.of(window.getScene()))) {
                    texts[0]++;
                    boolean cut = reading.problem().contains("shortened") || reading.problem().contains("outside");
                    if (cut || reading.contrast() < 4.5) {
                        problems.putIfAbsent(reading.toString(), name + ": " + reading);
                    }
                }
            }
        }).walk();
        System.out.printf(Locale.ROOT, "%s: %d texts, %d problems%n", look, texts[0], problems.size());
        assertThat(problems.values()).as(problems.values().stream().collect(Collectors.joining("\n"))).isEmpty();
        assertThat(texts[0]).isGreaterThan(500);
    }
}
