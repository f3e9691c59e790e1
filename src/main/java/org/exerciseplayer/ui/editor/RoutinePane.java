package org.exerciseplayer.ui.editor;

import static org.exerciseplayer.ui.editor.EditorControls.button;
import static org.exerciseplayer.ui.editor.EditorControls.label;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.exerciseplayer.ui.Messages;

/**
 * The editor's middle pane: the routine's exercises in order, each with its dose (marked where the physio changed
 * it, or where a value typed for it is refused), and the buttons that move, copy and remove the selected one.
 */
final class RoutinePane {

    private final RoutineEditorViewModel model;
    private ListView<RoutineEditorViewModel.Row> list;

    RoutinePane(RoutineEditorViewModel model) {
        this.model = model;
    }

    VBox createView() {
        list = new ListView<>(model.rows());
        list.setId("editor-routine");
        list.setAccessibleText(Messages.get("editor.routine.accessible"));
        Label placeholder = new Label(Messages.get("editor.routine.empty"));
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.setCellFactory(view -> new RowCell());
        list.getSelectionModel().selectedIndexProperty().addListener((observable, was, is) -> {
            if (is.intValue() >= 0 && is.intValue() != model.selectedIndexProperty().get()) {
                model.selectedIndexProperty().set(is.intValue());
            }
        });
        model.selectedIndexProperty().addListener((observable, was, is) -> selectInList());
        model.rows().addListener((ListChangeListener<RoutineEditorViewModel.Row>) change -> selectInList());
        selectInList();
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.remove();
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label heading = label(Messages.get("editor.routine"), list);
        heading.getStyleClass().add(Styles.TITLE_4);
        Button up = button("editor-up", Messages.get("editor.up"), Messages.get("editor.up.tooltip"), model::moveUp);
        up.disableProperty().bind(model.canMoveUpProperty().not());
        Button down = button("editor-down", Messages.get("editor.down"), Messages.get("editor.down.tooltip"),
                model::moveDown);
        down.disableProperty().bind(model.canMoveDownProperty().not());
        Button duplicate = button("editor-duplicate", Messages.get("editor.duplicate"),
                Messages.get("editor.duplicate.tooltip"), model::duplicate);
        duplicate.disableProperty().bind(model.hasSelectionProperty().not());
        Button remove = button("editor-remove", Messages.get("editor.remove"), Messages.get("editor.remove.tooltip"),
                model::remove);
        remove.disableProperty().bind(model.hasSelectionProperty().not());
        FlowPane buttons = new FlowPane(6, 6, up, down, duplicate, remove);
        VBox pane = new VBox(6, heading, list, buttons);
        pane.setPadding(new Insets(8));
        pane.setMinWidth(220);
        return pane;
    }

    private void selectInList() {
        int index = model.selectedIndexProperty().get();
        if (index >= 0 && index < list.getItems().size() && list.getSelectionModel().getSelectedIndex() != index) {
            list.getSelectionModel().select(index);
            list.scrollTo(index);
        }
    }

    /** One exercise of the routine: its place and name, its dose, and a refused value if there is one. */
    private static final class RowCell extends WrappingCell<RoutineEditorViewModel.Row> {

        @Override
        protected void updateItem(RoutineEditorViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            Label name = new Label((row.index() + 1) + ". " + row.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label dose = new Label(row.changed() ? Messages.get("editor.row.dose.changed", row.doseText())
                    : row.doseText());
            dose.getStyleClass().add(Styles.TEXT_SMALL);
            VBox box = new VBox(1, name, dose);
            if (!row.refused().isEmpty()) {
                Label refused = new Label(row.refused());
                refused.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER, "row-refused");
                box.getChildren().add(refused);
            }
            showLines(box);
            setTooltip(new Tooltip(row.name() + "\n" + dose.getText()));
            setAccessibleText(row.toString());
        }
    }
}
