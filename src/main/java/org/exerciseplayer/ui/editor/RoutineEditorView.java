package org.exerciseplayer.ui.editor;

import static org.exerciseplayer.ui.editor.EditorControls.button;
import static org.exerciseplayer.ui.editor.EditorControls.label;
import static org.exerciseplayer.ui.editor.EditorControls.problem;
import static org.exerciseplayer.ui.editor.EditorControls.showWhenApplicable;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
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

    /** Where the panes divide the width: the catalogue, the routine, the selected exercise's fields. */
    static final double[] DIVIDERS = {0.31, 0.61};

    private final RoutineEditorViewModel model;
    private TextField filter;

    public RoutineEditorView(RoutineEditorViewModel model) {
        this.model = model;
    }

    public Parent createView() {
        BorderPane root = new BorderPane();
        root.setId("routine-editor");
        root.getStyleClass().add("screen");
        root.setTop(header());
        CataloguePane catalogue = new CataloguePane(model);
        javafx.scene.Node cataloguePane = catalogue.createView();
        filter = catalogue.filter();
        SplitPane panes = new SplitPane(cataloguePane, new RoutinePane(model).createView(),
                new ItemPane(model.item()).createView());
        panes.setDividerPositions(DIVIDERS);
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
        org.exerciseplayer.ui.ScreenLayout.keepFocusInView(scroll);
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
        TextField title = EditorControls.textField("editor-title", model.routine().title(), Messages.get("editor.title"), 0);
        HBox.setHgrow(title, Priority.ALWAYS);
        TextField by = EditorControls.textField("editor-prescribed-by", model.routine().prescribedBy(),
                Messages.get("editor.prescribedBy"), 200);
        TextField date = EditorControls.textField("editor-created", model.routine().created(), Messages.get("editor.created"),
                110);
        date.setPromptText(Messages.get("editor.created.prompt"));
        HBox names = new HBox(8, label(Messages.get("editor.title"), title), title,
                label(Messages.get("editor.prescribedBy"), by), by, label(Messages.get("editor.created"), date), date);
        names.setAlignment(Pos.CENTER_LEFT);
        HBox nameProblems = new HBox(16, problem("editor-title-problem", model.routine().title()),
                problem("editor-prescribed-by-problem", model.routine().prescribedBy()),
                problem("editor-created-problem", model.routine().created()));

        var rule = EditorControls.comboBox("editor-pain-rule", model.routine().painRule(), EditorWords::painRule,
                Messages.get("editor.pain"));
        TextField limit = EditorControls.textField("editor-pain-limit", model.routine().painLimit(),
                Messages.get("editor.pain.limit.field"), 50);
        Label limitLabel = label(Messages.get("editor.pain.limit.field"), limit);
        showWhenApplicable(limitLabel, model.routine().painLimit().applicableProperty());
        showWhenApplicable(limit, model.routine().painLimit().applicableProperty());
        Label meaning = new Label();
        meaning.setId("editor-pain-meaning");
        meaning.textProperty().bind(model.routine().painRuleMeaningProperty());
        meaning.setWrapText(true);
        meaning.getStyleClass().add("pain-rule-meaning");
        meaning.setMinWidth(160);
        rule.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(meaning, Priority.ALWAYS);
        HBox pain = new HBox(8, label(Messages.get("editor.pain"), rule), rule, limitLabel, limit, meaning);
        pain.setAlignment(Pos.CENTER_LEFT);
        pain.getStyleClass().add("pain-rule-line");

        TextArea notes = EditorControls.textArea("editor-notes", model.routine().notes(), Messages.get("editor.notes"), 2);
        HBox.setHgrow(notes, Priority.ALWAYS);
        Label notesLabel = label(Messages.get("editor.notes"), notes);
        HBox notesLine = new HBox(8, notesLabel, notes, problem("editor-notes-problem", model.routine().notes()));
        notesLine.setAlignment(Pos.TOP_LEFT);

        VBox header = new VBox(6, names, nameProblems, pain, problem("editor-pain-limit-problem", model.routine().painLimit()),
                notesLine);
        showWhenApplicable(nameProblems, Bindings.isNotEmpty(model.routine().title().problemProperty())
                .or(model.routine().prescribedBy().problemProperty().isNotEmpty())
                .or(model.routine().created().problemProperty().isNotEmpty()));
        header.setPadding(new Insets(10, 16, 8, 16));
        header.getStyleClass().add("editor-header");
        return header;
    }

    // Bottom: length, outcome, and what to do with it -----------------------------------------------------------

    private HBox footer() {
        Label length = new Label();
        length.setId("editor-length");
        length.textProperty().bind(model.sessionLengthProperty());
        length.getStyleClass().add(Styles.TEXT_BOLD);
        // With large text, or a note of a refused value, the length wraps rather than widening the editor.
        length.setWrapText(true);
        length.setMinWidth(160);
        length.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(length, Priority.SOMETIMES);
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
