package org.exerciseplayer.session;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A routine expanded into the phases a person will follow, with each phase's start as an offset from the start
 * of the session. Offsets are exact sums of the phases' whole seconds, so the total is known before starting.
 * Made by {@link Planner#plan(Routine)}.
 */
public final class Plan {

    private final Routine routine;
    private final List<Phase> phases;
    private final long[] startMillis;
    private final int[] firstPhaseOfExercise;

    Plan(Routine routine, List<Phase> phases) {
        this.routine = routine;
        this.phases = List.copyOf(phases);
        this.startMillis = new long[phases.size() + 1];
        this.firstPhaseOfExercise = new int[routine.size() + 1];
        int exercise = 0;
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            startMillis[i + 1] = Math.addExact(startMillis[i], phase.durationMillis());
            while (exercise <= phase.exerciseIndex()) {
                firstPhaseOfExercise[exercise++] = i;
            }
        }
        if (exercise != routine.size()) {
            throw new IllegalArgumentException("Every exercise of the routine needs at least one phase");
        }
        firstPhaseOfExercise[routine.size()] = phases.size();
    }

    public Routine routine() {
        return routine;
    }

    public List<Phase> phases() {
        return phases;
    }

    public Phase phase(int index) {
        return phases.get(index);
    }

    public int size() {
        return phases.size();
    }

    /** The start of a phase, in milliseconds from the start of the session; {@code size()} gives the total. */
    public long startMillis(int phaseIndex) {
        return startMillis[phaseIndex];
    }

    public long endMillis(int phaseIndex) {
        return startMillis[phaseIndex + 1];
    }

    public long totalMillis() {
        return startMillis[phases.size()];
    }

    /** The predicted length of the whole session, in seconds. */
    public int totalSeconds() {
        return Math.toIntExact(totalMillis() / 1000);
    }

    public int exerciseCount() {
        return routine.size();
    }

    /** The index of the first phase of an exercise; {@code exerciseCount()} gives {@code size()}. */
    public int firstPhaseOf(int exerciseIndex) {
        return firstPhaseOfExercise[exerciseIndex];
    }

    public int lastPhaseOf(int exerciseIndex) {
        return firstPhaseOfExercise[exerciseIndex + 1] - 1;
    }

    /** The phase under way at this offset from the start of the session; {@code size()} once it is over. */
    public int phaseAt(long planMillis) {
        if (planMillis < 0) {
            throw new IllegalArgumentException("Before the start: " + planMillis);
        }
        int found = Arrays.binarySearch(startMillis, planMillis);
        return Math.min(found >= 0 ? found : -found - 2, phases.size());
    }

    /**
     * Whether the side or direction changes when this phase starts: on every SWITCH phase, and on each
     * repetition of alternating sides or directions that moves to the other one. Getting to the first side
     * (after a preparation without a side, say) is not a switch.
     */
    public boolean switchesAt(int phaseIndex) {
        Phase phase = phases.get(phaseIndex);
        if (phase.kind() == Phase.Kind.SWITCH) {
            return true;
        }
        if (phaseIndex == firstPhaseOf(phase.exerciseIndex())) {
            return false;
        }
        Phase previous = phases.get(phaseIndex - 1);
        return changes(previous.side(), phase.side()) || changes(previous.direction(), phase.direction());
    }

    private static boolean changes(Object before, Object after) {
        return before != null && after != null && !Objects.equals(before, after);
    }

    @Override
    public String toString() {
        return "Plan[" + phases.size() + " phases, " + totalSeconds() + " s]";
    }
}
