package org.exerciseplayer.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Directions;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Pacing;
import org.exerciseplayer.catalogue.Preparation;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.catalogue.Sides;
import org.exerciseplayer.history.CsvExport;
import org.exerciseplayer.history.ExerciseResult;
import org.exerciseplayer.history.InMemoryHistoryStore;
import org.exerciseplayer.history.SessionRecord;
import org.exerciseplayer.history.SessionRecorder;

/**
 * Random plans and random sequences of what a person does (advance the clock, pause, skip, back, next exercise,
 * count repetitions oneself and press done, the pain button with each answer, Esc with each answer, a number under
 * a physio's limit, speed changes, the check's answers, closing the window), played on a real {@link Session} and on
 * an independent {@link SessionModel}. After every action the session's state and ledger agree with the model; at
 * the end so do the summary, the history the recorder wrote and the CSV made from it.
 */
class SessionPropertiesTest {

    /** One thing a person does. */
    record Action(Kind kind, int value) {
        enum Kind { ADVANCE, PAUSE, SKIP, NEXT_EXERCISE, BACK, DONE, MANUAL_ON, MANUAL_OFF, PAIN, CARRY_ON,
            STOP_FOR_PAIN, ESC, CONFIRM_END, RATE, SPEED, CLOSE }

        @Override
        public String toString() {
            return kind == Kind.ADVANCE || kind == Kind.RATE || kind == Kind.SPEED ? kind + "(" + value + ")"
                    : kind.toString();
        }
    }

    /** How the test ends a session that the actions left running. */
    enum Finish { PLAY_TO_THE_END, ESC_TWICE, CLOSE_THE_WINDOW }

    private static final Catalogue CATALOGUE = Fixtures.hipLikeCatalogue();

    /** One case: a plan, its pain rule, what the person does, and how the test ends what is left running. */
    record Case(List<Exercise> exercises, PainRule rule, List<Action> actions, Finish finish) {
        @Override
        public String toString() {
            return exercises.stream().map(e -> e.id() + " " + e.dose() + " " + e.pacing()).toList() + " under " + rule
                    + ", actions " + actions + ", then " + finish;
        }
    }

    @Test
    void theSessionDoesAndRecordsExactlyWhatTheModelSays() {
        Set<SessionSummary.Ending> endings = EnumSet.noneOf(SessionSummary.Ending.class);
        Set<ExerciseOutcome> outcomes = EnumSet.noneOf(ExerciseOutcome.class);
        new PropertyCheck<>("sessionProperties", SessionPropertiesTest::generate, SessionPropertiesTest::shrink)
                .forAll(1000, 20_261_201L, c -> {
                    SessionSummary summary = check(c.exercises(), c.rule(), c.actions(), c.finish());
                    endings.add(summary.ending());
                    summary.exercises().forEach(e -> outcomes.add(e.outcome()));
                });
        // A property that never reached a case proves nothing about it: every ending and every final outcome came up.
        assertThat(endings).containsExactlyInAnyOrder(SessionSummary.Ending.values());
        assertThat(outcomes).containsExactlyInAnyOrder(ExerciseOutcome.DONE, ExerciseOutcome.SKIPPED,
                ExerciseOutcome.STOPPED_DURING, ExerciseOutcome.NOT_REACHED);
    }

    /** Plays {@code actions} on a session and on the model, then ends the session and compares the records. */
    static SessionSummary check(List<Exercise> exercises, PainRule rule, List<Action> actions, Finish finish)
            throws IOException {
        ManualClock clock = new ManualClock();
        Routine routine = Routine.of(exercises);
        Session session = new Session(new SessionSetup(CATALOGUE, routine, List.of(), rule, Optional.empty()), clock);
        InMemoryHistoryStore store = new InMemoryHistoryStore();
        session.addListener(new SessionRecorder(() -> store, CATALOGUE, Optional.empty(), Runnable::run,
                Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC), problem -> {
                    throw new AssertionError(problem);
                }));
        List<SessionEvent> events = new ArrayList<>();
        session.addListener(events::add);
        session.start(OptionalInt.empty());
        SessionModel model = new SessionModel(session.plan(), rule);
        List<Action> done = new ArrayList<>();
        for (Action action : actions) {
            done.add(action);
            apply(action, session, model, clock);
            agree(session, model, done);
        }
        finish(finish, session, model, clock, done);
        agree(session, model, done);
        assertThat(session.isEnded()).as("ended after %s", done).isTrue();

