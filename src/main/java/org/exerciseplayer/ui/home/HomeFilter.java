package org.exerciseplayer.ui.home;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.ui.Messages;

/**
 * The home list's filter box: which rows the list shows for what is typed. Matching is {@link ExerciseSearch}'s;
 * this keeps a heading only while something under it is shown. Hiding a row does not touch its tick.
 */
final class HomeFilter {

    private final Catalogue catalogue;
    private final List<HomeViewModel.Row> rows;
    private final List<HomeViewModel.ExerciseRow> exerciseRows;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<HomeViewModel.Row> shown = FXCollections.observableArrayList();
    private final ObservableList<HomeViewModel.Row> shownView = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    /** Made on the first filter typed: the first frame does not need it. */
    private ExerciseSearch search;
    private BitSet matches;

    /**
     * @param rows         every row of the list, headings and exercises, in order
     * @param exerciseRows the exercise rows, in the order of {@code rows}
     */
    HomeFilter(Catalogue catalogue, List<HomeViewModel.Row> rows, List<HomeViewModel.ExerciseRow> exerciseRows) {
        this.catalogue = catalogue;
        this.rows = rows;
        this.exerciseRows = exerciseRows;
        shown.setAll(rows);
        text.addListener((observable, was, is) -> apply(is == null ? "" : is));
    }

    StringProperty text() {
        return text;
    }

    ObservableList<HomeViewModel.Row> shownRows() {
        return shownView;
    }

    ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    /** The exercise rows shown now, in order. */
    List<HomeViewModel.ExerciseRow> shownExercises() {
        if (matches == null) {
            return exerciseRows;
        }
        return matches.stream().mapToObj(exerciseRows::get).toList();
    }

    private void apply(String query) {
        if (query.isBlank()) {
            matches = null;
            summary.set("");
            showIfChanged(rows);
            return;
        }
        if (search == null) {
            search = new ExerciseSearch(catalogue, exerciseRows.stream().map(HomeViewModel.ExerciseRow::exercise).toList());
        }
        matches = search.matches(query);
        int count = matches.cardinality();
        summary.set(count == 0 ? Messages.get("home.filter.none", query.strip())
                : Messages.get("home.filter.count", count, exerciseRows.size()));
        showIfChanged(rowsFor(matches));
    }

    /** The matching exercise rows, each under its section heading and, if it has one, its group heading. */
    private List<HomeViewModel.Row> rowsFor(BitSet matching) {
        List<HomeViewModel.Row> result = new ArrayList<>();
        HomeViewModel.Row section = null;
        HomeViewModel.Row group = null;
        int exercise = 0;
        for (HomeViewModel.Row row : rows) {
            if (row instanceof HomeViewModel.SectionHeading) {
                section = row;
                group = null;
            } else if (row instanceof HomeViewModel.GroupHeading) {
                group = row;
            } else if (matching.get(exercise++)) {
                if (section != null) {
                    result.add(section);
                    section = null;
                }
                if (group != null) {
                    result.add(group);
                    group = null;
                }
                result.add(row);
            }
        }
        return result;
    }

    private void showIfChanged(List<HomeViewModel.Row> wanted) {
        if (!sameRows(wanted, shown)) {
            shown.setAll(wanted);
        }
    }

    private static boolean sameRows(List<HomeViewModel.Row> a, List<HomeViewModel.Row> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
