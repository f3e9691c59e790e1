package org.exerciseplayer.ui.keeping;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.exerciseplayer.history.SessionRecorder;
import org.exerciseplayer.history.SessionRecorder.Keeping;
import org.exerciseplayer.history.UnsavedSessions;
import org.exerciseplayer.ui.Messages;

/**
 * What the end screen says about its session, or home about this run's sessions, when they are not in the history
 * file: not saved yet (a write failed; saving is tried again) or not kept (the history cannot be written this run),
 * with "Try again now" and "Save to a file…". Empty while everything is saved. It stays true as the history recovers
 * (or fails) while the screen is shown; {@link #dispose()} stops listening when the screen goes.
 */
public final class KeepingViewModel {

    private final Consumer<List<SessionRecorder>> saveToFile;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper retryable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saveable = new ReadOnlyBooleanWrapper(false);
    private final Runnable update;
    private final Runnable stopListening;
    private List<SessionRecorder> shown = List.of();
    private Runnable retry = () -> { };

    private KeepingViewModel(Consumer<List<SessionRecorder>> saveToFile, Runnable update,
                             Runnable stopListening) {
        this.saveToFile = saveToFile;
        this.update = update;
        this.stopListening = stopListening;
    }

    /**
     * The end screen's: where this session stands.
     *
     * @param uiThread   where changes are shown (they are found on the history's thread)
     * @param saveToFile asks where, and saves the sessions given there
     */
    public static KeepingViewModel ofSession(SessionRecorder recorder, Executor uiThread,
                                             Consumer<List<SessionRecorder>> saveToFile) {
        KeepingViewModel[] made = new KeepingViewModel[1];
        boolean[] wasUnsaved = {false};
        Consumer<Keeping> listener = keeping -> uiThread.execute(made[0].update);
        made[0] = new KeepingViewModel(saveToFile, () -> {
            Keeping keeping = recorder.keeping();
            wasUnsaved[0] |= !keeping.isSaved();
            made[0].show(keeping.isSaved() ? List.of() : List.of(recorder), session(keeping, wasUnsaved[0]),
                    keeping.state() == Keeping.State.NOT_SAVED_YET);
        }, () -> recorder.removeKeepingListener(listener));
        made[0].retry = recorder::retry;
        recorder.addKeepingListener(listener);
        made[0].update.run();
        return made[0];
    }

    /** Home's: this run's sessions that are not in the history file. */
    public static KeepingViewModel ofRun(UnsavedSessions unsaved, Executor uiThread,
                                         Consumer<List<SessionRecorder>> saveToFile) {
        KeepingViewModel[] made = new KeepingViewModel[1];
        Runnable listener = () -> uiThread.execute(made[0].update);
        made[0] = new KeepingViewModel(saveToFile, () -> {
            List<SessionRecorder> sessions = unsaved.unsaved();
            Optional<Keeping> failing = sessions.stream().map(SessionRecorder::keeping)
                    .filter(k -> k.state() == Keeping.State.NOT_SAVED_YET).reduce((first, later) -> later);
            made[0].show(sessions, run(sessions, failing), failing.isPresent());
        }, () -> unsaved.removeListener(listener));
        made[0].retry = unsaved::retry;
        unsaved.addListener(listener);
        made[0].update.run();
        return made[0];
    }

    private static String session(Keeping keeping, boolean wasUnsaved) {
        String text = switch (keeping.state()) {
            case SAVED -> wasUnsaved ? Messages.get("keeping.session.savedAfterAll") : "";
            case NOT_SAVED_YET -> Messages.get("keeping.session.notSavedYet", keeping.reason());
            case NOT_KEPT -> Messages.get("keeping.session.notKept", keeping.reason());
        };
        return keeping.isSaved() ? text : withSavedTo(text, keeping.savedTo(), 1);
    }

    private static String run(List<SessionRecorder> sessions, Optional<Keeping> failing) {
        if (sessions.isEmpty()) {
            return "";
        }
        String text = failing.isPresent()
                ? Messages.get("keeping.run.notSavedYet", sessions.size(), failing.get().reason())
                : Messages.get("keeping.run.notKept", sessions.size());
        boolean allSaved = sessions.stream().allMatch(s -> s.keeping().savedTo().isPresent());
        return allSaved ? withSavedTo(text, sessions.get(sessions.size() - 1).keeping().savedTo(), sessions.size())
                : text;
    }

    private static String withSavedTo(String text, Optional<String> file, int count) {
        return file.map(f -> text + " " + Messages.get("keeping.savedTo", count, f)).orElse(text);
    }

    private void show(List<SessionRecorder> sessions, String message, boolean failing) {
        shown = sessions;
        text.set(message);
        retryable.set(failing);
        saveable.set(!sessions.isEmpty());
    }

    /** What to say; empty when there is nothing to say. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Whether "Try again now" is offered: a write failed and is being tried again. */
    public ReadOnlyBooleanProperty retryableProperty() {
        return retryable.getReadOnlyProperty();
    }

    /** Whether "Save to a file…" is offered: something is not in the history file. */
    public ReadOnlyBooleanProperty saveableProperty() {
        return saveable.getReadOnlyProperty();
    }

    /** Tries to save to the history now; what it finds is shown when it is known. */
    public void retry() {
        retry.run();
    }

    /** Saves the sessions not in the history to a file the person chooses. */
    public void saveToFile() {
        if (!shown.isEmpty()) {
            saveToFile.accept(shown);
        }
    }

    /** Stops following the history: the screen has gone. */
    public void dispose() {
        stopListening.run();
    }

    /** For a screen that has no session to speak of. */
    public static KeepingViewModel none() {
        return new KeepingViewModel(sessions -> { }, () -> { }, () -> { });
    }
}
