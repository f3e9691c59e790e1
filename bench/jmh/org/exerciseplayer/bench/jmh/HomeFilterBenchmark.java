package org.exerciseplayer.bench.jmh;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Group;
import org.exerciseplayer.catalogue.Section;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.ui.home.ExerciseSearch;
import org.exerciseplayer.ui.home.HomeViewModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Filtering the home list of a generated catalogue as a person types a query, one keystroke at a time: each
 * operation is the whole query typed, every prefix filtered in turn. Three ways, same keystrokes:
 * <ul>
 *   <li>{@code search}: {@link ExerciseSearch} alone (accent- and case-insensitive, every word);</li>
 *   <li>{@code homeList}: the home screen's ViewModel, whose filter also rebuilds the rows shown;</li>
 *   <li>{@code baselineContains}: a plain {@code String.contains} of the prefix as typed in each exercise's name,
 *       steps and section titles, unfolded: no accents, no case, no words.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HomeFilterBenchmark {

    @Param("5000")
    int exercises;

    @Param({"hip openers", "knee"})
    String query;

    private List<String> keystrokes;
    private ExerciseSearch search;
    private HomeViewModel home;
    private List<String> rawTexts;

    @Setup
    public void prepare() {
        Catalogue catalogue = GeneratedCatalogue.of(exercises).catalogue;
        keystrokes = new ArrayList<>();
        for (int i = 1; i <= query.length(); i++) {
            keystrokes.add(query.substring(0, i));
        }
        search = new ExerciseSearch(catalogue);
        home = new HomeViewModel(catalogue, chosen -> Planner.plan(chosen).totalSeconds(), chosen -> { });
        rawTexts = new ArrayList<>();
        for (Section section : catalogue.sections()) {
            for (Exercise exercise : section.ownExercises()) {
                rawTexts.add(exercise.name() + "\n" + String.join("\n", exercise.steps()) + "\n" + section.title());
            }
            for (Group group : section.groups()) {
                for (Exercise exercise : group.exercises()) {
                    rawTexts.add(exercise.name() + "\n" + String.join("\n", exercise.steps()) + "\n"
                            + section.title() + "\n" + group.title());
                }
            }
        }
    }

    @Benchmark
    public void search(Blackhole sink) {
        for (String typed : keystrokes) {
            sink.consume(search.matches(typed));
        }
    }

    @Benchmark
    public void homeList(Blackhole sink) {
        for (String typed : keystrokes) {
            home.filterTextProperty().set(typed);
            sink.consume(home.shownRows().size());
        }
    }

    @Benchmark
    public void baselineContains(Blackhole sink) {
        for (String typed : keystrokes) {
            BitSet matches = new BitSet(rawTexts.size());
            for (int i = 0; i < rawTexts.size(); i++) {
                if (rawTexts.get(i).contains(typed)) {
                    matches.set(i);
                }
            }
            sink.consume(matches);
        }
    }
}
