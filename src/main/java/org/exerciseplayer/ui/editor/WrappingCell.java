package org.exerciseplayer.ui.editor;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/**
 * A list cell that shows a column of labels wrapped at the list's width: as tall as its wrapped lines, so nothing is
 * cut short, and never wider than the list. (JavaFX 21's cell asks its graphic for its height without the width it
 * will have, which gives one line per label.)
 */
abstract class WrappingCell<T> extends ListCell<T> {

    /** Shows {@code lines}, a column of labels, as the cell's content. */
    protected void showLines(VBox lines) {
        for (Node child : lines.getChildren()) {
            if (child instanceof Label label) {
                label.setWrapText(true);
                label.setMaxWidth(Double.MAX_VALUE);
            }
        }
        setText(null);
        setGraphic(lines);
        setPrefWidth(0);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() instanceof VBox lines && width > 0) {
            Insets insets = getInsets();
            return insets.getTop() + insets.getBottom()
                    + lines.prefHeight(width - insets.getLeft() - insets.getRight());
        }
        return super.computePrefHeight(width);
    }
}
