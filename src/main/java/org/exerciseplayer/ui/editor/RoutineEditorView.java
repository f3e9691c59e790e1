package org.exerciseplayer.ui.editor;

import static org.exerciseplayer.ui.editor.EditorControls.button;
import static org.exerciseplayer.ui.editor.EditorControls.label;
import static org.exerciseplayer.ui.editor.EditorControls.problem;
import static org.exerciseplayer.ui.editor.EditorControls.showWhenApplicable;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.exerciseplayer.ui.Messages;

/**
 * The routine editor: the routine's title, physio, date, notes and pain rule along the top; the catalogue to
 * pick from, the routine's exercises, and the selected exercise's fields side by side; the predicted session
 * length, Save and Play along the bottom. Everything works from the keyboard (F1 lists the keys).
 */
public final class RoutineEditorView {

    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SAVE_AS = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination REDO_TOO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination MOVE_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    static final KeyCombination MOVE_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    static final KeyCombination DUPLICATE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PLAY = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private final RoutineEditorViewModel model;
    private TextField filter;
    private ListView<RoutineEditorViewModel.Row> routineList;

    public RoutineEditorView(RoutineEditorViewModel model) {
        this.model = model;
    }

    public Parent createView() {
        BorderPane root = new BorderPane();
        root.setId("routine-editor");
        root.getStyleClass().add("screen");
        root.setTop(header());
        SplitPane panes = new SplitPane(cataloguePane(), routinePane(), new ItemPane(model.item()).createView());
        panes.setDividerPositions(0.25, 0.58);
        root.setCenter(panes);
        root.setBottom(footer());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        // The catalogue's search has the focus first: at once, so that the scene does not give it to its first
        // field when the screen this one replaces goes, and again after layout, for a window only now shown.
        filter.sceneProperty().addListener((observable, was, is) -> {
            if (is != null) {
                filter.requestFocus();
                Platform.runLater(filter::requestFocus);
            }
        });
        // Large text (presenter mode, Ctrl +) in a small window: the editor scrolls rather than cutting off its
        // right-hand fields and its Save and Play buttons.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    private void keyPressed(KeyEvent event) {
        Runnable action = null;
        if (SAVE.match(event)) {
            action = model::save;
        } else if (SAVE_AS.match(event)) {
            action = model::saveAs;
        } else if (UNDO.match(event)) {
            action = model::undo;
        } else if (REDO.match(event) || REDO_TOO.match(event)) {
            action = model::redo;
        } else if (MOVE_UP.match(event) && !inDropDown(event)) {
            action = model::moveUp;
        } else if (MOVE_DOWN.match(event) && !inDropDown(event)) {
            action = model::moveDown;
        } else if (DUPLICATE.match(event)) {
            action = model::duplicate;
        } else if (FIND.match(event)) {
            action = () -> {
                filter.requestFocus();
                filter.selectAll();
            };
        } else if (PLAY.match(event)) {
            action = model::play;
        } else if (CLOSE.match(event)) {
            action = model::close;
        }
        if (action != null) {
            event.consume();
            action.run();
        }
    }

    /** Alt+Up and Alt+Down open and close a drop-down list; elsewhere they move the selected exercise. */
    private static boolean inDropDown(KeyEvent event) {
        return event.getTarget() instanceof javafx.scene.control.ComboBoxBase<?>;
    }

    // Top: the routine as a whole -------------------------------------------------------------------------------

