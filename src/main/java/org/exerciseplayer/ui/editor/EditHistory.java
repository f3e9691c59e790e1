package org.exerciseplayer.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo and redo over snapshots. Edits that carry the same coalescing key one after another (typing in one
 * field) make one step; any other edit, an undo or a redo, or {@link #breakCoalescing()} ends the step.
 *
 * @param <S> a snapshot of what is edited; immutable
 */
final class EditHistory<S> {

    static final int MAX_STEPS = 1_000;

    private final Deque<S> undo = new ArrayDeque<>();
    private final Deque<S> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private Object lastKey;

    /**
     * Records that an edit is about to change {@code before}.
     *
     * @param key edits with an equal, non-null key in a row are undone together
     */
    void record(S before, Object key) {
        redo.clear();
        if (key == null || !Objects.equals(key, lastKey) || undo.isEmpty()) {
            undo.push(before);
            if (undo.size() > MAX_STEPS) {
                undo.removeLast();
            }
        }
        lastKey = key;
        update();
    }

    /** The next edit starts a new step even if it has the same key as the last. */
    void breakCoalescing() {
        lastKey = null;
    }

    /** The snapshot to go back to from {@code current}, if there is one. */
    Optional<S> undo(S current) {
        return move(undo, redo, current);
    }

    /** The snapshot an undo left, from {@code current}, if there is one. */
    Optional<S> redo(S current) {
        return move(redo, undo, current);
    }

    private Optional<S> move(Deque<S> from, Deque<S> to, S current) {
        lastKey = null;
        if (from.isEmpty()) {
            return Optional.empty();
        }
        to.push(current);
        S snapshot = from.pop();
        update();
        return Optional.of(snapshot);
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