        SessionSummary summary = session.summary().orElseThrow();
        assertThat(summary.ending()).as("ending after %s", done).isEqualTo(model.ending);
        assertThat(summary.exercises()).as("summary after %s", done).isEqualTo(model.records());
        assertThat(summary.stop()).as("stop after %s", done).isEqualTo(model.stopPoint());
        assertThat(summary.painAtStop()).isEqualTo(model.painAtStop);
        assertThat(summary.ratings()).isEqualTo(model.ratings());
        assertThat(events).last().isInstanceOf(SessionEvent.Ended.class);
        assertThat(events).filteredOn(SessionEvent.Ended.class::isInstance).hasSize(1);

        SessionRecord kept = store.sessions().get(0);
        assertThat(kept.ending().name()).as("history's ending after %s", done).isEqualTo(
                model.ending == SessionSummary.Ending.COMPLETED ? "COMPLETED" : model.ending.name());
        assertThat(kept.exercises()).as("history after %s", done).isEqualTo(expectedResults(model.records()));
        assertThat(kept.stopPlace().map(place -> place.exerciseId()))
                .isEqualTo(model.stopPoint().map(StopPoint::exerciseId));
        assertThat(csvRows(kept)).as("CSV after %s", done).isEqualTo(expectedCsv(model.records()));
        return summary;
    }

    private static void apply(Action action, Session session, SessionModel model, ManualClock clock) {
        switch (action.kind()) {
            case ADVANCE -> {
                clock.advanceMillis(action.value());
                session.update();
                model.advance(action.value());
            }
            case PAUSE -> both(session::togglePause, model::togglePause);
            case SKIP -> both(session::skipPhase, model::skipPhase);
            case NEXT_EXERCISE -> both(session::skipExercise, model::skipExercise);
            case BACK -> both(session::back, model::back);
            case DONE -> both(session::done, model::done);
            case MANUAL_ON -> both(() -> session.setManualMode(SessionRunner.ManualMode.PER_REPETITION),
                    () -> model.setManual(true));
            case MANUAL_OFF -> both(() -> session.setManualMode(SessionRunner.ManualMode.OFF),
                    () -> model.setManual(false));
            case PAIN -> both(session::reportPain, model::reportPain);
            case CARRY_ON -> both(session::carryOn, model::carryOn);
            case STOP_FOR_PAIN -> both(session::stopForPain, model::stopForPain);
            case ESC -> both(session::requestEnd, model::requestEnd);
            case CONFIRM_END -> both(session::confirmEnd, model::confirmEnd);
            case RATE -> both(() -> session.ratePain(action.value()), () -> model.ratePain(action.value()));
            case SPEED -> both(() -> session.setSpeed(action.value()), () -> model.setSpeed(action.value()));
            case CLOSE -> both(session::close, model::close);
        }
    }

    private static void both(Runnable onSession, Runnable onModel) {
        onSession.run();
        onModel.run();
    }

    private static void finish(Finish finish, Session session, SessionModel model, ManualClock clock,
                               List<Action> done) {
        switch (finish) {
            case ESC_TWICE -> {
                for (Action.Kind kind : List.of(Action.Kind.CARRY_ON, Action.Kind.CARRY_ON, Action.Kind.ESC,
                        Action.Kind.ESC)) {
                    step(new Action(kind, 0), session, model, clock, done);
                }
            }
            case CLOSE_THE_WINDOW -> step(new Action(Action.Kind.CLOSE, 0), session, model, clock, done);
            case PLAY_TO_THE_END -> {
                for (int i = 0; i < 10_000 && !model.ended; i++) {
                    Action.Kind next = model.asking != SessionModel.Asking.NONE ? Action.Kind.CARRY_ON
                            : model.waiting ? Action.Kind.DONE : model.paused ? Action.Kind.PAUSE : Action.Kind.ADVANCE;
                    step(new Action(next, 700), session, model, clock, done);
                }
            }
        }
    }

    private static void step(Action action, Session session, SessionModel model, ManualClock clock,
                             List<Action> done) {
        done.add(action);
        apply(action, session, model, clock);
        agree(session, model, done);
    }

    /** The session's state and ledger are the model's. */
    private static void agree(Session session, SessionModel model, List<Action> done) {
        assertThat(session.isEnded()).as("ended after %s", done).isEqualTo(model.ended);
        assertThat(session.records()).as("records after %s", done).isEqualTo(model.records());
        if (model.ended) {
            return;
        }
        SessionState state = session.state();
        assertThat(session.question()).as("question after %s", done).isEqualTo(model.question());
        assertThat(state.phaseIndex()).as("phase after %s", done).isEqualTo(model.phase);
        assertThat(state.isPaused()).as("paused after %s", done).isEqualTo(model.paused);
        assertThat(state.awaitingDone()).as("waiting for done after %s", done).isEqualTo(model.waiting);
        model.remainingMillis().ifPresent(left ->
                assertThat(state.phaseRemainingMillis()).as("time left after %s", done).isEqualTo(left));
    }

    /** What the history must hold: every exercise with an outcome worth keeping, in session order. */
    private static List<ExerciseResult> expectedResults(List<ExerciseRecord> records) {
        List<ExerciseResult> results = new ArrayList<>();
        for (ExerciseRecord r : records) {
            ExerciseResult.Outcome outcome = switch (r.outcome()) {
                case DONE -> ExerciseResult.Outcome.DONE;
                case SKIPPED -> ExerciseResult.Outcome.SKIPPED;
                case STOPPED_DURING -> ExerciseResult.Outcome.STOPPED;
                case NOT_REACHED, UNDER_WAY -> null;
            };
            if (outcome != null) {
                results.add(new ExerciseResult(r.index(), r.exerciseId(), r.exerciseName(), outcome, r.doneRight(),
                        r.doneLeft(), r.doneWithoutSide(), r.planned()));
            }
        }
        return results;
    }

    /** The CSV's exercise columns (position, id, outcome, done right, done left, done without side, planned). */
    private static List<String> csvRows(SessionRecord kept) throws IOException {
        StringWriter out = new StringWriter();
        CsvExport.write(List.of(kept), ZoneOffset.UTC, out);
        List<String> rows = new ArrayList<>();
        String[] lines = out.toString().split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(",", -1);
            if (!fields[9].isEmpty()) {
                rows.add(String.join(",", fields[9], fields[10], fields[12], fields[13], fields[14], fields[15],
                        fields[16]));
            }
        }
        return rows;
    }

    private static List<String> expectedCsv(List<ExerciseRecord> records) {
        return expectedResults(records).stream().map(r -> String.join(",", Integer.toString(r.position()),
                r.exerciseId(), r.outcome().name(), Integer.toString(r.doneRight()), Integer.toString(r.doneLeft()),
                Integer.toString(r.doneWithoutSide()), Integer.toString(r.planned()))).toList();
    }

    // Making and shrinking cases ---------------------------------------------------------------------------------

    private static final List<Directions> DIRECTIONS = List.of(Directions.NONE,
            new Directions(List.of("clockwise", "anticlockwise"), Directions.Order.EACH),
            new Directions(List.of("up", "down"), Directions.Order.ALTERNATING));

    /** Simple actions, each as likely as the others; the clock's advance and "carry on" come more often. */
    private static final List<Action.Kind> SIMPLE = List.of(Action.Kind.PAUSE, Action.Kind.SKIP,
            Action.Kind.NEXT_EXERCISE, Action.Kind.BACK, Action.Kind.DONE, Action.Kind.MANUAL_ON,
            Action.Kind.MANUAL_OFF, Action.Kind.PAIN, Action.Kind.CARRY_ON, Action.Kind.STOP_FOR_PAIN, Action.Kind.ESC,
            Action.Kind.CONFIRM_END, Action.Kind.CLOSE);

    static Case generate(Random random) {
        List<Exercise> exercises = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            exercises.add(exercise(i, random));
        }
        PainRule rule = random.nextBoolean() ? PainRule.anyIncrease() : PainRule.limit(random.nextInt(10));
        List<Action> actions = new ArrayList<>();
        int length = random.nextInt(61);
        for (int i = 0; i < length; i++) {
            actions.add(action(random));
        }
        Finish finish = Finish.values()[random.nextInt(Finish.values().length)];
        return new Case(exercises, rule, actions, finish);
    }

    private static Exercise exercise(int index, Random random) {
        Dose.Kind kind = Dose.Kind.values()[random.nextInt(3)];
        int seconds = 1 + random.nextInt(3);
        int repetitions = 1 + random.nextInt(3);
        Sides sides = Sides.values()[random.nextInt(Sides.values().length)];
        Side first = Side.values()[random.nextInt(2)];
        int preparation = random.nextInt(3);
        Dose dose = new Dose(kind == Dose.Kind.HOLD ? seconds : 0, kind == Dose.Kind.TIMED ? 1 : repetitions,
                kind == Dose.Kind.TIMED ? seconds : 0, sides, sides == Sides.NONE ? null : first,
                DIRECTIONS.get(random.nextInt(DIRECTIONS.size())), OptionalInt.of(2),
                preparation == 0 ? Optional.empty() : Optional.of(new Preparation("warm-up", preparation)));
        Pacing pacing = new Pacing(random.nextInt(3), random.nextInt(3), 1 + random.nextInt(2), random.nextInt(3));
        return Fixtures.exercise("exercise-" + index, dose, pacing);
    }

    private static Action action(Random random) {
        int pick = random.nextInt(18);
        if (pick < 8) {
            return new Action(Action.Kind.ADVANCE, 1 + random.nextInt(9000));
        }
        if (pick < 10) {
            return new Action(Action.Kind.CARRY_ON, 0);
        }
        if (pick == 10) {
            return new Action(Action.Kind.RATE, random.nextInt(11));
        }
        if (pick == 11) {
            return new Action(Action.Kind.SPEED, List.of(1, 2, 4, 8).get(random.nextInt(4)));
        }
        return new Action(SIMPLE.get(random.nextInt(SIMPLE.size())), 0);
    }

    /** Smaller cases: fewer exercises, fewer actions (halves, then one at a time), shorter waits, plainer doses. */
    static Stream<Case> shrink(Case c) {
        Stream.Builder<Case> smaller = Stream.builder();
        List<Action> actions = c.actions();
        for (int size = actions.size() / 2; size >= 1; size /= 2) {
            for (int from = 0; from + size <= actions.size(); from += size) {
                List<Action> fewer = new ArrayList<>(actions.subList(0, from));
                fewer.addAll(actions.subList(from + size, actions.size()));
                smaller.add(new Case(c.exercises(), c.rule(), fewer, c.finish()));
            }
        }
        for (int i = 0; c.exercises().size() > 1 && i < c.exercises().size(); i++) {
            List<Exercise> fewer = new ArrayList<>(c.exercises());
            fewer.remove(i);
            smaller.add(new Case(renumbered(fewer), c.rule(), actions, c.finish()));
        }
        for (int i = 0; i < actions.size(); i++) {
            Action a = actions.get(i);
            if (a.kind() == Action.Kind.ADVANCE && a.value() > 1) {
                List<Action> shorter = new ArrayList<>(actions);
                shorter.set(i, new Action(Action.Kind.ADVANCE, a.value() / 2));
                smaller.add(new Case(c.exercises(), c.rule(), shorter, c.finish()));
            }
        }
        for (int i = 0; i < c.exercises().size(); i++) {
            Exercise e = c.exercises().get(i);
            Dose d = e.dose();
            for (Dose plainer : List.of(
                    new Dose(d.holdSeconds(), d.repetitions(), d.durationSeconds(), d.sides(), d.firstSide(),
                            d.directions(), d.timesPerDay(), Optional.empty()),
                    new Dose(d.holdSeconds(), 1, d.durationSeconds(), d.sides(), d.firstSide(), d.directions(),
                            d.timesPerDay(), d.preparation()),
                    new Dose(d.holdSeconds(), d.repetitions(), d.durationSeconds(), Sides.NONE, null, d.directions(),
                            d.timesPerDay(), d.preparation()),
                    new Dose(d.holdSeconds(), d.repetitions(), d.durationSeconds(), d.sides(), d.firstSide(),
                            Directions.NONE, d.timesPerDay(), d.preparation()))) {
                if (!plainer.equals(d)) {
                    List<Exercise> plain = new ArrayList<>(c.exercises());
                    plain.set(i, Fixtures.exercise(e.id(), plainer, e.pacing()));
                    smaller.add(new Case(plain, c.rule(), actions, c.finish()));
                }
            }
        }
        if (c.finish() != Finish.CLOSE_THE_WINDOW) {
            smaller.add(new Case(c.exercises(), c.rule(), actions, Finish.CLOSE_THE_WINDOW));
        }
        return smaller.build();
    }

    private static List<Exercise> renumbered(List<Exercise> exercises) {
        List<Exercise> numbered = new ArrayList<>();
        for (int i = 0; i < exercises.size(); i++) {
            Exercise e = exercises.get(i);
            numbered.add(Fixtures.exercise("exercise-" + i, e.dose(), e.pacing()));
        }
        return numbered;
    }
}
