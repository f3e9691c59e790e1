package org.exerciseplayer.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.CatalogueException;
import org.exerciseplayer.catalogue.Problem;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineItem;
import org.exerciseplayer.routine.RoutineLoader;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.Session;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.session.SessionSummary;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.editor.RoutineEditorViewModel;
import org.exerciseplayer.ui.end.EndView;
import org.exerciseplayer.ui.end.EndViewModel;
import org.exerciseplayer.ui.home.HomeView;
import org.exerciseplayer.ui.home.HomeViewModel;
import org.exerciseplayer.ui.player.PlayerViewModel;
import org.exerciseplayer.ui.problems.ProblemsView;
import org.exerciseplayer.ui.start.BeforeStartView;
import org.exerciseplayer.ui.start.BeforeStartViewModel;

/**
 * The composition root of the window, and its navigator: it opens a catalogue or a prescribed routine, makes each
 * screen's ViewModel over the services, and moves from screen to screen through one {@link Navigator}. How the
 * window looks (theme, presenter mode, text size) is {@link WindowLook}'s; its menu {@link WindowMenu}'s; a session
 * and what follows it {@link SessionStarter}'s.
 */
public final class AppWindow {

    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 640;

    private final Stage stage;
    private final FileDialogs dialogs;
    private final Services services;
    private final BorderPane frame = new BorderPane();
    private final Navigator navigator = new Navigator(frame);
    private final WindowLook look;
    private final Alerts alerts;
    private final Exports exports;
    private final RoutineEditing routines;
    private final FormatGuideWindow guide;
    private final SessionStarter starter;
    private final BetweenSessions between;
    /** Issue 14: where this run's sessions stand with the history (player notes, end screen, home, closing). */
    private final HistoryKeeping keeping;
    /** Issue 13: headset buttons, media keys and the desktop's media controls (MPRIS), after the first frame. */
    private final MediaButtons mediaButtons;
    private Optional<OpenDocument> opened = Optional.empty();
    private final VoiceChoices voiceChoices;

