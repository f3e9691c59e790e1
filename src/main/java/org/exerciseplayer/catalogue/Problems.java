package org.exerciseplayer.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.exerciseplayer.catalogue.json.JsonValue;
import org.exerciseplayer.catalogue.json.Location;

/** Collects the problems found in one file, in file order, up to a limit that keeps absurd input cheap. */
public final class Problems {

    public static final int MAX_REPORTED = 100;

    private final String file;
    private final List<Problem> found = new ArrayList<>();
    private int dropped;

    public Problems(String file) {
        this.file = file;
    }

    public void add(Location at, String path, String message) {
        if (isFull()) {
            dropped++;
            return;
        }
        found.add(new Problem(file, at.line(), at.column(), path, message));
    }

    public void add(JsonValue value, String message) {
        add(value.location(), value.path(), message);
    }

    public void addWholeFile(String message) {
        found.add(new Problem(file, 0, 0, "", message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Whether the list is full, so that a further problem is only counted: its message need not be made. */
    public boolean isFull() {
        return found.size() >= MAX_REPORTED;
    }

    /** Counts a problem found once the list is full, without listing it. */
    public void skip() {
        dropped++;
    }

    /** How many problems were found, listed or not. */
    public int total() {
        return found.size() + dropped;
    }

    /** The problems as an exception to throw, with the true count. */
    public CatalogueException exception() {
        return new CatalogueException(sorted(), total());
    }

    /** The problems sorted by place, with a last line saying how many were left out, if any. */
    public List<Problem> sorted() {
        List<Problem> all = new ArrayList<>(found);
        all.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        if (dropped > 0) {
            all.add(new Problem(file, 0, 0, "", String.format(java.util.Locale.ROOT,
                    "and %,d more problem%s not listed; fix these first", dropped, dropped == 1 ? "" : "s")));
        }
        return all;
    }
}
