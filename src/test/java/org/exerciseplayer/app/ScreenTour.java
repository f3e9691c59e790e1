package org.exerciseplayer.app;

import static org.exerciseplayer.ui.FxPictures.call;
import static org.exerciseplayer.ui.FxPictures.on;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.history.ExerciseResult;
import org.exerciseplayer.history.HistoryException;
import org.exerciseplayer.history.FillingHistoryStore;
import org.exerciseplayer.history.InMemoryHistoryStore;
import org.exerciseplayer.history.OpenedHistory;
import org.exerciseplayer.history.SessionRecord;
import org.exerciseplayer.history.StopPlace;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.player.PlayerViewModel;
import org.exerciseplayer.ui.player.RecordingScreenAwake;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks the real window through every screen and dialog a person can meet, stopping at each for a {@link Visitor}:
 * the next-morning check (both kinds), home (a catalogue and a routine), the dialogs (keys, reminders, the voice, a notice, a
 * failed save, unsaved changes), progress, "Before you start" and "Ready to start", the player with each of its
 * questions (both kinds), each ending, the routine editor and a file's problems. The contrast, text-size and
 * keyboard tests walk it, and so does the screenshot tool. Time is a manual clock; nothing waits on real time but
 * the toolkit's own pulses.
 */
final class ScreenTour {

    /** What is done at each stop; the windows shown are the window and any dialog over it. */
    interface Visitor {
        void visit(String name, List<Window> windows) throws Exception;
    }

    /** How the window looks for the whole tour. */
    record Look(boolean dark, boolean presenter, double width, double height, double textScale) {
        @Override
        public String toString() {
            return (presenter ? "presenter, " : "") + (dark ? "dark" : "light") + ", " + (int) width + "x"
                    + (int) height + (textScale == 1.0 ? "" : ", text x" + textScale);
        }
    }

    static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    static final Path ROUTINE = Path.of("exercises/examples/hip-starter.routine.json");
    static final Path BROKEN = Path.of("src/test/resources/catalogues/bad/many-problems-at-once.json");

    private final Look look;
    private final Visitor visitor;
    private final Path scratch;
    private final ManualClock clock = new ManualClock();
    private Stage stage;
    private AppWindow window;
    private ScriptedDialogs dialogs;
    /** The history, which may be made to take nothing more, as a full disk does. */
    private FillingHistoryStore disk;

    /** @param scratch a folder the tour may write to (a saved CSV) */
    ScreenTour(Look look, Path scratch, Visitor visitor) {
        this.look = look;
        this.scratch = scratch;
        this.visitor = visitor;
    }

    /** Every stop, in two windows: the bundled catalogue under the leaflet's rule, then a routine with a limit. */
    void walk() throws Exception {
        catalogue();
        routine();
    }

    // The catalogue, under the leaflet's rule -----------------------------------------------------------------------

    void catalogue() throws Exception {
        openWindow(Optional.empty());
        waitFor("#morning-question");
        stop("the next morning (better, the same, worse)");
        press("#morning-skip");
        waitFor("#home-start");
        stop("home");

        on(() -> stage.getScene().getAccelerators().get(new KeyCodeCombination(KeyCode.F1)).run());
        stop("dialog: keyboard shortcuts");
        closeDialogs();
        on(() -> window.showRemindersNow());
        stop("dialog: reminders");
        closeDialogs();
        on(() -> window.showVoiceNow());
        waitForDialog();
        stop("dialog: the voice");
        closeDialogs();
        on(() -> window.showFormatGuideNow());
        stop("window: file formats (Help)");
        closeDialogs();

        on(() -> window.showProgressNow());
        waitFor("#progress-back");
        stop("progress");
        dialogs.saveAs(scratch.resolve("sessions.csv"));
        press("#progress-export-csv");
        waitForDialog();
        stop("dialog: a notice (the file was saved)");
        closeDialogs();
        press("#progress-back");

        press("#home-start");
        stop("before you start (the first time)");
        press("#start-pain-3");
        press("#start-begin");
        stop("player: get into position");
        advance(10 + 6.4);
        stop("player: a hold");
        on(() -> player().reportPainIncrease());
        stop("player: is your pain getting worse?");
        on(() -> player().carryOn());
        on(() -> player().skipExercise());
        stop("player: the check between exercises");
        on(() -> player().carryOn());
        on(() -> player().requestEnd());
        stop("player: end the session?");
        on(() -> player().carryOn());
        on(() -> player().reportPainIncrease());
        on(() -> player().stopForPain());
        stop("the end, after a pain stop");
        press("#end-pain-5");
        stop("the end, after a pain stop, rated");
        press("#end-home");

        press("#home-start");
        stop("ready to start");
        disk.full = true; // from here on the history takes nothing: the end and home say so, with what to do
        press("#start-begin");
        on(() -> player().requestEnd());
        on(() -> player().confirmEnd());
        waitShown("#end-keeping");
        stop("the end, stopped early, not in the history");
        press("#end-home");
        waitShown("#home-keeping");
        stop("home, a session not in the history");

        editor();
        on(() -> window.open(Optional.of(BROKEN)));
        waitFor("#problems-list");
        stop("the file's problems");
        press("#problems-back");
        waitFor("#home-start");
        closeWindow();
    }

