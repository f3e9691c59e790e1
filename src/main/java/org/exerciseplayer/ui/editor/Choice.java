package org.exerciseplayer.ui.editor;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A choice among a few options (sides, the pain rule, a variation). Choosing applies at once; the model shows
 * the document's value with {@link #show}, which does not apply it.
 *
 * @param <T> an option
 */
public final class Choice<T> {

    private final ObjectProperty<T> value = new SimpleObjectProperty<>();
    private final ObservableList<T> options = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper applicable = new ReadOnlyBooleanWrapper(true);
    private boolean showing;

    Choice(Consumer<T> apply) {
        value.addListener((observable, was, is) -> {
            if (!showing && is != null && applicable.get()) {
                apply.accept(is);
            }
        });
    }

    /** Shows {@code current} among {@code available} without applying it. */
    void show(T current, List<T> available, boolean isApplicable) {
        showing = true;
        try {
            applicable.set(isApplicable);
            if (!options.equals(available)) {
                options.setAll(available);
            }
            value.set(current);
        } finally {
            showing = false;
        }
    }

    /** The chosen option; the view binds to it both ways. */
    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public ObservableList<T> options() {
        return options;
    }

    public ReadOnlyBooleanProperty applicableProperty() {
        return applicable.getReadOnlyProperty();
    }
}
