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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    @Property(tries = 1000)
    void theSessionDoesAndRecordsExactlyWhatTheModelSays(@ForAll("routines") List<Exercise> exercises,
                                                         @ForAll("rules") PainRule rule,
                                                         @ForAll("actions") List<Action> actions,
                                                         @ForAll Finish finish) throws Exception {
        SessionSummary summary = check(exercises, rule, actions, finish);
        // What the runs covered, in the test report: a property that never reached a case proves nothing about it.
        net.jqwik.api.statistics.Statistics.label("ending").collect(summary.ending());
        for (ExerciseOutcome outcome : ExerciseOutcome.values()) {
            net.jqwik.api.statistics.Statistics.label("some exercise " + outcome)
                    .collect(!summary.with(outcome).isEmpty());
        }
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

    // Generators -------------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<List<Exercise>> routines() {
        return exercises().list().ofMinSize(1).ofMaxSize(3).map(list -> {
            List<Exercise> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Exercise e = list.get(i);
                numbered.add(Fixtures.exercise("exercise-" + i, e.dose(), e.pacing()));
            }
            return numbered;
        });
    }

    private Arbitrary<Exercise> exercises() {
        Arbitrary<Dose.Kind> kinds = Arbitraries.of(Dose.Kind.class);
        Arbitrary<Integer> seconds = Arbitraries.integers().between(1, 3);
        Arbitrary<Integer> repetitions = Arbitraries.integers().between(1, 3);
        Arbitrary<Sides> sides = Arbitraries.of(Sides.class);
        Arbitrary<Side> firstSide = Arbitraries.of(Side.class);
        Arbitrary<Directions> directions = Arbitraries.of(Directions.NONE,
                new Directions(List.of("clockwise", "anticlockwise"), Directions.Order.EACH),
                new Directions(List.of("up", "down"), Directions.Order.ALTERNATING));
        Arbitrary<Optional<Preparation>> preparation = Arbitraries.integers().between(0, 2)
                .map(n -> n == 0 ? Optional.empty() : Optional.of(new Preparation("warm-up", n)));
        Arbitrary<Pacing> pacing = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 2),
                Arbitraries.integers().between(0, 2)).as(Pacing::new);
        Arbitrary<Dose> doses = Combinators.combine(kinds, seconds, repetitions, sides, firstSide, directions,
                preparation).as((kind, s, n, side, first, dir, prep) -> new Dose(kind == Dose.Kind.HOLD ? s : 0,
                        kind == Dose.Kind.TIMED ? 1 : n, kind == Dose.Kind.TIMED ? s : 0, side,
                        side == Sides.NONE ? null : first, dir, OptionalInt.of(2), prep));
        return Combinators.combine(doses, pacing).as((dose, pace) -> Fixtures.exercise("x", dose, pace));
    }

    @Provide
    Arbitrary<PainRule> rules() {
        return Arbitraries.oneOf(Arbitraries.just(PainRule.anyIncrease()),
                Arbitraries.integers().between(0, 9).map(PainRule::limit));
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Action> advance = Arbitraries.integers().between(1, 9000).map(ms -> new Action(Action.Kind.ADVANCE, ms));
        Arbitrary<Action> rate = Arbitraries.integers().between(0, 10).map(r -> new Action(Action.Kind.RATE, r));
        Arbitrary<Action> speed = Arbitraries.of(1, 2, 4, 8).map(s -> new Action(Action.Kind.SPEED, s));
        Arbitrary<Action> simple = Arbitraries.of(Action.Kind.PAUSE, Action.Kind.SKIP, Action.Kind.NEXT_EXERCISE,
                Action.Kind.BACK, Action.Kind.DONE, Action.Kind.MANUAL_ON, Action.Kind.MANUAL_OFF, Action.Kind.PAIN,
                Action.Kind.CARRY_ON, Action.Kind.STOP_FOR_PAIN, Action.Kind.ESC, Action.Kind.CONFIRM_END,
                Action.Kind.CLOSE).map(kind -> new Action(kind, 0));
        Arbitrary<Action> any = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, advance), net.jqwik.api.Tuple.of(2, Arbitraries.just(
                        new Action(Action.Kind.CARRY_ON, 0))),
                net.jqwik.api.Tuple.of(1, rate), net.jqwik.api.Tuple.of(1, speed), net.jqwik.api.Tuple.of(6, simple));
        return any.list().ofMaxSize(60);
    }
}
