package org.exerciseplayer.ui.editor;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.exerciseplayer.ui.Messages;

/**
 * The editor's building blocks: a labelled input whose label carries its Alt key, bound both ways to a
 * {@link CheckedField} with the reason it is refused shown beside it in words (never colour alone), choices
 * bound to a {@link Choice}, and buttons whose tooltips name their keys.
 */
final class EditorControls {

    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private EditorControls() {
    }

    /** A label whose text holds an underscore before its Alt key ("_Hold"), pointing at {@code target}. */
    static Label label(String text, Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** The Alt key of a label text, as a tooltip names it ("Alt+H"), or empty for none. */
    static String altKey(String text) {
        int at = text.indexOf('_');
        return at < 0 || at + 1 >= text.length() ? ""
                : "Alt+" + Character.toUpperCase(text.charAt(at + 1));
    }

    static String plain(String text) {
        return text.replace("_", "");
    }

    static TextField textField(String id, CheckedField<?> field, String labelText, double width) {
        TextField input = new TextField();
        bind(input, id, field, labelText);
        if (width > 0) {
            // As many letters wide as the width is tens of pixels at the normal text size, so that the field grows
            // with the text; a short value (a date, a number) is always shown whole.
            input.setPrefColumnCount((int) Math.max(2, width / 10));
            input.setMaxWidth(Region.USE_PREF_SIZE);
            input.setMinWidth(width <= 120 ? Region.USE_PREF_SIZE : 80);
        }
        return input;
    }

    static TextArea textArea(String id, CheckedField<?> field, String labelText, int rows) {
        TextArea input = new TextArea();
        input.setPrefRowCount(rows);
        input.setWrapText(true);
        // Tab goes on to the next field, as in every other input, instead of typing a tab into the notes.
        input.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown() && !e.isAltDown()) {
                e.consume();
                input.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                        javafx.scene.input.KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        bind(input, id, field, labelText);
        return input;
    }

    private static void bind(TextInputControl input, String id, CheckedField<?> field, String labelText) {
        input.setId(id);
        input.textProperty().bindBidirectional(field.textProperty());
        String name = plain(labelText);
        String key = altKey(labelText);
        input.setTooltip(new Tooltip(key.isEmpty() ? name : Messages.get("editor.key", name, key)));
        input.accessibleTextProperty().bind(Bindings.when(field.problemProperty().isEmpty()).then(name)
                .otherwise(Bindings.concat(name, ": ", field.problemProperty())));
        field.problemProperty().addListener((observable, was, is) -> {
            input.pseudoClassStateChanged(REFUSED, !is.isEmpty());
            input.pseudoClassStateChanged(Styles.STATE_DANGER, !is.isEmpty());
        });
    }

    /** The reason a field is refused, with a warning sign, shown only while it is. */
    static Label problem(String id, CheckedField<?> field) {
        Label problem = new Label();
        problem.setId(id);
        problem.textProperty().bind(Bindings.when(field.problemProperty().isEmpty()).then("")
                .otherwise(Bindings.concat("\u26A0 ", field.problemProperty())));
        problem.getStyleClass().addAll("field-problem", Styles.DANGER);
        problem.setWrapText(true);
        problem.visibleProperty().bind(field.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    /**
     * A field and its label, with the reason it is refused under them, shown only while the field applies. The field
     * goes under its label when the pane is too narrow for both side by side, so neither is cut short.
     */
    static javafx.scene.layout.VBox numberRow(String id, CheckedField<?> field, String labelText, double labelWidth) {
        TextField input = textField(id, field, labelText, 80);
        Label label = label(labelText, input);
        javafx.scene.layout.VBox row = new javafx.scene.layout.VBox(4, labelled(label, input, labelWidth),
                problem(id + "-problem", field));
        showWhenApplicable(row, field.applicableProperty());
        return row;
    }

    /** A label of {@code labelWidth} and its control beside it, or under it when there is no room beside. */
    static javafx.scene.layout.FlowPane labelled(Label label, Region control, double labelWidth) {
        label.setMinWidth(labelWidth);
        label.setPrefWidth(labelWidth);
        label.setWrapText(true);
        control.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane line = new javafx.scene.layout.FlowPane(8, 4, label, control);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setMinWidth(0);
        return line;
    }

    static void showWhenApplicable(Node node, javafx.beans.value.ObservableBooleanValue applicable) {
        node.visibleProperty().bind(applicable);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** A drop-down list of a choice's options, named in words. */
    static <T> ComboBox<T> comboBox(String id, Choice<T> choice, Function<T, String> words, String labelText) {
        ComboBox<T> box = new ComboBox<>(choice.options());
        box.setId(id);
        box.valueProperty().bindBidirectional(choice.valueProperty());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T option) {
                return option == null ? "" : words.apply(option);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : words.apply(item));
            }
        });
        String name = plain(labelText);
        String key = altKey(labelText);
        box.setTooltip(new Tooltip(key.isEmpty() ? name : Messages.get("editor.key", name, key)));
        box.setAccessibleText(name);
        return box;
    }

    /** A button whose tooltip says what it does and its key. */
    static Button button(String id, String text, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(false);
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(text);
        button.setOnAction(e -> action.run());
        return button;
    }
}
