package org.exerciseplayer.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.exerciseplayer.catalogue.PlanSize;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineItem;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.text.DoseWords;
import org.exerciseplayer.ui.Messages;

/**
 * The routine at a glance: its exercises as the list shows them and the predicted session length. Both follow the
 * document, which holds only accepted values; while a value typed for the selected exercise is refused, its row and
 * the length say so, so that the old value is never taken for the new one.
 */
final class RoutineOverview {

    /** A value typed and refused: the field's name and the text, as the person typed it. */
    record Refused(String field, String typed) {}

    private final ObservableList<RoutineEditorViewModel.Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper sessionLength = new ReadOnlyStringWrapper();

    /**
     * @param selected the exercise selected, -1 for none
     * @param refused  a value refused in the selected exercise's fields, if any
     * @return the session's size, worked out without making the session, which may be longer than a session may be
     */
    PlanSize show(RoutineDocument document, int selected, Optional<Refused> refused) {
        String note = refused.map(r -> Messages.get("editor.row.refused", r.field(), r.typed())).orElse("");
        List<RoutineEditorViewModel.Row> newRows = new ArrayList<>();
        for (int i = 0; i < document.size(); i++) {
            RoutineItem each = document.item(i);
            newRows.add(new RoutineEditorViewModel.Row(i, document.exercise(i).name() + document.variation(i)
                    .map(v -> " (" + EditorWords.variation(Optional.of(v.kind())) + ")").orElse(""),
                    DoseWords.of(document.dose(i)), !each.dose().isEmpty() || !each.pacing().isEmpty(),
                    i == selected ? note : ""));
        }
        if (!rows.equals(newRows)) {
            rows.setAll(newRows);
        }
        if (document.size() == 0) {
            sessionLength.set(Messages.get("editor.length.none"));
            return PlanSize.NONE;
        }
        PlanSize size = Planner.size(document.routine());
        long minutes = Math.round(size.seconds() / 60.0);
        sessionLength.set(refused.map(r -> Messages.get("editor.length.refused", minutes, document.size(), r.field(),
                        r.typed()))
                .orElseGet(() -> Messages.get("editor.length", minutes, document.size())));
        return size;
    }

    ObservableList<RoutineEditorViewModel.Row> rows() {
        return rows;
    }

    ReadOnlyStringProperty sessionLengthProperty() {
        return sessionLength.getReadOnlyProperty();
    }
}
