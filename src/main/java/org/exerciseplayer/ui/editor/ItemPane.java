package org.exerciseplayer.ui.editor;

import static org.exerciseplayer.ui.editor.EditorControls.button;
import static org.exerciseplayer.ui.editor.EditorControls.comboBox;
import static org.exerciseplayer.ui.editor.EditorControls.label;
import static org.exerciseplayer.ui.editor.EditorControls.numberRow;
import static org.exerciseplayer.ui.editor.EditorControls.showWhenApplicable;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.exerciseplayer.ui.Messages;

/** The fields of the exercise selected in the routine: variation, dose, pacing and notes. */
final class ItemPane {

    private static final double LABEL_WIDTH = 170;

    private final ItemEditor item;

    ItemPane(ItemEditor item) {
        this.item = item;
    }

    Node createView() {
        Label name = new Label();
        name.setId("editor-item-name");
        name.textProperty().bind(item.exerciseNameProperty());
        name.getStyleClass().add(Styles.TITLE_3);
        name.setWrapText(true);
        Label leaflet = new Label();
        leaflet.setId("editor-item-leaflet");
        leaflet.textProperty().bind(javafx.beans.binding.Bindings.concat(Messages.get("editor.item.leaflet"), " ",
                item.leafletDoseProperty()));
        leaflet.getStyleClass().add(Styles.TEXT_MUTED);
        leaflet.setWrapText(true);
        Label changed = new Label(Messages.get("editor.item.changed"));
        changed.setId("editor-item-changed");
        changed.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        showWhenApplicable(changed, item.changedProperty());
        Button reset = button("editor-reset", Messages.get("editor.reset"), Messages.get("editor.reset.tooltip"),
                item::resetToLeaflet);
        reset.disableProperty().bind(item.changedProperty().not());
        changed.setWrapText(true);
        reset.setWrapText(true);
        javafx.scene.layout.FlowPane changedLine = new javafx.scene.layout.FlowPane(12, 6, changed, reset);
        changedLine.setAlignment(Pos.CENTER_LEFT);

        VBox fields = new VBox(8, name, leaflet, changedLine,
                choiceRow("editor-variation", comboBox("editor-variation", item.variation(),
                        ItemEditor.VariationOption::toString, Messages.get("editor.variation")),
                        Messages.get("editor.variation"), item.variation().applicableProperty()),
                variationText(),
                numberRow("editor-hold", item.hold(), Messages.get("editor.hold"), LABEL_WIDTH),
                numberRow("editor-repetitions", item.repetitions(), Messages.get("editor.repetitions"), LABEL_WIDTH),
                numberRow("editor-duration", item.duration(), Messages.get("editor.duration"), LABEL_WIDTH),
                choiceRow("editor-sides", comboBox("editor-sides", item.sides(), EditorWords::sides,
                        Messages.get("editor.sides")), Messages.get("editor.sides"), item.sides().applicableProperty()),
                choiceRow("editor-first-side", comboBox("editor-first-side", item.firstSide(), EditorWords::side,
                        Messages.get("editor.firstSide")), Messages.get("editor.firstSide"),
                        item.firstSide().applicableProperty()),
                choiceRow("editor-directions", comboBox("editor-directions", item.directionsOrder(),
                        EditorWords::order, Messages.get("editor.directions")), Messages.get("editor.directions"),
                        item.directionsOrder().applicableProperty()),
                directionNames(),
                numberRow("editor-rest", item.rest(), Messages.get("editor.rest"), LABEL_WIDTH),
                numberRow("editor-tempo", item.tempo(), Messages.get("editor.tempo"), LABEL_WIDTH),
                numberRow("editor-times", item.timesPerDay(), Messages.get("editor.timesPerDay"), LABEL_WIDTH),
                notes());
        fields.setPadding(new Insets(8, 12, 12, 12));
        fields.setId("editor-item");
        Label none = new Label(Messages.get("editor.item.none"));
        none.setWrapText(true);
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.setPadding(new Insets(12));
        showWhenApplicable(fields, item.presentProperty());
        showWhenApplicable(none, item.presentProperty().not());
        ScrollPane scroll = new ScrollPane(new VBox(fields, none));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        org.exerciseplayer.ui.ScreenLayout.keepFocusInView(scroll);
        return scroll;
    }

    private static javafx.scene.layout.FlowPane choiceRow(String id, ComboBox<?> box, String labelText,
                                                          javafx.beans.value.ObservableBooleanValue applicable) {
        javafx.scene.layout.FlowPane row = EditorControls.labelled(label(labelText, box), box, LABEL_WIDTH);
        row.setId(id + "-row");
        showWhenApplicable(row, applicable);
        return row;
    }

    private Label variationText() {
        Label text = new Label();
        text.setId("editor-variation-text");
        text.textProperty().bind(item.variationTextProperty());
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_SMALL);
        VBox.setMargin(text, new Insets(0, 0, 0, LABEL_WIDTH + 8));
        showWhenApplicable(text, item.variationTextProperty().isNotEmpty());
        return text;
    }

    private Label directionNames() {
        Label names = new Label();
        names.textProperty().bind(item.directionNamesProperty());
        names.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox.setMargin(names, new Insets(0, 0, 0, LABEL_WIDTH + 8));
        showWhenApplicable(names, item.directionsOrder().applicableProperty());
        return names;
    }

    private VBox notes() {
        TextArea notes = EditorControls.textArea("editor-item-notes", item.notes(), Messages.get("editor.itemNotes"),
                3);
        return new VBox(4, label(Messages.get("editor.itemNotes"), notes), notes,
                EditorControls.problem("editor-item-notes-problem", item.notes()));
    }
}
