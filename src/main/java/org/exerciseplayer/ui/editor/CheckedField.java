package org.exerciseplayer.ui.editor;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.exerciseplayer.ui.Messages;

/**
 * A text input checked as it is typed. Text that reads as a valid value is applied at once; text that does
 * not shows why in place ({@link #problemProperty()}) and is not applied, so the document keeps the last valid
 * value. The model shows values with {@link #show}, which neither checks nor applies them.
 *
 * @param <T> the value the text stands for
 */
public final class CheckedField<T> {

    /** What a text reads as: a value, or the reason it is refused. */
    public record Reading<T>(T value, String problem) {
        public static <T> Reading<T> of(T value) {
            return new Reading<>(value, null);
        }

        public static <T> Reading<T> refused(String problem) {
            return new Reading<>(null, problem);
        }

        public boolean isValid() {
            return problem == null;
        }
    }

    private final String name;
    private final Function<String, Reading<T>> reader;
    private final Consumer<T> apply;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper applicable = new ReadOnlyBooleanWrapper(true);
    private boolean showing;

    /**
     * @param name   the field's name as a person reads it, for messages such as why Save is not possible (an
     *               underscore marking its Alt key is left out)
     * @param reader reads the typed text as a value or a refusal
     * @param apply  what a valid value changes
     */
    CheckedField(String name, Function<String, Reading<T>> reader, Consumer<T> apply) {
        this.name = name.replace("_", "");
        this.reader = reader;
        this.apply = apply;
        text.addListener((observable, was, is) -> {
            if (!showing) {
                typed(is == null ? "" : is);
            }
        });
    }

    /** A whole number from {@code min} to {@code max}; anything else is refused with {@code messageKey}. */
    static Function<String, Reading<Integer>> wholeNumber(int min, int max, String messageKey) {
        return typed -> {
            String digits = typed.strip();
            if (digits.matches("[0-9]{1,6}")) {
                int value = Integer.parseInt(digits);
                if (value >= min && value <= max) {
                    return Reading.of(value);
                }
            }
            return Reading.refused(Messages.get(messageKey, min, max));
        };
    }

    private void typed(String typed) {
        if (!applicable.get()) {
            return;
        }
        Reading<T> reading = reader.apply(typed);
        if (reading.isValid()) {
            problem.set("");
            apply.accept(reading.value());
        } else {
            problem.set(reading.problem());
        }
    }

    /** Shows {@code value} as the field's text, clearing any problem, without applying it. */
    void show(String value, boolean isApplicable) {
        showing = true;
        try {
            applicable.set(isApplicable);
            text.set(value);
            problem.set("");
        } finally {
            showing = false;
        }
    }

    public String name() {
        return name;
    }

    /** The text as typed; the view binds its text input to it both ways. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the text is refused, or empty while it is valid. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the field means anything for what is shown (a hold does not, for a timed exercise). */
    public ReadOnlyBooleanProperty applicableProperty() {
        return applicable.getReadOnlyProperty();
    }

    public boolean isValid() {
        return problem.get().isEmpty();
    }
}
