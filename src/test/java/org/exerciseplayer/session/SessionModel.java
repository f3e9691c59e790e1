package org.exerciseplayer.session;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.catalogue.Side;

/**
 * A small model of a session, written from {@code docs/SESSION.md} and not from {@link Session}, {@link Ledger} or
 * {@link SessionRunner}: a walk along the plan in whole milliseconds, the questions as a handful of states, and the
 * outcome of each exercise worked out from scratch whenever it is asked for. The property tests hold the real
 * session to it after every action.
 */
final class SessionModel {

    /** The question on screen. */
    enum Asking { NONE, PAIN, CHECK, END, END_OVER_CHECK }

    private final Plan plan;
    private final PainRule rule;
    private final BitSet completed = new BitSet();
    private final BitSet visited = new BitSet();
    private final List<PainRating> ratings = new ArrayList<>();
    int phase;
    long elapsed;
    boolean paused;
    boolean waiting;
    boolean manual;
    int speed = 1;
    Asking asking = Asking.NONE;
    int checkNext = -1;
    private boolean resumeAfter;
    private int current = -1;
    boolean ended;
    SessionSummary.Ending ending;
    /** Where it stopped: the exercise, and the phase (-1 at a check). */
    int stopExercise = -1;
    int stopPhase = -1;
    OptionalInt painAtStop = OptionalInt.empty();

    SessionModel(Plan plan, PainRule rule) {
        this.plan = plan;
        this.rule = rule;
        enter(0);
    }

    // What a person does ---------------------------------------------------------------------------------------------

    void advance(long millis) {
        if (ended || paused || waiting) {
            return;
        }
        long budget = millis * speed;
        while (true) {
            long left = plan.phase(phase).durationMillis() - elapsed;
            if (budget < left) {
                elapsed += budget;
                return;
            }
            budget -= left;
            complete(phase);
            if (!forward(phase + 1) || waiting) {
                return;
            }
        }
    }

    void togglePause() {
        if (!ended && asking == Asking.NONE) {
            paused = !paused;
        }
    }

    void skipPhase() {
        if (!ended && asking == Asking.NONE) {
            forward(phase + 1);
        }
    }

    void skipExercise() {
        if (!ended && asking == Asking.NONE) {
            forward(plan.firstPhaseOf(exercise(phase) + 1));
        }
    }

    void back() {
        if (!ended && asking == Asking.NONE) {
            int exercise = exercise(phase);
            boolean atStart = phase == plan.firstPhaseOf(exercise);
            enter(plan.firstPhaseOf(atStart && exercise > 0 ? exercise - 1 : exercise));
        }
    }

    void done() {
        if (!ended && asking == Asking.NONE && waiting) {
            complete(phase);
            forward(phase + 1);
        }
    }

    void setManual(boolean on) {
        if (ended) {
            return;
        }
        manual = on;
        if (isHeldAtCheck()) {
            return;
        }
        boolean waits = on && plan.phase(phase).kind() == Phase.Kind.REP;
        if (waiting && !waits) {
            elapsed = 0;
        }
        waiting = waits;
    }

    void setSpeed(int newSpeed) {
        if (!ended) {
            speed = newSpeed;
        }
    }

    void reportPain() {
        if (ended) {
            return;
        }
        Asking showing = asking == Asking.END_OVER_CHECK ? Asking.CHECK : asking;
        if (showing == Asking.CHECK) {
            if (!rule.isLimit()) {
                stop(SessionSummary.Ending.PAIN_STOP, OptionalInt.empty());
            } else {
                asking = Asking.CHECK;
            }
            return;
        }
        if (asking == Asking.PAIN) {
            return;
        }
        if (asking == Asking.NONE) {
            resumeAfter = !paused;
            paused = true;
        }
        asking = Asking.PAIN;
    }

    void requestEnd() {
        if (ended) {
            return;
        }
        switch (asking) {
            case NONE -> {
                resumeAfter = !paused;
                paused = true;
                asking = Asking.END;
            }
            case CHECK -> asking = Asking.END_OVER_CHECK;
            case END, END_OVER_CHECK -> stop(SessionSummary.Ending.STOPPED, OptionalInt.empty());
            case PAIN -> { }
        }
    }

    void confirmEnd() {
        if (!ended && (asking == Asking.END || asking == Asking.END_OVER_CHECK)) {
            stop(SessionSummary.Ending.STOPPED, OptionalInt.empty());
        }
    }

    void stopForPain() {
        if (!ended && (asking == Asking.PAIN || asking == Asking.CHECK)) {
            stop(SessionSummary.Ending.PAIN_STOP, OptionalInt.empty());
        }
    }

    void carryOn() {
        if (ended) {
            return;
        }
        switch (asking) {
            case END_OVER_CHECK -> asking = Asking.CHECK;
            case PAIN, END -> {
                asking = Asking.NONE;
                if (resumeAfter) {
                    paused = false;
                }
            }
            case CHECK -> {
                asking = Asking.NONE;
                paused = false;
                enter(phase);
            }
            case NONE -> { }
        }
    }

