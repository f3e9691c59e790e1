package org.exerciseplayer.ui.editor;

import static org.exerciseplayer.ui.editor.EditorControls.button;
import static org.exerciseplayer.ui.editor.EditorControls.label;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.exerciseplayer.ui.Messages;

/**
 * The editor's left pane: the catalogue's exercises by section, a search that narrows them (Ctrl+F; Enter adds the
 * first match, Down goes to the list), and Add. Names and doses wrap rather than being cut short.
 */
final class CataloguePane {

    private final RoutineEditorViewModel model;
    private TextField filter;

    CataloguePane(RoutineEditorViewModel model) {
        this.model = model;
    }

    /** The search field, which has the focus when the editor opens. */
    TextField filter() {
        return filter;
    }

    VBox createView() {
        CataloguePicker picker = model.picker();
        filter = new TextField();
        filter.setId("editor-filter");
        filter.textProperty().bindBidirectional(picker.filterProperty());
        filter.setPromptText(Messages.get("editor.filter.prompt"));
        filter.setTooltip(new Tooltip(Messages.get("editor.filter.tooltip")));
        filter.setAccessibleText(Messages.get("editor.filter.accessible"));
        ListView<CataloguePicker.Pick> list = new ListView<>(picker.shown());
        list.setId("editor-catalogue");
        list.setAccessibleText(Messages.get("editor.catalogue.accessible"));
        list.setCellFactory(view -> new PickCell());
        list.getSelectionModel().selectedItemProperty().addListener((observable, was, is) -> {
            if (is != null) {
                picker.pickedProperty().set(is);
            }
        });
        picker.pickedProperty().addListener((observable, was, is) -> {
            if (is != null && list.getSelectionModel().getSelectedItem() != is) {
                list.getSelectionModel().select(is);
                list.scrollTo(is);
            }
        });
        if (picker.pickedProperty().get() != null) {
            list.getSelectionModel().select(picker.pickedProperty().get());
        }
        VBox.setVgrow(list, Priority.ALWAYS);
        filter.setOnAction(e -> model.addPicked());
        filter.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !e.isAltDown()) {
                list.requestFocus();
                e.consume();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.addPicked();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.addPicked();
            }
        });
        Button add = button("editor-add", Messages.get("editor.add"), Messages.get("editor.add.tooltip"),
                model::addPicked);
        add.setMnemonicParsing(true);
        add.setAccessibleText(EditorControls.plain(Messages.get("editor.add")));
        add.getStyleClass().add(Styles.ACCENT);
        add.disableProperty().bind(picker.pickedProperty().isNull());
        add.setMaxWidth(Double.MAX_VALUE);
        add.setWrapText(true);
        Label heading = label(Messages.get("editor.catalogue"), list);
        heading.getStyleClass().add(Styles.TITLE_4);
        Label find = label(Messages.get("editor.filter"), filter);
        HBox findLine = new HBox(6, find, filter);
        findLine.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.setMinWidth(60);
        VBox pane = new VBox(6, heading, findLine, list, add);
        pane.setPadding(new Insets(8));
        pane.setMinWidth(200);
        return pane;
    }

    /** A catalogue exercise, headed by its section's title where a section starts. */
    private static final class PickCell extends WrappingCell<CataloguePicker.Pick> {

        @Override
        protected void updateItem(CataloguePicker.Pick pick, boolean empty) {
            super.updateItem(pick, empty);
            if (empty || pick == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            Label name = new Label(pick.exercise().name());
            name.getStyleClass().add("pick-name");
            Label dose = new Label(pick.doseText());
            dose.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            VBox box = new VBox(1, name, dose);
            if (pick.startsSection()) {
                Label section = new Label(pick.sectionTitle());
                section.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD, "pick-section");
                box.getChildren().add(0, section);
            }
            showLines(box);
            setTooltip(new Tooltip(pick.exercise().name() + "\n" + pick.doseText()));
            setAccessibleText(pick.exercise().name() + ". " + pick.doseText() + ". " + pick.sectionTitle());
        }
    }
}
