package org.exerciseplayer.session;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.exerciseplayer.catalogue.Side;

/**
 * What was done of each exercise of a session, kept by the {@link Session} from the runner's phases and counts, by
 * the rules of {@code docs/SESSION.md} ("What the records say"):
 * <ul>
 *   <li>A repetition is one work phase of the plan (a hold, paced repetition or timed movement on one side, in one
 *       direction, with its number). It is done once it has been completed, once or more; so a count is of distinct
 *       repetitions, never more than the dose and never two passes added up.</li>
 *   <li>An exercise is <b>done</b> once every repetition of its dose (preparation movements aside) is done; nothing
 *       after undoes that.</li>
 *   <li>Otherwise it is <b>stopped during</b> if it was under way when the session stopped, <b>skipped</b> if it was
 *       under way at some time, and <b>not reached</b> if never.</li>
 * </ul>
 * It tells {@code changed} each time an exercise's record changes in a way worth keeping: when it becomes done,
 * when it is left without being done, and when the session stops during it.
 */
final class Ledger {

    private final Plan plan;
    private final Consumer<ExerciseRecord> changed;
    private final BitSet completed = new BitSet();
    private final BitSet everUnderWay = new BitSet();
    private final ExerciseRecord[] lastSent;
    /** Per exercise, how many repetitions its dose has, and how many of them are done. */
    private final int[] required;
    private final int[] requiredDone;
    private int current = -1;
    private StopPoint stop;

    Ledger(Plan plan, Consumer<ExerciseRecord> changed) {
        this.plan = plan;
        this.changed = changed;
        this.lastSent = new ExerciseRecord[plan.exerciseCount()];
        this.required = new int[plan.exerciseCount()];
        this.requiredDone = new int[plan.exerciseCount()];
        for (Phase phase : plan.phases()) {
            if (isRequired(phase)) {
                required[phase.exerciseIndex()]++;
            }
        }
    }

    /** A repetition of the dose itself: a work phase that is not a preparation movement. */
    private static boolean isRequired(Phase phase) {
        return phase.kind().isWork() && !phase.isPreparation();
    }

    /** A phase started: a new exercise under way leaves the one before. */
    void phaseStarted(Phase phase) {
        int exercise = phase.exerciseIndex();
        if (exercise != current) {
            left();
            current = exercise;
            everUnderWay.set(exercise);
        }
    }

    void counted(int phaseIndex, Phase phase) {
        if (!isRequired(phase) || completed.get(phaseIndex)) {
            return;
        }
        int exercise = phase.exerciseIndex();
        completed.set(phaseIndex);
        requiredDone[exercise]++;
        if (isDone(exercise)) {
            send(exercise);
        }
    }

    /** The exercise under way is left without another one starting yet (the check between exercises). */
    void left() {
        if (current >= 0) {
            int leaving = current;
            current = -1;
            if (!isDone(leaving)) {
                send(leaving);
            }
        }
    }

    /** The session stopped here; the exercise under way, if any and not done, is stopped during. */
    void stopped(StopPoint where) {
        stop = where;
        if (!where.atCheck() && !isDone(where.exerciseIndex())) {
            send(where.exerciseIndex());
        }
        current = -1;
    }

    /** The session ended: what is under way is left. */
    void ended() {
        left();
    }

    ExerciseRecord record(int exercise) {
        Routine.Entry entry = plan.routine().entry(exercise);
        int right = 0;
        int left = 0;
        int without = 0;
        for (int i = plan.firstPhaseOf(exercise); i <= plan.lastPhaseOf(exercise); i++) {
            if (completed.get(i)) {
                Side side = plan.phase(i).side();
                if (side == Side.RIGHT) {
                    right++;
                } else if (side == Side.LEFT) {
                    left++;
                } else {
                    without++;
                }
            }
        }
        ExerciseOutcome outcome = outcome(exercise);
        Optional<StopPoint> at = outcome == ExerciseOutcome.STOPPED_DURING ? Optional.of(stop) : Optional.empty();
        int planned = entry.dose().repetitions() * Math.max(1, entry.dose().directions().names().size());
        return new ExerciseRecord(exercise, entry.exercise().id(), entry.exercise().name(), outcome, right, left,
                without, planned, at);
    }

    List<ExerciseRecord> records() {
        List<ExerciseRecord> records = new ArrayList<>(plan.exerciseCount());
        for (int i = 0; i < plan.exerciseCount(); i++) {
            records.add(record(i));
        }
        return records;
    }

    Optional<StopPoint> stop() {
        return Optional.ofNullable(stop);
    }

    private ExerciseOutcome outcome(int exercise) {
        if (isDone(exercise)) {
            return ExerciseOutcome.DONE;
        }
        if (stop != null && !stop.atCheck() && stop.exerciseIndex() == exercise) {
            return ExerciseOutcome.STOPPED_DURING;
        }
        if (exercise == current) {
            return ExerciseOutcome.UNDER_WAY;
        }
        return everUnderWay.get(exercise) ? ExerciseOutcome.SKIPPED : ExerciseOutcome.NOT_REACHED;
    }

    private boolean isDone(int exercise) {
        return requiredDone[exercise] == required[exercise];
    }

    private void send(int exercise) {
        ExerciseRecord record = record(exercise);
        if (!Objects.equals(record, lastSent[exercise])) {
            lastSent[exercise] = record;
            changed.accept(record);
        }
    }
}