    private void editor() throws Exception {
        on(() -> window.newRoutine());
        on(() -> {
            var editor = window.routineEditor().orElseThrow();
            for (String id : new String[] {"lower-back-rotations", "clam", "hip-flexor-stretch"}) {
                editor.add(id);
            }
        });
        stop("routine editor");
        on(() -> window.routineEditor().orElseThrow().item().hold().textProperty().set("900"));
        stop("routine editor, a hold refused");
        on(() -> window.routineEditor().orElseThrow().item().hold().textProperty().set("25"));
        dialogs.saveAs(scratch.resolve("no-such-folder").resolve("routine.routine.json"));
        Platform.runLater(() -> window.routineEditor().orElseThrow().saveAs());
        waitForDialog();
        stop("dialog: the routine was not saved");
        closeDialogs();
        Platform.runLater(() -> window.routineEditor().orElseThrow().close());
        waitForDialog();
        stop("dialog: save the changes?");
        on(() -> {
            DialogPane pane = dialogPane().orElseThrow();
            pane.getButtonTypes().stream().filter(type -> type.getButtonData()
                            == javafx.scene.control.ButtonBar.ButtonData.NO).findFirst()
                    .map(pane::lookupButton).map(ButtonBase.class::cast).orElseThrow().fire();
        });
        waitFor("#home-start");
    }

    // A routine with a physio's pain limit ------------------------------------------------------------------------

    void routine() throws Exception {
        openWindow(Optional.of(ROUTINE));
        waitFor("#morning-question");
        stop("the next morning (a number)");
        press("#morning-skip");
        waitFor("#home-start");
        stop("home, a routine with a pain limit");
        press("#home-start");
        stop("before you start, under a pain limit");
        press("#start-begin");
        advance(10 + 3.2);
        stop("player: a routine exercise with the physio's notes");
        on(() -> player().reportPainIncrease());
        stop("player: how much pain do you have now?");
        on(() -> player().carryOn());
        on(() -> player().skipExercise());
        stop("player: the check between exercises, a number");
        on(() -> player().answerPain(6));
        stop("the end, above the physio's limit");
        press("#end-home");
        press("#home-start");
        stop("ready to start, under a pain limit");
        closeWindow();
    }

    // The window ------------------------------------------------------------------------------------------------------

    private void openWindow(Optional<Path> file) throws Exception {
        disk = history();
        FillingHistoryStore history = disk;
        on(() -> {
            stage = new Stage();
            dialogs = new ScriptedDialogs();
            Settings settings = Settings.inMemory();
            settings.setTextScale(look.textScale());
            window = new AppWindow(stage, dialogs, new Services(settings, RecordingSoundCues::new,
                    new RecordingScreenAwake(), Runnable::run, clock,
                    () -> new OpenedHistory(history, Optional.empty()), java.time.Clock.fixed(NOW, ZoneOffset.UTC)));
            window.setDarkTheme(look.dark());
            stage.setWidth(look.width());
            stage.setHeight(look.height());
            window.open(file);
            if (look.presenter()) {
                window.showPresenterLayout(true);
            }
            stage.show();
            stage.requestFocus();
        });
    }

