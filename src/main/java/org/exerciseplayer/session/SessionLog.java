package org.exerciseplayer.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.exerciseplayer.catalogue.Side;

/**
 * What happened to each exercise of a session, built from the runner's events: done, skipped, stopped or not
 * reached, the holds and repetitions completed on each side, and where a stop happened. Listen with
 * {@code runner.addListener(log)}.
 */
public final class SessionLog implements Consumer<SessionEvent> {

    /** What became of one exercise. */
    public enum Outcome {
        /** Not started (yet). */
        NOT_REACHED,
        /** Under way. */
        IN_PROGRESS,
        /** Done to the end. */
        DONE,
        /** Left before its end by a skip. */
        SKIPPED,
        /** The session was stopped during it. */
        STOPPED
    }

    /** Where a session was stopped: the exercise and phase, and why. */
    public record StopPoint(StopReason reason, int phaseIndex, Phase phase) {}

    private final Plan plan;
    private final Outcome[] outcomes;
    private final List<Map<Side, Integer>> countsBySide = new ArrayList<>();
    private final int[] countsWithoutSide;
    private int currentPhase = -1;
    private StopPoint stop;
    private boolean finished;

    public SessionLog(Plan plan) {
        this.plan = plan;
        this.outcomes = new Outcome[plan.exerciseCount()];
        this.countsWithoutSide = new int[plan.exerciseCount()];
        java.util.Arrays.fill(outcomes, Outcome.NOT_REACHED);
        for (int i = 0; i < plan.exerciseCount(); i++) {
            countsBySide.add(new EnumMap<>(Side.class));
        }
    }

    @Override
    public void accept(SessionEvent event) {
        if (event instanceof SessionEvent.PhaseStarted started) {
            currentPhase = started.phaseIndex();
            int exercise = started.phase().exerciseIndex();
            if (outcomes[exercise] != Outcome.DONE && outcomes[exercise] != Outcome.SKIPPED) {
                outcomes[exercise] = Outcome.IN_PROGRESS;
            }
        } else if (event instanceof SessionEvent.RepetitionCounted counted && !counted.phase().isPreparation()) {
            int exercise = counted.phase().exerciseIndex();
            Side side = counted.phase().side();
            if (side == null) {
                countsWithoutSide[exercise]++;
            } else {
                countsBySide.get(exercise).merge(side, 1, Integer::sum);
            }
        } else if (event instanceof SessionEvent.ExerciseDone done) {
            outcomes[done.exerciseIndex()] = done.skipped() ? Outcome.SKIPPED : Outcome.DONE;
        } else if (event instanceof SessionEvent.Stopped stopped) {
            Phase phase = currentPhase >= 0 && currentPhase < plan.size() ? plan.phase(currentPhase) : null;
            stop = new StopPoint(stopped.reason(), currentPhase, phase);
            if (phase != null) {
                outcomes[phase.exerciseIndex()] = Outcome.STOPPED;
            }
        } else if (event instanceof SessionEvent.SessionDone) {
            finished = true;
        }
    }

    public Plan plan() {
        return plan;
    }

    public Outcome outcome(int exerciseIndex) {
        return outcomes[exerciseIndex];
    }

    /** Holds, repetitions or timed movements completed on a side (preparation movements are not counted). */
    public int completed(int exerciseIndex, Side side) {
        return countsBySide.get(exerciseIndex).getOrDefault(side, 0);
    }

    /** Completed holds, repetitions or timed movements of an exercise that has no sides. */
    public int completedWithoutSide(int exerciseIndex) {
        return countsWithoutSide[exerciseIndex];
    }

    public Map<Side, Integer> completedBySide(int exerciseIndex) {
        return Collections.unmodifiableMap(countsBySide.get(exerciseIndex));
    }

    public Optional<StopPoint> stop() {
        return Optional.ofNullable(stop);
    }

    public boolean isFinished() {
        return finished;
    }

    /** The indexes of exercises with this outcome, in routine order. */
    public List<Integer> exercisesWith(Outcome outcome) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == outcome) {
                found.add(i);
            }
        }
        return found;
    }
}