    private VBox header() {
        TextField title = EditorControls.textField("editor-title", model.title(), Messages.get("editor.title"), 0);
        HBox.setHgrow(title, Priority.ALWAYS);
        TextField by = EditorControls.textField("editor-prescribed-by", model.prescribedBy(),
                Messages.get("editor.prescribedBy"), 200);
        TextField date = EditorControls.textField("editor-created", model.created(), Messages.get("editor.created"),
                110);
        date.setPromptText(Messages.get("editor.created.prompt"));
        HBox names = new HBox(8, label(Messages.get("editor.title"), title), title,
                label(Messages.get("editor.prescribedBy"), by), by, label(Messages.get("editor.created"), date), date);
        names.setAlignment(Pos.CENTER_LEFT);
        HBox nameProblems = new HBox(16, problem("editor-title-problem", model.title()),
                problem("editor-prescribed-by-problem", model.prescribedBy()),
                problem("editor-created-problem", model.created()));

        var rule = EditorControls.comboBox("editor-pain-rule", model.painRule(), EditorWords::painRule,
                Messages.get("editor.pain"));
        TextField limit = EditorControls.textField("editor-pain-limit", model.painLimit(),
                Messages.get("editor.pain.limit.field"), 50);
        Label limitLabel = label(Messages.get("editor.pain.limit.field"), limit);
        showWhenApplicable(limitLabel, model.painLimit().applicableProperty());
        showWhenApplicable(limit, model.painLimit().applicableProperty());
        Label meaning = new Label();
        meaning.setId("editor-pain-meaning");
        meaning.textProperty().bind(model.painRuleMeaningProperty());
        meaning.setWrapText(true);
        meaning.getStyleClass().add("pain-rule-meaning");
        meaning.setMinWidth(160);
        rule.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(meaning, Priority.ALWAYS);
        HBox pain = new HBox(8, label(Messages.get("editor.pain"), rule), rule, limitLabel, limit, meaning);
        pain.setAlignment(Pos.CENTER_LEFT);
        pain.getStyleClass().add("pain-rule-line");

        TextArea notes = EditorControls.textArea("editor-notes", model.notes(), Messages.get("editor.notes"), 2);
        HBox.setHgrow(notes, Priority.ALWAYS);
        Label notesLabel = label(Messages.get("editor.notes"), notes);
        HBox notesLine = new HBox(8, notesLabel, notes, problem("editor-notes-problem", model.notes()));
        notesLine.setAlignment(Pos.TOP_LEFT);

        VBox header = new VBox(6, names, nameProblems, pain, problem("editor-pain-limit-problem", model.painLimit()),
                notesLine);
        showWhenApplicable(nameProblems, Bindings.isNotEmpty(model.title().problemProperty())
                .or(model.prescribedBy().problemProperty().isNotEmpty())
                .or(model.created().problemProperty().isNotEmpty()));
        header.setPadding(new Insets(10, 16, 8, 16));
        header.getStyleClass().add("editor-header");
        return header;
    }

    // Left: the catalogue -------------------------------------------------------------------------------------

    private VBox cataloguePane() {
        CataloguePicker picker = model.picker();
        filter = new TextField();
        filter.setId("editor-filter");
        filter.textProperty().bindBidirectional(picker.filterProperty());
        filter.setPromptText(Messages.get("editor.filter.prompt"));
        filter.setTooltip(new javafx.scene.control.Tooltip(Messages.get("editor.filter.tooltip")));
        filter.setAccessibleText(Messages.get("editor.filter.accessible"));
        ListView<CataloguePicker.Pick> list = new ListView<>(picker.shown());
        list.setId("editor-catalogue");
        list.setAccessibleText(Messages.get("editor.catalogue.accessible"));
        list.setCellFactory(view -> new PickCell(list));
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
        Label heading = label(Messages.get("editor.catalogue"), list);
        heading.getStyleClass().add(Styles.TITLE_4);
        Label find = label(Messages.get("editor.filter"), filter);
        HBox findLine = new HBox(6, find, filter);
        findLine.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(filter, Priority.ALWAYS);
        VBox pane = new VBox(6, heading, findLine, list, add);
        pane.setPadding(new Insets(8));
        pane.setMinWidth(200);
        return pane;
    }

    /** A catalogue exercise, headed by its section's title where a section starts. */
    private static final class PickCell extends ListCell<CataloguePicker.Pick> {
        private final ListView<?> list;

