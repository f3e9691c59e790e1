package org.exerciseplayer.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/** A file could not be loaded; {@link #problems()} says every reason found, each with its place. */
public final class CatalogueException extends Exception {

    private final List<Problem> problems;

    public CatalogueException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
