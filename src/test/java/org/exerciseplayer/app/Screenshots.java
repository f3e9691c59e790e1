package org.exerciseplayer.app;

import static org.exerciseplayer.ui.FxPictures.call;
import static org.exerciseplayer.ui.FxPictures.on;

import org.exerciseplayer.ui.FxPictures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.ButtonBase;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.history.ExerciseResult;
import org.exerciseplayer.history.HistoryException;
import org.exerciseplayer.history.HistoryStore;
import org.exerciseplayer.history.InMemoryHistoryStore;
import org.exerciseplayer.history.OpenedHistory;
import org.exerciseplayer.history.StopPlace;
import org.exerciseplayer.history.SessionRecord;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.player.PlayerViewModel;
import org.exerciseplayer.ui.player.RecordingScreenAwake;

/**
 * Takes the README's screenshots from the real window: each screen, light and dark, and presenter mode. Run it
 * with {@code docs/screenshots/make.sh}, which starts Xvfb; it is a tool, not a test. Time is a manual clock, so
 * each picture shows the same moment every time.
 */
public final class Screenshots {

    private final Path folder;
    private final ManualClock clock = new ManualClock();
    private Stage stage;
    private AppWindow window;

    private Screenshots(Path folder) {
        this.folder = folder;
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(folder);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        try {
            new Screenshots(folder).takeAll();
        } finally {
            Platform.exit();
        }
    }

