package org.exerciseplayer.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.session.Routine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Expanding a routine of 200 exercises into its phases with {@link Planner#plan}, against the baseline of making
 * the same phases again as plain copies ({@code new Phase(...)} with the fields of the planned ones) into a list:
 * the least any expansion must do, without deciding anything.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlannerBenchmark {

    @Param("200")
    int exercises;

    private Routine routine;
    private List<Phase> phases;

    @Setup
    public void makeRoutine() {
        List<Exercise> all = GeneratedCatalogue.of(exercises).catalogue.exercises();
        routine = Routine.of(all);
        phases = Planner.plan(routine).phases();
    }

    @Benchmark
    public Plan expand() {
        return Planner.plan(routine);
    }

    @Benchmark
    public List<Phase> baselineCopyPhases() {
        List<Phase> copy = new ArrayList<>(phases.size());
        for (Phase phase : phases) {
            copy.add(new Phase(phase.exerciseId(), phase.exerciseIndex(), phase.kind(), phase.side(),
                    phase.direction(), phase.repetition(), phase.of(), phase.seconds(), phase.label()));
        }
        return copy;
    }
}