        PickCell(ListView<?> list) {
            this.list = list;
        }

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
            name.setWrapText(true);
            Label dose = new Label(pick.doseText());
            dose.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            dose.setWrapText(true);
            VBox box = new VBox(1, name, dose);
            fitTo(list, name, dose);
            if (pick.startsSection()) {
                Label section = new Label(pick.sectionTitle());
                section.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD, "pick-section");
                section.setWrapText(true);
                fitTo(list, section);
                box.getChildren().add(0, section);
            }
            setText(null);
            setGraphic(box);
            setPrefWidth(0);
            setTooltip(new javafx.scene.control.Tooltip(pick.exercise().name() + "\n" + pick.doseText()));
            setAccessibleText(pick.exercise().name() + ". " + pick.doseText() + ". " + pick.sectionTitle());
        }
    }

    /** Makes labels in a list cell wrap at the list's width instead of widening it. */
    private static void fitTo(ListView<?> list, Label... labels) {
        for (Label label : labels) {
            label.setWrapText(true);
            label.maxWidthProperty().bind(list.widthProperty().subtract(36));
        }
    }

    // Middle: the routine's exercises ---------------------------------------------------------------------------

    private VBox routinePane() {
        routineList = new ListView<>(model.rows());
        routineList.setId("editor-routine");
        routineList.setAccessibleText(Messages.get("editor.routine.accessible"));
        routineList.setPlaceholder(new Label(Messages.get("editor.routine.empty")));
        ((Label) routineList.getPlaceholder()).setWrapText(true);
        routineList.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(RoutineEditorViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                if (empty || row == null) {
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
                fitTo(routineList, name, dose);
                setGraphic(new VBox(1, name, dose));
                setPrefWidth(0);
                setTooltip(new javafx.scene.control.Tooltip(row.name() + "\n" + dose.getText()));
                setAccessibleText(row.toString());
            }
        });
        routineList.getSelectionModel().selectedIndexProperty().addListener((observable, was, is) -> {
            if (is.intValue() >= 0 && is.intValue() != model.selectedIndexProperty().get()) {
                model.selectedIndexProperty().set(is.intValue());
            }
        });
        model.selectedIndexProperty().addListener((observable, was, is) -> selectInList());
        model.rows().addListener((ListChangeListener<RoutineEditorViewModel.Row>) change -> selectInList());
        selectInList();
        routineList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.remove();
                e.consume();
            }
        });
        VBox.setVgrow(routineList, Priority.ALWAYS);
        Label heading = label(Messages.get("editor.routine"), routineList);
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
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, up, down, duplicate, remove);
        VBox pane = new VBox(6, heading, routineList, buttons);
        pane.setPadding(new Insets(8));
        pane.setMinWidth(220);
        return pane;
    }

    private void selectInList() {
        int index = model.selectedIndexProperty().get();
        if (index >= 0 && index < routineList.getItems().size()
                && routineList.getSelectionModel().getSelectedIndex() != index) {
            routineList.getSelectionModel().select(index);
            routineList.scrollTo(index);
        }
    }

    // Bottom: length, outcome, and what to do with it -----------------------------------------------------------

    private HBox footer() {
        Label length = new Label();
        length.setId("editor-length");
        length.textProperty().bind(model.sessionLengthProperty());
        length.getStyleClass().add(Styles.TEXT_BOLD);
        length.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("editor-status");
        status.textProperty().bind(Bindings.when(model.saveProblemProperty().isNotEmpty())
                .then(Bindings.concat("\u26A0 ", model.saveProblemProperty()))
                .otherwise(Bindings.when(model.statusIsProblemProperty())
                        .then(Bindings.concat("\u26A0 ", model.statusProperty())).otherwise(model.statusProperty())));
        status.setWrapText(true);
        status.setMaxHeight(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        model.statusIsProblemProperty().addListener((o, was, is) -> markProblem(status));
        model.saveProblemProperty().addListener((o, was, is) -> markProblem(status));

        Button undo = button("editor-undo", Messages.get("editor.undo"), Messages.get("editor.undo.tooltip"),
                model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("editor-redo", Messages.get("editor.redo"), Messages.get("editor.redo.tooltip"),
                model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button close = button("editor-close", Messages.get("editor.close"), Messages.get("editor.close.tooltip"),
                model::close);
        Button saveAs = button("editor-save-as", Messages.get("editor.saveAs"), Messages.get("editor.saveAs.tooltip"),
                model::saveAs);
        Button save = button("editor-save", Messages.get("editor.save"), Messages.get("editor.save.tooltip"),
                model::save);
        Button play = button("editor-play", Messages.get("editor.play"), Messages.get("editor.play.tooltip"),
                model::play);
        play.getStyleClass().add(Styles.ACCENT);
        for (Button needsValid : new Button[] {saveAs, save, play}) {
            needsValid.disableProperty().bind(model.canSaveProperty().not());
        }
        for (Button button : new Button[] {undo, redo, close, saveAs, save, play}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setMinWidth(120);
        HBox footer = new HBox(8, length, status, undo, redo, close, saveAs, save, play);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(10, 16, 12, 16));
        footer.getStyleClass().add("footer");
        return footer;
    }

    private void markProblem(Label status) {
        boolean problem = !model.saveProblemProperty().get().isEmpty() || model.statusIsProblemProperty().get();
        if (problem) {
            if (!status.getStyleClass().contains(Styles.DANGER)) {
                status.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
            }
        } else {
            status.getStyleClass().removeAll(Styles.DANGER, Styles.TEXT_BOLD);
        }
    }
}
