package org.exerciseplayer.ui.player;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The quiet notes under the player's controls (the screen cannot be kept awake, sessions are not being kept), each
 * shown once, one a line, in the order they came: one note never hides another.
 */
final class PlayerNotes {

    private final Set<String> notes = new LinkedHashSet<>();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    void add(String note) {
        if (!note.isBlank() && notes.add(note)) {
            text.set(String.join("\n", notes));
        }
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
