package org.exerciseplayer.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.CatalogueException;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Problem;
import org.exerciseplayer.history.OpenedHistory;
import org.exerciseplayer.history.SessionRecorder;
import org.exerciseplayer.routine.PainRule;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineItem;
import org.exerciseplayer.routine.RoutineLoader;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.SessionLog;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.end.EndView;
import org.exerciseplayer.ui.end.EndViewModel;
import org.exerciseplayer.ui.home.HomeView;
import org.exerciseplayer.ui.home.HomeViewModel;
import org.exerciseplayer.ui.player.ExerciseGuidance;
import org.exerciseplayer.ui.player.PlayerView;
import org.exerciseplayer.ui.player.PlayerViewModel;
import org.exerciseplayer.ui.problems.ProblemsView;
import org.exerciseplayer.ui.progress.ProgressView;
import org.exerciseplayer.ui.progress.ProgressViewModel;
import org.exerciseplayer.ui.start.BeforeStartView;
import org.exerciseplayer.ui.start.BeforeStartViewModel;

/**
 * The composition root of the window: loads a catalogue or a prescribed routine, wires each screen's ViewModel to
 * the services, swaps screens under one menu bar, and keeps the window-wide settings: presenter mode, theme and
 * text size.
 */
public final class AppWindow {

    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 640;
    /** The theme's normal text size, which the text-size setting scales. */
    static final double BASE_FONT_PIXELS = 14;
    static final double TEXT_STEP = 0.1;

    private final Stage stage;
    private final FileDialogs dialogs;
    private final Services services;
    private final Settings settings;
    private final BorderPane frame = new BorderPane();
    private final CheckMenuItem presenterItem = new CheckMenuItem();
    private final CheckMenuItem darkItem = new CheckMenuItem();
    private final MenuBar menuBar;
    private final java.util.concurrent.CompletableFuture<OpenedHistory> history;
    private Catalogue catalogue;
    private Optional<Path> documentFolder = Optional.empty();
    /** The routine shown, or empty when it is a catalogue. */
    private Optional<RoutineDocument> routine = Optional.empty();
    private Parent home;
    private HomeViewModel homeModel;
    private PlayerViewModel player;
    private SessionRecorder recorder;
    private final Exports exports;
    private final RoutineEditing routines;
    /** The routine played from the editor, while its session runs; it comes before {@link #routine}. */
    private Optional<RoutineDocument> playing = Optional.empty();
    // Between sessions (issue 16): reminders and the next-morning check live in their own classes.
    private final Reminders reminders;
    private final MorningCheck morningCheck;
    private Optional<Path> shownFile = Optional.empty();

