package org.exerciseplayer.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.SessionEvent;
import org.exerciseplayer.session.SessionRunner;
import org.exerciseplayer.session.SystemClock;

/**
 * Runs a plan against the real clock on a ~60 Hz loop and reports, for every phase boundary, how late it was
 * noticed compared with its ideal wall time ({@code start + offset / speed}). Two naive timers run in the same
 * loop as a baseline: one adds the nominal 16 ms per frame, one adds each frame's measured length truncated
 * to whole milliseconds. Arguments: {@code [speed] [planMinutes]} (defaults 8 and 10).
 */
public final class DriftBenchmark {

    private static final long FRAME_MILLIS = 16;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    /** A way of keeping time, and when it noticed each boundary (wall nanos since the start). */
    private static final class Timer {
        final String name;
        final long[] noticed;
        long planMillis;
        int next = 1;

        Timer(String name, int boundaries) {
            this.name = name;
            this.noticed = new long[boundaries + 1];
            Arrays.fill(noticed, -1);
        }

        void advanceTo(Plan plan, long planMillis, long wallNanos) {
            this.planMillis = planMillis;
            while (next <= plan.size() && plan.startMillis(next) <= planMillis) {
                noticed[next++] = wallNanos;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int speed = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int planMinutes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Plan plan = plan(planMinutes);
        System.out.printf(Locale.ROOT, "Plan: %d exercises, %d phases, %d s; speed %dx; expected run %.1f s%n",
                plan.exerciseCount(), plan.size(), plan.totalSeconds(), speed, plan.totalSeconds() / (double) speed);

        Timer engine = new Timer("engine (anchored clock)", plan.size());
        Timer nominal = new Timer("naive: +16 ms per frame", plan.size());
        Timer truncated = new Timer("naive: + measured frame, truncated to ms", plan.size());
        SessionRunner runner = new SessionRunner(plan, SystemClock.INSTANCE);
        long[] wall = new long[2];
        long[] frameOfNotice = new long[plan.size() + 1];
        runner.addListener(event -> {
            int boundary = event instanceof SessionEvent.PhaseStarted started ? started.phaseIndex()
                    : event instanceof org.exerciseplayer.session.RunnerEvent.PlanFinished ? plan.size() : -1;
            if (boundary >= 0) {
                engine.noticed[boundary] = wall[0];
                frameOfNotice[boundary] = wall[0] - wall[1];
            }
        });
        runner.setSpeed(speed);

        long start = System.nanoTime();
        runner.start();
        long last = start;
        int frames = 0;
        long longestFrame = 0;
        boolean naiveDone = false;
        while (runner.state().status() == SessionRunner.Status.RUNNING || !naiveDone) {
            Thread.sleep(FRAME_MILLIS);
            long now = System.nanoTime();
            wall[1] = wall[0];
            wall[0] = now - start;
            longestFrame = Math.max(longestFrame, now - last);
            frames++;
            runner.update();
            nominal.advanceTo(plan, nominal.planMillis + FRAME_MILLIS * speed, wall[0]);
            truncated.advanceTo(plan, truncated.planMillis + (now - last) / NANOS_PER_MILLI * speed, wall[0]);
            last = now;
            naiveDone = nominal.next > plan.size() && truncated.next > plan.size();
            if (wall[0] > 3 * plan.totalMillis() * NANOS_PER_MILLI / speed + 10_000 * NANOS_PER_MILLI) {
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "Ran %.1f s, %d frames (mean frame %.2f ms, longest %.2f ms)%n%n", seconds,
                frames, seconds * 1000 / frames, longestFrame / 1e6);

        List<String> rows = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%-42s %9s %9s %9s %12s%n", "boundary drift, wall ms", "mean", "p99", "max",
                "at the end");
        for (Timer timer : List.of(engine, nominal, truncated)) {
            double[] drift = drift(plan, timer, speed);
            double[] sorted = Arrays.stream(drift).map(Math::abs).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-42s %9.1f %9.1f %9.1f %12.1f%n", timer.name,
                    Arrays.stream(sorted).average().orElse(0), sorted[(int) Math.ceil(sorted.length * 0.99) - 1],
                    sorted[sorted.length - 1], drift[drift.length - 1]);
            for (int i = 0; i < drift.length; i++) {
                rows.add(timer.name + "," + (i + 1) + "," + plan.startMillis(i + 1) + ","
                        + String.format(Locale.ROOT, "%.3f", drift[i]));
            }
        }
        double ratio = Math.abs(drift(plan, nominal, speed)[plan.size() - 1])
                / Math.max(0.001, Arrays.stream(drift(plan, engine, speed)).map(Math::abs).max().orElse(0));
        System.out.printf(Locale.ROOT, "%nEnd-of-session drift of the +16 ms timer / worst engine boundary: %.0fx%n",
                ratio);
        double[] engineDrift = drift(plan, engine, speed);
        int beyondFrame = 0;
        for (int i = 1; i <= plan.size(); i++) {
            if (engineDrift[i - 1] < 0 || engineDrift[i - 1] * NANOS_PER_MILLI > frameOfNotice[i]) {
                beyondFrame++;
            }
        }
        System.out.printf(Locale.ROOT, "Engine boundaries early, or later than the frame that noticed them: %d of %d%n",
                beyondFrame, plan.size());
        writeCsv(rows, speed);
    }

    /** Each boundary's noticed time minus its ideal time, in wall milliseconds (NaN if never noticed). */
    private static double[] drift(Plan plan, Timer timer, int speed) {
        double[] drift = new double[plan.size()];
        for (int i = 1; i <= plan.size(); i++) {
            double ideal = plan.startMillis(i) / (double) speed;
            drift[i - 1] = timer.noticed[i] < 0 ? Double.NaN : timer.noticed[i] / 1e6 - ideal;
        }
        return drift;
    }

    /** The bundled hip catalogue, cut after the exercise that passes the given minutes. */
    private static Plan plan(int minutes) throws Exception {
        List<Exercise> chosen = new ArrayList<>();
        for (Exercise exercise : BundledCatalogue.load().exercises()) {
            chosen.add(exercise);
            if (Planner.plan(Routine.of(chosen)).totalMillis() >= minutes * 60_000L) {
                break;
            }
        }
        return Planner.plan(Routine.of(chosen));
    }

    private static void writeCsv(List<String> rows, int speed) throws IOException {
        Path dir = Path.of("bench", "results");
        Files.createDirectories(dir);
        Path file = dir.resolve("drift-" + speed + "x-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".csv");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            out.println("timer,boundary,planMillis,driftWallMillis");
            rows.forEach(out::println);
        }
        System.out.println("Every boundary: " + file);
    }
}