    void ratePain(int rating) {
        if (ended || !rule.isLimit() || asking != Asking.PAIN && asking != Asking.CHECK) {
            return;
        }
        ratings.add(asking == Asking.PAIN ? new PainRating(PainRating.Moment.DURING, rating, exercise(phase))
                : new PainRating(PainRating.Moment.CHECK, rating, checkNext - 1));
        if (rule.isExceededBy(rating)) {
            stop(SessionSummary.Ending.PAIN_STOP, OptionalInt.of(rating));
        } else {
            carryOn();
        }
    }

    void close() {
        if (!ended) {
            stop(SessionSummary.Ending.CLOSED, OptionalInt.empty());
        }
    }

    // What it says ---------------------------------------------------------------------------------------------------

    /** The outcome and counts of every exercise, by the rules, from what the walk saw. */
    List<ExerciseRecord> records() {
        List<ExerciseRecord> records = new ArrayList<>();
        for (int e = 0; e < plan.exerciseCount(); e++) {
            boolean done = true;
            int right = 0;
            int left = 0;
            int without = 0;
            for (int i = plan.firstPhaseOf(e); i <= plan.lastPhaseOf(e); i++) {
                Phase p = plan.phase(i);
                if (!p.kind().isWork() || p.isPreparation()) {
                    continue;
                }
                if (!completed.get(i)) {
                    done = false;
                } else if (p.side() == Side.RIGHT) {
                    right++;
                } else if (p.side() == Side.LEFT) {
                    left++;
                } else {
                    without++;
                }
            }
            ExerciseOutcome outcome;
            if (done) {
                outcome = ExerciseOutcome.DONE;
            } else if (ended && stopExercise == e && stopPhase >= 0) {
                outcome = ExerciseOutcome.STOPPED_DURING;
            } else if (!ended && current == e) {
                outcome = ExerciseOutcome.UNDER_WAY;
            } else {
                outcome = visited.get(e) ? ExerciseOutcome.SKIPPED : ExerciseOutcome.NOT_REACHED;
            }
            Routine.Entry entry = plan.routine().entry(e);
            int planned = entry.dose().repetitions() * Math.max(1, entry.dose().directions().names().size());
            Optional<StopPoint> at = outcome == ExerciseOutcome.STOPPED_DURING ? stopPoint() : Optional.empty();
            records.add(new ExerciseRecord(e, entry.exercise().id(), entry.exercise().name(), outcome, right, left,
                    without, planned, at));
        }
        return records;
    }

    Optional<StopPoint> stopPoint() {
        if (stopExercise < 0) {
            return Optional.empty();
        }
        var exercise = plan.routine().entry(stopExercise).exercise();
        return Optional.of(new StopPoint(stopExercise, exercise.id(), exercise.name(), stopPhase,
                stopPhase < 0 ? Optional.empty() : Optional.of(plan.phase(stopPhase))));
    }

    List<PainRating> ratings() {
        return ratings;
    }

    Optional<Question> question() {
        return switch (asking) {
            case NONE -> Optional.empty();
            case PAIN -> Optional.of(new Question.PainWorse());
            case CHECK -> Optional.of(new Question.BetweenExercises(checkNext));
            case END, END_OVER_CHECK -> Optional.of(new Question.EndSession());
        };
    }

    /** Time left of the phase under way, as the screen counts it; empty where it is not counting. */
    OptionalInt remainingMillis() {
        if (ended || waiting) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) (plan.phase(phase).durationMillis() - elapsed));
    }

    // Inside ---------------------------------------------------------------------------------------------------------

    private int exercise(int phaseIndex) {
        return plan.phase(phaseIndex).exerciseIndex();
    }

    private boolean isHeldAtCheck() {
        return asking == Asking.CHECK || asking == Asking.END_OVER_CHECK;
    }

    private void complete(int phaseIndex) {
        Phase p = plan.phase(phaseIndex);
        if (p.kind().isWork()) {
            completed.set(phaseIndex);
        }
    }

    /** Goes forward to a phase: the end, the check before a new exercise, or the phase itself. */
    private boolean forward(int phaseIndex) {
        if (phaseIndex >= plan.size()) {
            current = -1;
            ended = true;
            ending = SessionSummary.Ending.COMPLETED;
            return false;
        }
        if (phaseIndex == plan.firstPhaseOf(exercise(phaseIndex))) {
            current = -1;
            phase = phaseIndex;
            elapsed = 0;
            waiting = false;
            paused = true;
            asking = Asking.CHECK;
            checkNext = exercise(phaseIndex);
            return false;
        }
        enter(phaseIndex);
        return true;
    }

    private void enter(int phaseIndex) {
        phase = phaseIndex;
        elapsed = 0;
        current = exercise(phaseIndex);
        visited.set(current);
        waiting = manual && plan.phase(phaseIndex).kind() == Phase.Kind.REP;
    }

    private void stop(SessionSummary.Ending how, OptionalInt rating) {
        if (isHeldAtCheck()) {
            stopExercise = checkNext;
            stopPhase = -1;
        } else {
            stopExercise = exercise(phase);
            stopPhase = phase;
        }
        painAtStop = rating;
        ended = true;
        ending = how;
        current = -1;
        asking = Asking.NONE;
    }
}
