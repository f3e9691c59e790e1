package org.exerciseplayer.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.exerciseplayer.history.HistoryException;
import org.exerciseplayer.history.MorningCheck;
import org.exerciseplayer.history.OpenedHistory;
import org.exerciseplayer.history.SessionRecord;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.progress.ProgressView;
import org.exerciseplayer.ui.progress.ProgressViewModel;

/**
 * What the window does between sessions, from the history: opens it (after the first frame), tells home what applies
 * now (the history's note, the review or maintenance advice, what the last next-morning answer means), keeps the
 * reminders following what is open, asks the next-morning question when today is its day, and shows progress.
 */
final class BetweenSessions {

    private final Stage stage;
    private final Services services;
    private final Navigator navigator;
    private final Exports exports;
    private final Reminders reminders;
    private final MorningQuestion morningQuestion;
    private final CompletableFuture<OpenedHistory> history = new CompletableFuture<>();

    /**
     * @param home             shows home again (after the morning question, or from progress)
     * @param readyToStart     a reminder was clicked: the window to the front, ready to start
     * @param noteOnHome       shows a note on home, such as why an answer could not be kept
     */
    BetweenSessions(Stage stage, Services services, FileDialogs dialogs, Navigator navigator, Exports exports,
                    Alerts alerts, Runnable home, Runnable readyToStart, java.util.function.Consumer<String> noteOnHome) {
        this.stage = stage;
        this.services = services;
        this.navigator = navigator;
        this.exports = exports;
        this.reminders = new Reminders(stage, services.settings(), services.sessionBus(), services.wallClock(),
                dialogs, readyToStart, alerts.informing("alert.saved.title"), // issue 17: titled
                alerts.warning("alert.notSaved.title"));
        this.morningQuestion = new MorningQuestion(services.settings(), services.background(), services.wallClock(),
                view -> navigator.show(new Screen.Morning(view)), home, noteOnHome);
        openHistoryAfterFirstFrame();
    }

    /** The history, once open (in memory, with a note, where the one on disk cannot be used). */
    CompletableFuture<OpenedHistory> history() {
        return history;
    }

    /**
     * Home's note, advice and next-morning words, read off the JavaFX thread; then the reminders follow what is
     * shown, and the next-morning question is asked if today is its day.
     */
    void refreshHome(OpenDocument shown) {
        history.thenAcceptAsync(opened -> {
            List<MorningCheck> mornings = morningsOrEmpty(opened);
            String advice = Advice.forCatalogue(shown.catalogue(), sessionsOrEmpty(opened), mornings,
                    services.wallClock());
            String nextMorning = Advice.nextMorning(shown.catalogue(), shown.painRule(), mornings,
                    services.wallClock());
            Platform.runLater(() -> {
                shown.home().noteProperty().set(opened.note().orElse(""));
                shown.home().adviceProperty().set(advice);
                shown.home().nextMorningProperty().set(nextMorning);
            });
            reminders.showing(shown.catalogue(), shown.routine(), shown.file(), () -> sessionsOrEmpty(opened));
            morningQuestion.askIfDue(opened.store(), shown.catalogue(), shown.painRule(),
                    () -> navigator.screen() instanceof Screen.Home);
        }, services.background());
    }

    /** The progress screen of what is open, made off the JavaFX thread; "Back" goes {@code back}. */
    void showProgress(OpenDocument shown, Runnable back) {
        history.thenAcceptAsync(opened -> {
            List<SessionRecord> sessions = sessionsOrEmpty(opened);
            List<MorningCheck> mornings = morningsOrEmpty(opened);
            String advice = Advice.forCatalogue(shown.catalogue(), sessions, mornings, services.wallClock());
            ProgressViewModel model = new ProgressViewModel(shown.catalogue(), shown.routine(), sessions, mornings,
                    java.time.LocalDate.now(services.wallClock()), services.wallClock().getZone());
            Platform.runLater(() -> {
                List<Button> actions = new ArrayList<>(exports.buttons(model));
                actions.add(remindersButton());
                navigator.show(new Screen.Progress(new ProgressView(model, advice, back, actions).createView()));
            });
        }, services.background());
    }

    void showReminders() {
        reminders.showDialog();
    }

    /** The window is closing: no more reminders from it. */
    void close() {
        reminders.close();
    }

    private Button remindersButton() {
        Button button = new Button(Messages.get("home.reminders"));
        button.setId("progress-reminders");
        button.setTooltip(new Tooltip(Messages.get("home.reminders.tooltip")));
        button.setOnAction(e -> reminders.showDialog());
        return button;
    }

    /** The history opens off the JavaFX thread once the first frame is drawn, so as not to compete with it. */
    private void openHistoryAfterFirstFrame() {
        if (stage.isShowing()) {
            AfterFirstFrame.run(this::openHistory);
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                AfterFirstFrame.run(BetweenSessions.this::openHistory);
            }
        });
    }

    private void openHistory() {
        CompletableFuture.runAsync(() -> {
            try {
                history.complete(services.history().get());
            } catch (RuntimeException e) {
                history.completeExceptionally(e);
                throw e;
            }
        }, services.background());
    }

    private static List<SessionRecord> sessionsOrEmpty(OpenedHistory opened) {
        try {
            return opened.store().sessions();
        } catch (HistoryException e) {
            return List.of();
        }
    }

    private static List<MorningCheck> morningsOrEmpty(OpenedHistory opened) {
        try {
            return opened.store().morningChecks();
        } catch (HistoryException e) {
            return List.of();
        }
    }
}