    private void takeAll() throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            String theme = dark ? "dark" : "light";
            openWindow(dark, 1280, 800, "exercises/hip.json");
            shoot("home-" + theme);
            press("#home-start");
            shoot("before-you-start-" + theme);
            press("#start-pain-3");
            press("#start-begin");
            advance(10 + 6.4);
            shoot("player-hold-" + theme);
            on(() -> player().reportPainIncrease());
            shoot("pain-question-" + theme);
            on(() -> player().carryOn());
            on(() -> player().skipExercise());
            shoot("between-exercises-" + theme);
            on(() -> player().carryOn());
            advance(10 + 20 + 5 + 20 + 5 + 9.2);
            shoot("player-side-" + theme);
            on(() -> player().reportPainIncrease());
            on(() -> player().stopForPain());
            on(() -> { });
            press("#end-pain-5");
            shoot("pain-stop-end-" + theme);
            on(stage::close);
        }
        openWindow(false, 1920, 1080, "exercises/hip.json");
        press("#home-start");
        press("#start-begin");
        on(() -> window.showPresenterLayout(true));
        on(() -> player().setSpeed(4));
        advance(10 + 3.1);
        shoot("presenter");
        on(stage::close);
        for (boolean dark : new boolean[] {false, true}) {
            openWindow(dark, 1280, 800, "exercises/hip.json");
            on(() -> window.showProgressNow());
            Thread.sleep(500);
            shoot("progress-" + (dark ? "dark" : "light"));
            on(stage::close);
        }
        for (boolean dark : new boolean[] {false, true}) {
            String theme = dark ? "dark" : "light";
            openWindow(dark, 1280, 800, "exercises/examples/hip-starter.routine.json");
            shoot("routine-home-" + theme);
            press("#home-start");
            press("#start-begin");
            advance(10 + 6.4);
            shoot("routine-player-" + theme);
            on(() -> player().skipExercise());
            shoot("routine-pain-number-" + theme);
            on(stage::close);
            openWindow(dark, 1280, 800, "exercises/hip.json");
            on(() -> window.newRoutine());
            on(() -> {
                var editor = window.routineEditor().orElseThrow();
                for (String id : new String[] {"lower-back-rotations", "clam", "hip-flexor-stretch"}) {
                    editor.add(id);
                }
            });
            shoot("routine-editor-" + theme);
            on(stage::close);
        }
        openWindow(false, 1280, 800, "src/test/resources/catalogues/bad/many-problems-at-once.json");
        shoot("catalogue-problems");
        on(stage::close);
    }

    private void openWindow(boolean dark, double width, double height, String catalogue) throws Exception {
        on(() -> {
            stage = new Stage();
            Settings settings = Settings.inMemory();
            // The next-morning question is shot on its own (morning-check-light.png), not over every home screen.
            settings.setMorningCheckAskedOn(java.time.LocalDate.ofInstant(NOW, java.time.ZoneOffset.UTC));
            window = new AppWindow(stage, Optional::empty, new Services(settings, RecordingSoundCues::new,
                    new RecordingScreenAwake(), Runnable::run, clock, () -> new OpenedHistory(threeWeeks(),
                    Optional.empty()), java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC)));
            window.setDarkTheme(dark);
            stage.setWidth(width);
            stage.setHeight(height);
            window.open(Optional.of(Path.of(catalogue)));
            stage.show();
        });
        // The history opens after the first frame; with this tool's same-thread "background", a session started
        // before then would wait for it on the JavaFX thread.
        Thread.sleep(500);
    }

    private static final java.time.Instant NOW = java.time.Instant.parse("2026-11-25T19:00:00Z");

    /** Three weeks of mostly twice-daily sessions, pain easing from 6 to 3, one pain stop and a few skips. */
    private static HistoryStore threeWeeks() {
        InMemoryHistoryStore store = new InMemoryHistoryStore();
        java.util.Random random = new java.util.Random(7);
        try {
            for (int day = 20; day >= 0; day--) {
                for (int hour : new int[] {8, 18}) {
                    if (random.nextInt(10) < 2 || (day == 0 && hour == 18)) {
                        continue;
                    }
                    java.time.Instant start = NOW.minus(java.time.Duration.ofDays(day))
                            .minus(java.time.Duration.ofHours(19 - hour));
                    int pain = Math.max(1, 6 - (20 - day) / 6 + random.nextInt(2));
                    long id = store.sessionStarted(start, "hip", "Hip exercises", Optional.empty(),
                            java.util.OptionalInt.of(pain));
                    store.exerciseFinished(id, new ExerciseResult(0, "hip-flexor-stretch", "Hip flexor stretch",
                            random.nextInt(8) == 0 ? ExerciseResult.Outcome.SKIPPED : ExerciseResult.Outcome.DONE,
                            3, 3, 0, 3));
                    boolean stop = day == 12 && hour == 18;
                    store.exerciseFinished(id, new ExerciseResult(1, "clam", "Clam exercise",
                            stop ? ExerciseResult.Outcome.STOPPED : ExerciseResult.Outcome.DONE, 20,
                            stop ? 7 : 20, 0, 20));
                    store.sessionEnded(id, start.plusSeconds(1500), stop ? SessionRecord.Ending.PAIN_STOP
                            : SessionRecord.Ending.COMPLETED, stop ? Optional.of(new StopPlace("clam",
                            "Clam exercise", "rep", "left", 8, 20)) : Optional.empty());
                    if (!stop) {
                        store.painAfter(id, Math.max(0, pain - 1));
                    }
                }
            }
        } catch (HistoryException e) {
            throw new IllegalStateException(e);
        }
        return store;
    }

    private PlayerViewModel player() {
        return window.player().orElseThrow();
    }

    private void press(String id) throws Exception {
        on(() -> {
            // A scroll pane's content joins the scene graph with its skin, on the next CSS pass.
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            ButtonBase button = (ButtonBase) stage.getScene().lookup(id);
            if (button == null) {
                throw new IllegalStateException("no " + id + " on this screen: "
                        + ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).getCenter());
            }
            button.fire();
        });
    }

    private void advance(double seconds) throws Exception {
        clock.advanceMillis(Math.round(seconds * 1000));
        on(() -> player().tick());
    }

    private void shoot(String name) throws Exception {
        // Two pulses: one to lay out what changed, one to draw it.
        Thread.sleep(300);
        WritableImage image = call(() -> stage.getScene().snapshot(null));
        Path file = folder.resolve(name + ".png");
        FxPictures.writePng(image, file);
        System.out.println("wrote " + file);
    }

}