    public AppWindow(Stage stage, FileDialogs dialogs, Services services) {
        this.stage = stage;
        this.dialogs = dialogs;
        this.services = services;
        this.settings = services.settings();
        // The history opens off the JavaFX thread once the first frame is drawn, so as not to compete with it.
        this.history = new java.util.concurrent.CompletableFuture<>();
        if (stage.isShowing()) {
            AfterFirstFrame.run(this::openHistory);
        } else {
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
                @Override
                public void handle(javafx.stage.WindowEvent event) {
                    stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                    AfterFirstFrame.run(AppWindow.this::openHistory);
                }
            });
        }
        this.exports = new Exports(dialogs, services.background(), services.wallClock(),
                message -> alert(javafx.scene.control.Alert.AlertType.INFORMATION, message),
                message -> alert(javafx.scene.control.Alert.AlertType.ERROR, message));
        this.routines = new RoutineEditing(stage, dialogs, this::show, this::returnHome, this::playRoutine);
        this.reminders = new Reminders(stage, settings, services.sessionBus(), services.wallClock(), dialogs,
                this::raiseReadyToStart, message -> alert(javafx.scene.control.Alert.AlertType.INFORMATION, message),
                message -> alert(javafx.scene.control.Alert.AlertType.ERROR, message));
        this.morningCheck = new MorningCheck(settings, services.background(), services.wallClock(), this::show,
                this::returnHome, message -> homeModel.noteProperty().set(message));
        frame.setId("frame");
        menuBar = menuBar();
        frame.setTop(menuBar);
        Scene scene = new Scene(frame, 1100, 760);
        FileDrop.install(scene, () -> player == null, this::open,
                message -> alert(javafx.scene.control.Alert.AlertType.INFORMATION, message));
        scene.getStylesheets().add(AppWindow.class.getResource("/org/exerciseplayer/ui/app.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                () -> changeTextScale(+TEXT_STEP));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
                () -> changeTextScale(+TEXT_STEP));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                () -> changeTextScale(-TEXT_STEP));
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setTitle(Messages.get("app.name"));
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint(Messages.get("presenter.hint"));
        stage.fullScreenProperty().addListener((o, was, is) -> setPresenter(is));
        stage.setOnCloseRequest(e -> {
            if (!routines.mayLeave()) {
                e.consume();
                return;
            }
            if (player != null) {
                player.close();
            }
            reminders.close();
        });
        applyTheme(settings.isDarkTheme());
        applyTextScale();
    }

    private MenuBar menuBar() {
        MenuItem open = item("menu.file.open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                this::chooseAndOpen);
        MenuItem quit = item("menu.file.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                () -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                        javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        quit.setOnAction(e -> {
            if (!routines.mayLeave()) {
                return;
            }
            if (player != null) {
                player.close();
            }
            Platform.exit();
        });
        MenuItem newRoutine = item("menu.file.newRoutine", new KeyCodeCombination(KeyCode.N,
                KeyCombination.SHORTCUT_DOWN), this::newRoutine);
        MenuItem editRoutine = item("menu.file.editRoutine", new KeyCodeCombination(KeyCode.E,
                KeyCombination.SHORTCUT_DOWN), this::editCurrentRoutine);
        editRoutine.disableProperty().bind(routines.routineToEditProperty().not());
        MenuItem handout = item("menu.file.handout", null, () -> exportHandout(false));
        MenuItem handoutLarge = item("menu.file.handoutLarge", null, () -> exportHandout(true));
        Menu file = new Menu(Messages.get("menu.file"), null, open, new SeparatorMenuItem(), newRoutine, editRoutine,
                new SeparatorMenuItem(), handout, handoutLarge,
                new SeparatorMenuItem(), quit);
        file.setOnShowing(e -> {
            handout.setDisable(player != null || catalogue == null);
            handoutLarge.setDisable(player != null || catalogue == null);
        });

        presenterItem.setText(Messages.get("menu.view.presenter"));
        presenterItem.setId("menu-presenter");
        presenterItem.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        presenterItem.setOnAction(e -> setPresenter(presenterItem.isSelected()));
        darkItem.setText(Messages.get("menu.view.dark"));
        darkItem.setId("menu-dark");
        darkItem.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        darkItem.setSelected(settings.isDarkTheme());
        darkItem.setOnAction(e -> applyTheme(darkItem.isSelected()));
        MenuItem larger = item("menu.view.larger", new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
                () -> changeTextScale(+TEXT_STEP));
        MenuItem smaller = item("menu.view.smaller",
                new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), () -> changeTextScale(-TEXT_STEP));
        MenuItem normal = item("menu.view.normal", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                () -> setTextScale(1.0));
        Menu view = new Menu(Messages.get("menu.view"), null, presenterItem, darkItem, new SeparatorMenuItem(),
                larger, smaller, normal);

        MenuItem progress = item("menu.view.progress", new KeyCodeCombination(KeyCode.H,
                KeyCombination.SHORTCUT_DOWN), this::showProgress);
        view.getItems().add(0, progress);
        view.getItems().add(1, item("menu.view.reminders", null, reminders::showDialog));
        view.getItems().add(2, new SeparatorMenuItem());
        MenuItem keys = item("menu.help.keys", new KeyCodeCombination(KeyCode.F1), this::showKeys);
        Menu help = new Menu(Messages.get("menu.help"), null, keys);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(key.replace('.', '-'));
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Opens the history on the background thread; what waits for it goes on from there. */
    private void openHistory() {
        java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                history.complete(services.history().get());
            } catch (RuntimeException e) {
                history.completeExceptionally(e);
                throw e;
            }
        }, services.background());
    }

    /**
     * Opens {@code file}, a catalogue or a routine, or the bundled catalogue; shows the problems instead if it
     * cannot be loaded.
     */
    public void open(Optional<Path> file) {
        open(file, load(file, Runnable::run));
    }

    private void open(Path file) {
        open(Optional.of(file));
    }

    /**
     * Shows the catalogue or routine that {@code loading} loads from {@code file} (waiting for it if need be), or
     * its problems. Lets the app read the file while the toolkit starts.
     */
    public void open(Optional<Path> file, java.util.concurrent.CompletableFuture<RoutineLoader.Opened> loading) {
        String name = file.map(Path::toString).orElse(BundledCatalogue.NAME);
        if (!routines.mayLeave()) {
            return;
        }
        routines.discard();
        try {
            RoutineLoader.Opened opened = loading.join();
            // Pictures and videos are looked for beside the file that names them, and nowhere else.
            documentFolder = file.map(p -> p.toAbsolutePath().getParent());
            shownFile = file;
            routines.setRoutine(opened instanceof RoutineLoader.OpenedRoutine loaded ? loaded.routine() : null, file);
            showHome(opened);
        } catch (java.util.concurrent.CompletionException e) {
            if (!(e.getCause() instanceof CatalogueException problem)) {
                throw e;
            }
            problem.problems().forEach(System.err::println);
            showProblems(name, problem.problems());
        }
    }

    /** Loads {@code file} (a catalogue or a routine), or the bundled catalogue, on {@code executor}; fails with its problems. */
    public static java.util.concurrent.CompletableFuture<RoutineLoader.Opened> load(
            Optional<Path> file, java.util.concurrent.Executor executor) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return file.isPresent() ? RoutineLoader.open(file.get())
                        : new RoutineLoader.OpenedCatalogue(BundledCatalogue.load());
            } catch (CatalogueException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, executor);
    }

    private void chooseAndOpen() {
        if (player == null) {
            dialogs.chooseCatalogue().ifPresent(path -> open(Optional.of(path)));
        }
    }

    /** Saves the handout of the open routine; a catalogue prints as a routine of all its exercises. */
    void exportHandout(boolean largeType) {
        if (player == null && catalogue != null) {
            exports.exportHandout(handoutRoutine(), largeType);
        }
    }

    /** The routine being edited if the editor is open; else the routine open; else the whole catalogue. */
    private RoutineDocument handoutRoutine() {
        Optional<RoutineDocument> edited = routines.editor()
                .map(org.exerciseplayer.ui.editor.RoutineEditorViewModel::document);
        if (edited.isPresent()) {
            return edited.get();
        }
        return routine.orElseGet(() -> RoutineDocument.startFrom(catalogue, catalogue.title())
                .withItems(catalogue.exercises().stream().map(e -> RoutineItem.of(e.id())).toList()));
    }

    /** Opens the routine editor on an empty routine from the catalogue shown (File > New routine, Ctrl+N). */
    void newRoutine() {
        if (player == null && catalogue != null && routines.mayLeave()) {
            routines.discard();
            routines.newRoutine(catalogue, java.time.LocalDate.now(services.wallClock()));
        }
    }

    /** Opens the routine editor on {@code edited}, loaded from {@code file} if given. */
    public void editRoutine(RoutineDocument edited, Optional<Path> file) {
        if (player == null && routines.mayLeave()) {
            routines.discard();
            routines.edit(edited, file);
        }
    }

    public void editRoutine(RoutineDocument edited) {
        editRoutine(edited, Optional.empty());
    }

    /** Edits the routine open (or last saved from the editor): File > Edit routine, Ctrl+E. */
    private void editCurrentRoutine() {
        if (player == null) {
            routines.editCurrent();
        }
    }

    /** The routine editor, while it is open (for tests). */
    Optional<org.exerciseplayer.ui.editor.RoutineEditorViewModel> routineEditor() {
        return routines.editor();
    }

    /** Plays a routine from the editor: the safety screen, then the session; afterwards the editor is back. */
    private void playRoutine(RoutineDocument edited) {
        playing = Optional.of(edited);
        new HomeViewModel(edited, this::predictedSeconds, this::showBeforeStart).start();
    }

    private void showHome(RoutineLoader.Opened opened) {
        catalogue = opened.catalogue();
        if (opened instanceof RoutineLoader.OpenedRoutine loaded) {
            routine = Optional.of(loaded.routine());
            homeModel = new HomeViewModel(loaded.routine(), this::predictedSeconds, this::showBeforeStart);
        } else {
            routine = Optional.empty();
            homeModel = new HomeViewModel(catalogue, this::predictedSeconds, this::showBeforeStart);
        }
        home = new HomeView(homeModel, this::chooseAndOpen, this::showProgress, this::exportHandout)
                .withReminders(reminders::showDialog).createView();
        returnHome();
    }

    private void returnHome() {
        player = null;
        playing = Optional.empty();
        if (routines.showAgain()) {
            return;
        }
        show(home);
        stage.setTitle(homeModel.title() + " \u2013 " + Messages.get("app.name"));
        refreshHomeFromHistory();
    }

    /** The history's note and the advice that applies now, read off the JavaFX thread. */
    private void refreshHomeFromHistory() {
        HomeViewModel model = homeModel;
        Catalogue shown = catalogue;
        Optional<RoutineDocument> shownRoutine = routine;
        PainRule rule = shownRoutine.map(RoutineDocument::painRule).orElse(PainRule.anyIncrease());
        history.thenAcceptAsync(opened -> {
            List<org.exerciseplayer.history.MorningCheck> mornings = morningsOrEmpty(opened);
            String advice = Advice.forCatalogue(shown, sessionsOrEmpty(opened), mornings, services.wallClock());
            String nextMorning = Advice.nextMorning(shown, rule, mornings, services.wallClock());
            Platform.runLater(() -> {
                model.noteProperty().set(opened.note().orElse(""));
                model.adviceProperty().set(advice);
                model.nextMorningProperty().set(nextMorning);
            });
            // Issue 16: the reminders follow what is shown; the next-morning check asks if today is its day.
            reminders.showing(shown, shownRoutine, shownFile, () -> sessionsOrEmpty(opened));
            morningCheck.askIfDue(opened.store(), shown, rule, () -> frame.getCenter() == home && player == null);
        }, services.background());
    }

    private static List<org.exerciseplayer.history.SessionRecord> sessionsOrEmpty(OpenedHistory opened) {
        try {
            return opened.store().sessions();
        } catch (org.exerciseplayer.history.HistoryException e) {
            return List.of();
        }
    }

    private static List<org.exerciseplayer.history.MorningCheck> morningsOrEmpty(OpenedHistory opened) {
        try {
            return opened.store().morningChecks();
        } catch (org.exerciseplayer.history.HistoryException e) {
            return List.of();
        }
    }

    /** A reminder was clicked: the window to the front, on home and ready to start (unless a session runs). */
    private void raiseReadyToStart() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
        if (player == null && home != null && routines.mayLeave()) {
            returnHome();
        }
    }

    /** The Reminders dialog (for tests and the screenshot tool). */
    void showRemindersNow() {
        reminders.showDialog();
    }

    /** Opens the progress screen (for the screenshot tool; people use the button or Ctrl+H). */
    void showProgressNow() {
        showProgress();
    }

    private void showProgress() {
        if (player != null || catalogue == null) {
            return;
        }
        Catalogue shown = catalogue;
        Optional<RoutineDocument> shownRoutine = routine;
        history.thenAcceptAsync(opened -> {
            List<org.exerciseplayer.history.SessionRecord> sessions = sessionsOrEmpty(opened);
            List<org.exerciseplayer.history.MorningCheck> mornings = morningsOrEmpty(opened);
            String advice = Advice.forCatalogue(shown, sessions, mornings, services.wallClock());
            java.time.ZoneId zone = services.wallClock().getZone();
            ProgressViewModel model = new ProgressViewModel(shown, shownRoutine, sessions, mornings,
                    java.time.LocalDate.now(services.wallClock()), zone);
            Platform.runLater(() -> {
                List<javafx.scene.control.Button> actions = new java.util.ArrayList<>(exports.buttons(model));
                actions.add(remindersButton()); // issue 16
                show(new ProgressView(model, advice, this::returnHome, actions).createView());
            });
        }, services.background());
    }

    private javafx.scene.control.Button remindersButton() {
        javafx.scene.control.Button button = new javafx.scene.control.Button(Messages.get("home.reminders"));
        button.setId("progress-reminders");
        button.setTooltip(new javafx.scene.control.Tooltip(Messages.get("home.reminders.tooltip")));
        button.setOnAction(e -> reminders.showDialog());
        return button;
    }

    private void showProblems(String file, List<Problem> problems) {
        show(new ProblemsView(file, problems, this::chooseAndOpen, Platform::exit).createView());
        stage.setTitle(Messages.get("problems.title") + " \u2013 " + Messages.get("app.name"));
    }

    private long predictedSeconds(Routine chosen) {
        return Planner.plan(chosen).totalSeconds();
    }

    private PainRule painRule() {
        return sessionRoutine().map(RoutineDocument::painRule).orElse(PainRule.anyIncrease());
    }

    /** The routine whose session is about to run or running: the one played from the editor, or the one shown. */
    private Optional<RoutineDocument> sessionRoutine() {
        return playing.isPresent() ? playing : routine;
    }

    private void showBeforeStart(List<HomeViewModel.ExerciseRow> rows) {
        List<Exercise> exercises = rows.stream().map(HomeViewModel.ExerciseRow::exercise).toList();
        BeforeStartViewModel model = new BeforeStartViewModel(catalogue, exercises, painRule(), settings,
                pain -> startSession(rows, pain), this::returnHome);
        show(new BeforeStartView(model).createView());
    }

    private void startSession(List<HomeViewModel.ExerciseRow> rows, OptionalInt painBefore) {
        var sound = services.sound().get();
        sound.setMuted(settings.isMuted());
        sound.setVolume(settings.volume());
        List<ExerciseGuidance> guidance = rows.stream()
                .map(row -> new ExerciseGuidance(row.variationText(), row.notes())).toList();
        PainRule rule = painRule();
        player = new PlayerViewModel(catalogue, Planner.plan(HomeViewModel.routineOf(rows)), rule, guidance,
                services.clock(), sound, services.screenAwake(), services.background(), Platform::runLater,
                (log, elapsed) -> Platform.runLater(() -> showEnd(log, elapsed, painBefore, rule)));
        player.screen().media().setFolder(documentFolder);
        PlayerViewModel session = player;
        SessionRecorder recorder = new SessionRecorder(() -> history.join().store(), catalogue,
                sessionRoutine().map(RoutineDocument::title), player.log(), painBefore, services.background(),
                services.wallClock(),
                problem -> Platform.runLater(() -> session.showNote(Messages.get("history.unavailable", problem))));
        recorder.painStopRatingFrom(session::painStopRating);
        player.addSessionListener(recorder);
        this.recorder = recorder;
        player.mutedProperty().addListener((o, was, is) -> settings.setMuted(is));
        player.volumeProperty().addListener((o, was, is) -> settings.setVolume(is.doubleValue()));
        show(new PlayerView(player).createView());
        player.start();
    }

    private void showEnd(SessionLog log, long elapsedMillis, OptionalInt painBefore, PainRule rule) {
        OptionalInt painAtStop = player == null ? OptionalInt.empty() : player.painStopRating();
        player = null;
        EndViewModel model = new EndViewModel(catalogue, log, elapsedMillis, painBefore, rule, painAtStop,
                this::returnHome);
        SessionRecorder finished = recorder;
        model.painAfterProperty().addListener((o, was, is) -> {
            if (is != null && finished != null) {
                finished.painAfter(is);
            }
        });
        show(new EndView(model).createView());
    }

    /** The player of the session under way, if any (for tests and the window's close handling). */
    Optional<PlayerViewModel> player() {
        return Optional.ofNullable(player);
    }

    private void show(Parent view) {
        frame.setCenter(view);
    }

    // Window-wide settings ---------------------------------------------------------------------------------

    /** Presenter mode: full screen with a large, high-contrast layout for a projector. */
    void setPresenter(boolean on) {
        showPresenterLayout(on);
        if (stage.isFullScreen() != on) {
            stage.setFullScreen(on);
        }
    }

    /** The presenter layout alone, without going full screen (for screenshots of a given size). */
    void showPresenterLayout(boolean on) {
        presenterItem.setSelected(on);
        if (on) {
            frame.getStyleClass().add("presenter");
        } else {
            frame.getStyleClass().removeAll("presenter");
        }
        // Hidden rather than removed, so that its keys (F11 among them) still work in presenter mode.
        menuBar.setVisible(!on);
        menuBar.setManaged(!on);
        applyTextScale();
    }

    boolean isPresenter() {
        return frame.getStyleClass().contains("presenter");
    }

    void setDarkTheme(boolean dark) {
        applyTheme(dark);
    }

    private void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        darkItem.setSelected(dark);
        settings.setDarkTheme(dark);
    }

    private void changeTextScale(double step) {
        setTextScale(Math.round((settings.textScale() + step) * 10) / 10.0);
    }

    private void setTextScale(double scale) {
        settings.setTextScale(scale);
        applyTextScale();
    }

    private void applyTextScale() {
        double presenter = isPresenter() ? 1.6 : 1.0;
        frame.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                BASE_FONT_PIXELS * settings.textScale() * presenter));
    }

    double textScale() {
        return settings.textScale();
    }

    private void alert(javafx.scene.control.Alert.AlertType type, String message) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(type, message);
        alert.initOwner(stage);
        alert.setHeaderText(null);
        alert.show();
    }

    private void showKeys() {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("keys.title"));
        alert.setHeaderText(Messages.get("keys.title"));
        alert.setContentText(Messages.get("keys.text"));
        alert.show();
    }
}