    private void closeWindow() throws Exception {
        closeDialogs();
        on(() -> {
            window.player().ifPresent(p -> p.session().close());
            stage.close();
        });
    }

    /** A fortnight of sessions, the last yesterday evening (so that the next-morning check asks), one pain stop. */
    private static FillingHistoryStore history() throws HistoryException {
        FillingHistoryStore filling = new FillingHistoryStore();
        InMemoryHistoryStore store = filling.kept;
        for (int day = 14; day >= 1; day--) {
            Instant start = NOW.minus(Duration.ofDays(day)).plus(Duration.ofHours(10));
            boolean stop = day == 5;
            long id = store.sessionStarted(start, "hip", "Hip exercises", Optional.empty(),
                    OptionalInt.of(5 - day / 5));
            store.exerciseFinished(id, new ExerciseResult(0, "clam", "Clam exercise",
                    stop ? ExerciseResult.Outcome.STOPPED : ExerciseResult.Outcome.DONE, 20, stop ? 7 : 20, 0, 20));
            store.sessionEnded(id, start.plusSeconds(1500), stop ? SessionRecord.Ending.PAIN_STOP
                    : SessionRecord.Ending.COMPLETED, stop ? Optional.of(new StopPlace("clam", "Clam exercise", "rep",
                    "left", 8, 20)) : Optional.empty());
            if (!stop) {
                store.painAfter(id, 2);
            }
        }
        return filling;
    }

    // Moving through the screens ------------------------------------------------------------------------------------

    private PlayerViewModel player() {
        return window.player().orElseThrow();
    }

    private void advance(double seconds) throws Exception {
        clock.advanceMillis(Math.round(seconds * 1000));
        on(() -> player().tick());
    }

    /** Fires the button (or tick box, or toggle) with this id in the window. */
    void press(String id) throws Exception {
        waitFor(id);
        on(() -> ((ButtonBase) stage.getScene().lookup(id)).fire());
    }

    private void waitFor(String id) throws Exception {
        waitUntil(id, () -> {
            layOut(stage.getScene().getRoot());
            return stage.getScene().lookup(id) != null;
        });
    }

    private void waitShown(String id) throws Exception {
        waitUntil(id + " shown", () -> {
            layOut(stage.getScene().getRoot());
            javafx.scene.Node node = stage.getScene().lookup(id);
            return node != null && node.isVisible() && node.isManaged();
        });
    }

    private void waitForDialog() throws Exception {
        waitUntil("a dialog", () -> dialogPane().isPresent());
    }

    private static void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!call(condition)) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("never shown: " + what);
            }
            Thread.sleep(20);
        }
    }

    private Optional<DialogPane> dialogPane() {
        return shownWindows().stream().map(w -> w.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst();
    }

    private void closeDialogs() throws Exception {
        on(() -> shownWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
    }

    /** The window and the dialogs over it (not tooltips or menus). */
    static List<Window> shownWindows() {
        return Window.getWindows().stream().filter(Window::isShowing).filter(w -> !(w instanceof PopupWindow))
                .filter(w -> w.getScene() != null).toList();
    }

    /** Lays out each window as the next pulse would, then lets two pulses draw it, and visits. */
    private void stop(String name) throws Exception {
        settle();
        List<Window> shown = call(ScreenTour::shownWindows);
        // The dialog over the window first: it is what the person is looking at.
        List<Window> ordered = new java.util.ArrayList<>(shown.stream().filter(w -> w != stage).toList());
        if (shown.contains(stage)) {
            ordered.add(stage);
        }
        visitor.visit(name, ordered);
    }

    static void settle() throws Exception {
        for (int pass = 0; pass < 2; pass++) {
            on(() -> shownWindows().forEach(w -> layOut(w.getScene().getRoot())));
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static void layOut(Parent root) {
        root.applyCss();
        root.layout();
    }
}
