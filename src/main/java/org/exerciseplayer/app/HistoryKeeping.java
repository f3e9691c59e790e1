package org.exerciseplayer.app;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.exerciseplayer.history.CsvExport;
import org.exerciseplayer.history.OpenedHistory;
import org.exerciseplayer.history.SessionRecord;
import org.exerciseplayer.history.SessionRecorder;
import org.exerciseplayer.history.UnsavedSessions;
import org.exerciseplayer.platform.AtomicFiles;
import org.exerciseplayer.session.Session;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.keeping.KeepingViewModel;
import org.exerciseplayer.ui.player.PlayerViewModel;

/**
 * This run's sessions and the history: it makes each session's {@link SessionRecorder} (which, after a failed write,
 * tries again on this class's timer until the history takes it), tells the player where its session stands (the
 * failure, a history that keeps nothing, the save after all), gives the end screen and home what to say
 * ({@link KeepingViewModel}), saves sessions the history does not have to a CSV file the person chooses, and asks
 * before the window closes over any of them.
 */
final class HistoryKeeping {

    /** What the person answered when asked about closing with sessions not in the history. */
    enum CloseAnswer { SAVE_FIRST, CLOSE, STAY }

    /** Asks the person; behind an interface so that tests can answer instead. */
    @FunctionalInterface
    interface CloseQuestion {
        CloseAnswer ask(String text);
    }

    private final Services services;
    private final CompletableFuture<OpenedHistory> history;
    private final FileDialogs dialogs;
    private final Consumer<String> inform;
    private final Consumer<String> error;
    private final UnsavedSessions unsaved = new UnsavedSessions();
    private final Map<Session, SessionRecorder> recorders = new WeakHashMap<>();
    /** Runs the recorders' retries; its one thread ends by itself when idle, so it holds nothing open. */
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "history-retries");
        thread.setDaemon(true);
        return thread;
    });
    private CloseQuestion closeQuestion;
    private KeepingViewModel home;

    HistoryKeeping(Stage stage, Services services, CompletableFuture<OpenedHistory> history, FileDialogs dialogs,
                   Consumer<String> inform, Consumer<String> error) {
        this.services = services;
        this.history = history;
        this.dialogs = dialogs;
        this.inform = inform;
        this.error = error;
        this.closeQuestion = text -> askWithAlert(stage, text);
        timer.setKeepAliveTime(10, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
    }

    /** Makes the session's recorder, which listens to it, and says on the player what becomes of its records. */
    SessionRecorder record(Session session, SessionSetup setup, PlayerViewModel player) {
        SessionRecorder recorder = new SessionRecorder(() -> history.join().store(), setup.catalogue(),
                setup.routineTitle(), services.background(), services.wallClock(),
                problem -> Platform.runLater(() -> player.showNote(Messages.get("history.notSavedYet", problem))),
                (delay, retry) -> timer.schedule(retry, delay.toMillis(), TimeUnit.MILLISECONDS));
        boolean[] wasUnsaved = {false};
        recorder.addKeepingListener(keeping -> {
            if (keeping.state() == SessionRecorder.Keeping.State.NOT_KEPT) {
                Platform.runLater(() -> player.showNote(Messages.get("history.notKept")));
            } else if (keeping.state() == SessionRecorder.Keeping.State.NOT_SAVED_YET) {
                wasUnsaved[0] = true;
            } else if (wasUnsaved[0]) {
                Platform.runLater(() -> player.showNote(Messages.get("history.savedAfterAll")));
            }
        });
        session.addListener(recorder);
        unsaved.add(recorder);
        synchronized (recorders) {
            recorders.put(session, recorder);
        }
        return recorder;
    }

    /** What the end screen of {@code session} says about its records; dispose of it when the screen goes. */
    KeepingViewModel forEnd(Session session) {
        SessionRecorder recorder;
        synchronized (recorders) {
            recorder = recorders.get(session);
        }
        return recorder == null ? KeepingViewModel.none()
                : KeepingViewModel.ofSession(recorder, Platform::runLater, this::saveToFile);
    }

    /** What home says about this run's sessions not in the history (one for the window, shared by every home). */
    KeepingViewModel forHome() {
        if (home == null) {
            home = KeepingViewModel.ofRun(unsaved, Platform::runLater, this::saveToFile);
        }
        return home;
    }

    /** This run's sessions that are not in the history file. */
    UnsavedSessions unsaved() {
        return unsaved;
    }

    /**
     * Saves the sessions, as the history would hold them, to a CSV file the person chooses (written through a
     * temporary file, so a full disk never leaves half of one); each is then said to be saved there.
     */
    void saveToFile(List<SessionRecorder> sessions) {
        String name = "exercise-sessions-not-in-history-" + LocalDate.now(services.wallClock()) + ".csv";
        dialogs.chooseSaveFile(Messages.get("keeping.save.title"), name, Messages.get("export.csv.filter"), "*.csv")
                .ifPresent(file -> services.background().execute(() -> write(sessions, file)));
    }

    private void write(List<SessionRecorder> sessions, Path file) {
        List<SessionRecord> records = sessions.stream().map(SessionRecorder::record).toList();
        try {
            AtomicFiles.write(file, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CsvExport.write(records, services.wallClock().getZone(), writer);
                writer.flush();
            });
            sessions.forEach(recorder -> recorder.savedTo(file.toString()));
            Platform.runLater(() -> inform.accept(Messages.get("export.saved", file)));
        } catch (java.io.IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Platform.runLater(() -> error.accept(Messages.get("export.failed", file, reason)));
        }
    }

    /**
     * Whether the window may close as far as the history goes: yes when every session is in it; otherwise the person
     * is asked, and may save them to a file first (the window then stays open until they close it again).
     */
    boolean mayClose() {
        List<SessionRecorder> left = unsaved.unsaved();
        if (left.isEmpty()) {
            return true;
        }
        unsaved.retry();
        String text = Messages.get("keeping.close.text", forHome().textProperty().get(), left.size());
        return switch (closeQuestion.ask(text)) {
            case CLOSE -> true;
            case STAY -> false;
            case SAVE_FIRST -> {
                saveToFile(left);
                yield false;
            }
        };
    }

    /** For tests: answers the question about closing instead of a dialog. */
    void answerCloseQuestionWith(CloseQuestion answer) {
        this.closeQuestion = answer;
    }

    private static CloseAnswer askWithAlert(Stage stage, String text) {
        ButtonType save = new ButtonType(Messages.get("keeping.close.save"), ButtonBar.ButtonData.YES);
        ButtonType quit = new ButtonType(Messages.get("keeping.close.quit"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(Messages.get("keeping.close.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, text, save, quit, stay);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("keeping.close.header"));
        alert.setHeaderText(Messages.get("keeping.close.header"));
        ButtonType answer = alert.showAndWait().orElse(stay);
        return answer == save ? CloseAnswer.SAVE_FIRST : answer == quit ? CloseAnswer.CLOSE : CloseAnswer.STAY;
    }
}
