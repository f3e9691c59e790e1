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
            input.setPrefColumnCount((int) Math.max(2, width / 10));
            input.setMaxWidth(width);
            input.setPrefWidth(width);
            input.setMinWidth(Math.min(width, 80));
        }
        return input;
    }

    static TextArea textArea(String id, CheckedField<?> field, String labelText, int rows) {
        TextArea input = new TextArea();
        input.setPrefRowCount(rows);
        input.setWrapText(true);
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

    /** A line "label  input  problem", shown only while the field applies. */
    static HBox numberRow(String id, CheckedField<?> field, String labelText, double labelWidth) {
        TextField input = textField(id, field, labelText, 80);
        Label label = label(labelText, input);
        label.setMinWidth(labelWidth);
        label.setPrefWidth(labelWidth);
        label.setWrapText(true);
        HBox row = new HBox(8, label, input, problem(id + "-problem", field));
        row.setAlignment(Pos.CENTER_LEFT);
        showWhenApplicable(row, field.applicableProperty());
        return row;
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

    /**
     * Shows {@code box}, a column of labels, as {@code cell}'s content: every label wraps at the list's width, and the
     * cell is as tall as its wrapped lines, so that nothing is cut short and the list never widens.
     */
    static void wrapInCell(javafx.scene.control.ListCell<?> cell, javafx.scene.layout.VBox box) {
        for (Node child : box.getChildren()) {
            if (child instanceof Label label) {
                label.setWrapText(true);
                label.setMaxWidth(Double.MAX_VALUE);
            }
        }
        cell.setText(null);
        cell.setGraphic(box);
        cell.setPrefWidth(0);
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