    public AppWindow(Stage stage, FileDialogs dialogs, Services services) {
        this.stage = stage;
        this.dialogs = dialogs;
        this.services = services;
        this.alerts = new Alerts(stage);
        this.look = new WindowLook(stage, frame, services.settings());
        // Issue 17: every message is titled with what it says.
        this.exports = new Exports(dialogs, services.background(), services.wallClock(),
                alerts.informing("alert.saved.title"), alerts.warning("alert.notSaved.title"));
        this.guide = new FormatGuideWindow(stage, dialogs, alerts.informing("alert.saved.title"),
                alerts.warning("alert.notSaved.title"));
        this.routines = new RoutineEditing(stage, dialogs, view -> navigator.show(new Screen.Editor(view)),
                this::returnHome, edited -> showBeforeStart(edited.sessionSetup()));
        this.between = new BetweenSessions(stage, services, dialogs, navigator, exports, alerts, this::returnHome,
                this::raiseReadyToStart, message -> opened.ifPresent(shown -> shown.home().noteProperty().set(message)));
        this.keeping = new HistoryKeeping(stage, services, between.history(), dialogs, // issue 14
                alerts.informing("alert.saved.title"), alerts.warning("alert.notSaved.title"));
        this.starter = new SessionStarter(services, keeping);
        this.voiceChoices = new VoiceChoices(stage, services.settings(), services.voice(),
                () -> opened.map(shown -> shown.catalogue().language()).orElse("en"));
        this.mediaButtons = new MediaButtons(stage, navigator, services.sessionBus(), services.background()); // issue 13
        between.history().whenComplete((h, e) -> Platform.runLater(mediaButtons::start)); // issue 13: after the history
        frame.setId("frame");
        frame.setTop(WindowMenu.create(menuActions(), look, routines.routineToEditProperty(),
                () -> !navigator.isPlaying() && opened.isPresent()));
        Scene scene = new Scene(frame, 1100, 760);
        FileDrop.install(scene, () -> !navigator.isPlaying(), file -> open(Optional.of(file)), // issue 17: titled
                alerts.informing("alert.notOpened.title"));
        scene.getStylesheets().add(AppWindow.class.getResource("/org/exerciseplayer/ui/app.css").toExternalForm());
        WindowMenu.addTextSizeKeys(scene, look);
        ClickerStart.install(scene, navigator); // issue 13: a clicker starts, begins and goes home
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setTitle(Messages.get("app.name"));
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint(Messages.get("presenter.hint"));
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
            }
        });
    }

    private WindowMenu.Actions menuActions() {
        return new WindowMenu.Actions() {
            @Override
            public void open() {
                chooseAndOpen();
            }

            @Override
            public void newRoutine() {
                AppWindow.this.newRoutine();
            }

            @Override
            public void editRoutine() {
                if (!navigator.isPlaying()) {
                    routines.editCurrent();
                }
            }

            @Override
            public void handout(boolean largeType) {
                exportHandout(largeType);
            }

            @Override
            public void quit() {
                if (mayClose()) {
                    Platform.exit();
                }
            }

            @Override
            public void progress() {
                showProgress();
            }

            @Override
            public void reminders() {
                between.showReminders();
            }

            @Override
            public void voice() {
                voiceChoices.showDialog();
            }

            @Override
            public void keys() {
                alerts.showKeys();
            }

            @Override
            public void formats() {
                guide.show();
            }
        };
    }

    /** Whether the window may close: not over unsaved edits the person keeps; a session under way stops first. */
    private boolean mayClose() {
        if (!routines.mayLeave() || !keeping.mayClose()) { // issue 14: sessions not in the history are asked about
            return false;
        }
        navigator.session().ifPresent(Session::close);
        between.close();
        mediaButtons.close(); // issue 13
        return true;
    }

    // Opening files --------------------------------------------------------------------------------------------------

    /**
     * Opens {@code file}, a catalogue or a routine, or the bundled catalogue; shows the problems instead if it
     * cannot be loaded, with a way back to what was open.
     */
    public void open(Optional<Path> file) {
        open(file, load(file, Runnable::run));
    }

    /**
     * Shows the catalogue or routine that {@code loading} loads from {@code file} (waiting for it if need be), or
     * its problems. Lets the app read the file while the toolkit starts.
     */
    public void open(Optional<Path> file, CompletableFuture<RoutineLoader.Opened> loading) {
        if (navigator.isPlaying() || !routines.mayLeave()) {
            return;
        }
        RoutineLoader.Opened loaded;
        try {
            loaded = loading.join();
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof CatalogueException problem)) {
                throw e;
            }
            problem.problems().forEach(System.err::println);
            showProblems(file.map(Path::toString).orElse(BundledCatalogue.NAME), problem.problems(), problem.count());
            return;
        }
        routines.discard();
        Optional<RoutineDocument> routine = loaded instanceof RoutineLoader.OpenedRoutine r
                ? Optional.of(r.routine()) : Optional.empty();
        routines.setRoutine(routine.orElse(null), file);
        Catalogue catalogue = loaded.catalogue();
        HomeViewModel home = routine.map(r -> new HomeViewModel(r, this::predictedSeconds, this::showBeforeStart))
                .orElseGet(() -> new HomeViewModel(catalogue, this::predictedSeconds, this::showBeforeStart));
        Parent homeView = new HomeView(home, this::chooseAndOpen, this::showProgress, this::exportHandout)
                .withReminders(between::showReminders).withKeeping(keeping.forHome()).createView(); // issue 14
        // Pictures and videos are looked for beside the file that names them, and nowhere else.
        opened = Optional.of(new OpenDocument(catalogue, routine, file, file.map(p -> p.toAbsolutePath().getParent()),
                home, homeView));
        returnHome();
    }

    /** Loads {@code file} (a catalogue or a routine), or the bundled catalogue, on {@code executor}; fails with its problems. */
    public static CompletableFuture<RoutineLoader.Opened> load(Optional<Path> file, Executor executor) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return file.isPresent() ? RoutineLoader.open(file.get())
                        : new RoutineLoader.OpenedCatalogue(BundledCatalogue.load());
            } catch (CatalogueException e) {
                throw new CompletionException(e);
            }
        }, executor);
    }

    private void chooseAndOpen() {
        if (!navigator.isPlaying()) {
            dialogs.chooseCatalogue().ifPresent(path -> open(Optional.of(path)));
        }
    }

    /** The problems of a file that could not be opened; "Back" returns to what was open before, if anything was. */
    private void showProblems(String file, List<Problem> problems, int count) {
        Optional<Runnable> back = opened.isPresent() || routines.isOpen()
                ? Optional.of(this::returnHome) : Optional.empty();
        navigator.show(new Screen.Problems(new ProblemsView(file, problems, count, this::chooseAndOpen, back,
                Platform::exit).createView()));
        stage.setTitle(Messages.get("problems.title") + " \u2013 " + Messages.get("app.name"));
    }

    // Home, progress, handouts ---------------------------------------------------------------------------------------

    /** Home, or the routine editor if it is open (after a session played from it). */
    private void returnHome() {
        if (routines.showAgain() || opened.isEmpty()) {
            return;
        }
        OpenDocument shown = opened.get();
        navigator.show(new Screen.Home(shown.homeView()));
        stage.setTitle(shown.home().title() + " \u2013 " + Messages.get("app.name"));
        between.refreshHome(shown);
    }

    /** A reminder was clicked: the window to the front, on home and ready to start (unless a session runs). */
    private void raiseReadyToStart() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
        if (!navigator.isPlaying() && opened.isPresent() && routines.mayLeave()) {
            returnHome();
        }
    }

    /** The Voice dialog's model over this window's voice and settings (for tests and the screenshot tool). */
    org.exerciseplayer.ui.voice.VoiceViewModel voiceChoicesModel() {
        return voiceChoices.model();
    }

    /** The Voice dialog (for tests and the screenshot tool). */
    void showVoiceNow() {
        voiceChoices.showDialog();
    }

    /** The Reminders dialog (for tests and the screenshot tool). */
    void showRemindersNow() {
        between.showReminders();
    }

    /** Help > File formats (for tests and the screenshot tool). */
    void showFormatGuideNow() {
        guide.show();
    }

    /** Opens the progress screen (for the screenshot tool; people use the button or Ctrl+H). */
    void showProgressNow() {
        showProgress();
    }

    private void showProgress() {
        if (!navigator.isPlaying()) {
            opened.ifPresent(shown -> between.showProgress(shown, this::returnHome));
        }
    }

    /** Saves the handout of the open routine; a catalogue prints as a routine of all its exercises. */
    void exportHandout(boolean largeType) {
        if (!navigator.isPlaying() && opened.isPresent()) {
            exports.exportHandout(handoutRoutine(opened.get()), largeType);
        }
    }

    /** The routine being edited if the editor is open; else the routine open; else the whole catalogue. */
    private RoutineDocument handoutRoutine(OpenDocument shown) {
        return routines.editor().map(RoutineEditorViewModel::document)
                .or(shown::routine)
                .orElseGet(() -> RoutineDocument.startFrom(shown.catalogue(), shown.catalogue().title())
                        .withItems(shown.catalogue().exercises().stream().map(e -> RoutineItem.of(e.id())).toList()));
    }

    // The routine editor ---------------------------------------------------------------------------------------------

    /** Opens the routine editor on an empty routine from the catalogue shown (File > New routine, Ctrl+N). */
    void newRoutine() {
        if (!navigator.isPlaying() && opened.isPresent() && routines.mayLeave()) {
            routines.discard();
            routines.newRoutine(opened.get().catalogue(), java.time.LocalDate.now(services.wallClock()));
        }
    }

    /** Opens the routine editor on {@code edited}, loaded from {@code file} if given. */
    public void editRoutine(RoutineDocument edited, Optional<Path> file) {
        if (!navigator.isPlaying() && routines.mayLeave()) {
            routines.discard();
            routines.edit(edited, file);
        }
    }

    public void editRoutine(RoutineDocument edited) {
        editRoutine(edited, Optional.empty());
    }

    /** The routine editor, while it is open (for tests; read on the JavaFX thread from any thread). */
    Optional<RoutineEditorViewModel> routineEditor() {
        return OnFxThread.read(routines::editor);
    }

    // A session ------------------------------------------------------------------------------------------------------

    private long predictedSeconds(Routine chosen) {
        return Planner.plan(chosen).totalSeconds();
    }

    private void showBeforeStart(SessionSetup setup) {
        starter.warmUp(setup);
        BeforeStartViewModel model = new BeforeStartViewModel(setup, services.settings(),
                pain -> startSession(setup, pain), this::returnHome);
        navigator.show(new Screen.BeforeStart(new BeforeStartView(model).createView()));
    }

    private void startSession(SessionSetup setup, OptionalInt painBefore) {
        Optional<Path> folder = opened.flatMap(OpenDocument::folder);
        Screen.Playing[] made = new Screen.Playing[1];
        made[0] = starter.prepare(setup, folder, summary -> showEnd(made[0].session(), summary));
        navigator.show(made[0]);
        made[0].session().start(painBefore);
    }

    private void showEnd(Session session, SessionSummary summary) {
        EndViewModel model = new EndViewModel(session.setup(), summary, session::ratePainAfter, this::returnHome);
        org.exerciseplayer.ui.keeping.KeepingViewModel kept = keeping.forEnd(session); // issue 14
        navigator.show(new Screen.End(new EndView(model).withKeeping(kept).createView(), kept::dispose));
    }

    /** The player of the session under way, if any (for tests; read on the JavaFX thread from any thread). */
    Optional<PlayerViewModel> player() {
        return OnFxThread.read(navigator::player);
    }

    /** Where this run's sessions stand with the history (for tests; issue 14). */
    HistoryKeeping keeping() {
        return keeping;
    }

    /** The screen shown (for tests; read on the JavaFX thread from any thread). */
    Screen screen() {
        return OnFxThread.read(navigator::screen);
    }

    // How the window looks (for tests and the screenshot tool) ---------------------------------------------------------

    void setPresenter(boolean on) {
        look.setPresenter(on);
    }

    void showPresenterLayout(boolean on) {
        look.showPresenterLayout(on);
    }

    boolean isPresenter() {
        return OnFxThread.read(look::isPresenter);
    }

    void setDarkTheme(boolean dark) {
        look.applyTheme(dark);
    }

    double textScale() {
        return OnFxThread.read(look::textScale);
    }
}
