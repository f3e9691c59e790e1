package org.exerciseplayer.history;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The sessions of this run that are not in the history file: not saved yet (a write failed, and is tried again) or not
 * kept (this run's history cannot be written). Home lists them and offers to save them to a file, and the app asks
 * before it closes with any of them. Thread-safe; listeners are told on whichever thread found out.
 */
public final class UnsavedSessions {

    private final List<SessionRecorder> recorders = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<SessionRecorder.Keeping> changed = keeping -> listeners.forEach(Runnable::run);

    /** Follows the session this recorder writes, from now on. */
    public void add(SessionRecorder recorder) {
        recorders.add(recorder);
        recorder.addKeepingListener(changed);
        changed.accept(recorder.keeping());
    }

    /** The recorders of sessions that are not (or not yet) in the history file, in the order they started. */
    public List<SessionRecorder> unsaved() {
        List<SessionRecorder> found = new ArrayList<>();
        for (SessionRecorder recorder : recorders) {
            if (recorder.hasStarted() && !recorder.keeping().isSaved()) {
                found.add(recorder);
            }
        }
        return found;
    }

    /** Tries again to write each session not saved yet. */
    public void retry() {
        for (SessionRecorder recorder : unsaved()) {
            if (recorder.keeping().state() == SessionRecorder.Keeping.State.NOT_SAVED_YET) {
                recorder.retry();
            }
        }
    }

    /** Called whenever a session's standing with the history changes. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
