package org.exerciseplayer.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.figure.Body;
import org.exerciseplayer.figure.Drawing;
import org.exerciseplayer.figure.Figure;
import org.exerciseplayer.figure.FigureFrame;
import org.exerciseplayer.figure.Keyframes;
import org.exerciseplayer.figure.Moment;
import org.exerciseplayer.figure.Pose;
import org.exerciseplayer.figure.Skeleton;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One frame of the figure as the player makes it on every display frame ({@link Drawing#frame}: the pose at the
 * moment, the body placed with its hands on their places, the props, the arrows and the words), against the
 * baseline of placing the body for the same pose ({@link Skeleton#place}), the least any frame must do. Moments
 * move on by a step on each call so that nothing is drawn twice alike. Also what opening an exercise costs once
 * ({@link Drawing#of}: its mat, arrows and frame over the whole movement).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FigureFrameBenchmark {

    @Param({"clam", "lower-back-rotation-stretch", "single-leg-rotations"})
    String exercise;

    private Figure figure;
    private boolean holds;
    private Drawing drawing;
    private List<Pose> movement;
    private double share;

    @Setup
    public void load() throws Exception {
        Exercise found = BundledCatalogue.load().exercise(exercise).orElseThrow();
        figure = found.figure().orElseThrow();
        holds = found.dose().kind() == Dose.Kind.HOLD;
        drawing = Drawing.of(figure, holds);
        movement = figure.movement(0);
    }

    private double nextShare() {
        share = (share + 0.0137) % 1;
        return share;
    }

    @Benchmark
    public FigureFrame frame() {
        return drawing.frame(new Moment(holds ? Moment.Stage.MOVING_IN : Moment.Stage.REPEATING, 0, nextShare(),
                false));
    }

    @Benchmark
    public Body baselinePlaceBody() {
        return Skeleton.place(Keyframes.around(movement, nextShare()));
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Drawing openExercise() {
        return Drawing.of(figure, holds);
    }
}
