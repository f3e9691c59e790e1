package org.exerciseplayer.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/** A file could not be loaded; {@link #problems()} says every reason found, each with its place. */
public final class CatalogueException extends Exception {

    private final List<Problem> problems;
    private final int count;

    public CatalogueException(List<Problem> problems) {
        this(problems, problems.size());
    }

    /**
     * @param problems the problems listed, with a last line saying how many more were found, if any
     * @param count    how many problems were found in all, listed or not
     */
    public CatalogueException(List<Problem> problems, int count) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
        this.count = count;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** How many problems were found in all: more than {@link #problems()} lists when there were very many. */
    public int count() {
        return count;
    }
}
