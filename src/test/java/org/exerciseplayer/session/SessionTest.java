package org.exerciseplayer.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Directions;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Pacing;
import org.exerciseplayer.catalogue.Sides;
import org.junit.jupiter.api.Test;

/** The session's rules, in virtual time: its questions, its pain rule and what its ledger says was done. */
class SessionTest {

    private final ManualClock clock = new ManualClock();
    private final Catalogue catalogue = Fixtures.hipLikeCatalogue();
    private final List<SessionEvent> events = new ArrayList<>();
    private Session session;

    private Session start(PainRule rule, Exercise... exercises) {
        session = new Session(new SessionSetup(catalogue, Routine.of(List.of(exercises)), List.of(), rule,
                Optional.empty()), clock);
        session.addListener(events::add);
        session.start(OptionalInt.empty());
        return session;
    }

    private Session start(Exercise... exercises) {
        return start(PainRule.anyIncrease(), exercises);
    }

    private void advance(double seconds) {
        clock.advanceMillis(Math.round(seconds * 1000));
        session.update();
    }

    /** Runs to the end of the current exercise, answers nothing: the session then holds at the check. */
    private void runThroughExercise() {
        int exercise = session.state().exerciseIndex();
        while (!session.isEnded() && session.question().isEmpty() && session.state().exerciseIndex() == exercise) {
            advance(0.5);
        }
    }

    private <T extends SessionEvent> List<T> eventsOf(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void theCheckHoldsBeforeTheNextExerciseAndNothingOfItRunsHoweverLateTheNextFrame() {
        start(Fixtures.innerThighStretch(), Fixtures.clam());
        advance(5 + 3 * 20 + 2 * 5 + 0.2);

        assertThat(session.question()).contains(new Question.BetweenExercises(1));
        assertThat(session.state().isPaused()).isTrue();
        advance(3600);
        assertThat(session.record(1).outcome()).isEqualTo(ExerciseOutcome.NOT_REACHED);
        assertThat(session.state().phaseRemainingMillis()).isEqualTo(5_000);

        session.carryOn();
        assertThat(session.question()).isEmpty();
        assertThat(session.record(1).outcome()).isEqualTo(ExerciseOutcome.UNDER_WAY);
        advance(1);
        assertThat(session.state().phaseRemainingMillis()).isEqualTo(4_000);
    }

    @Test
    void aFrameAfterALongFreezeStillStopsAtTheCheck() {
        start(Fixtures.innerThighStretch(), Fixtures.clam(), Fixtures.hipFlexorStretch());
        advance(10_000);

        assertThat(session.question()).contains(new Question.BetweenExercises(1));
        assertThat(session.record(0).outcome()).isEqualTo(ExerciseOutcome.DONE);
        assertThat(session.records()).extracting(ExerciseRecord::outcome).containsExactly(ExerciseOutcome.DONE,
                ExerciseOutcome.NOT_REACHED, ExerciseOutcome.NOT_REACHED);
    }

    @Test
    void anExerciseDoneThenGoneBackIntoAndLeftEarlyStaysDone() {
        // The case: lower back rotations played to the end, Left twice in the next, then Shift+Right.
        start(Fixtures.lowerBackRotations(), Fixtures.clam());
        runThroughExercise();
        session.carryOn();
        advance(2);
        session.back();
        session.back();
        assertThat(session.state().exerciseIndex()).isZero();
        advance(3);
        session.skipExercise();

        ExerciseRecord rotations = session.record(0);
        assertThat(rotations.outcome()).isEqualTo(ExerciseOutcome.DONE);
        assertThat(rotations.doneRight()).isEqualTo(10);
        assertThat(rotations.doneLeft()).isEqualTo(10);
        assertThat(eventsOf(SessionEvent.ExerciseFinished.class)).filteredOn(e -> e.record().index() == 0)
                .extracting(e -> e.record().outcome()).containsExactly(ExerciseOutcome.DONE);
    }

    @Test
    void goingBackNeverAddsTwoPassesTogether() {
        start(Fixtures.hipFlexorStretch());
        // Left side first in the fixtures: get ready 5, then hold 20, rest 5, hold 20: two holds done.
        advance(5 + 20 + 5 + 20 + 1);
        session.back();
        advance(5 + 20 + 5 + 20 + 5 + 20 + 1);

        ExerciseRecord record = session.record(0);
        assertThat(record.doneLeft()).as("three distinct holds, not 2 + 3").isEqualTo(3);
        assertThat(record.planned()).isEqualTo(3);
    }

    /**
     * The property test's shrunk case for a ledger that counted a repetition each time it was completed: one paced
     * repetition in each of two directions, the first done, then back and played again. Counted twice, the exercise
     * would be "done" with one direction never done, and "2 of 2" would be one repetition done twice.
     */
    @Test
    void aRepetitionDoneAgainAfterGoingBackIsCountedOnce() {
        Exercise circles = Fixtures.exercise("circles", Fixtures.withDirections(Fixtures.reps(1, Sides.NONE),
                new Directions(List.of("clockwise", "anticlockwise"), Directions.Order.EACH)),
                new Pacing(1, 1, 2, 0));
        start(circles);
        advance(4.125);
        session.back();
        assertThat(session.record(0).doneWithoutSide()).isEqualTo(1);
        assertThat(session.record(0).outcome()).isEqualTo(ExerciseOutcome.UNDER_WAY);
        advance(1 + 2 + 0.5);

        assertThat(session.record(0).doneWithoutSide()).isEqualTo(1);
        assertThat(session.record(0).outcome()).isEqualTo(ExerciseOutcome.UNDER_WAY);
    }

    @Test
    void doneAcrossTwoPassesCountsEachRepetitionOnce() {
        start(Fixtures.innerThighStretch());
        advance(5 + 20 + 1);
        session.back();
        session.skipPhase();
        session.skipPhase();
        session.skipPhase();
        advance(20 + 5 + 20 + 0.5);

        assertThat(session.isEnded()).isTrue();
        ExerciseRecord record = session.summary().orElseThrow().exercises().get(0);
        assertThat(record.outcome()).isEqualTo(ExerciseOutcome.DONE);
        assertThat(record.doneWithoutSide()).isEqualTo(3);
    }

    @Test
    void theExerciseUnderWayAtAStopIsStoppedDuringWithWhere() {
        start(Fixtures.innerThighStretch(), Fixtures.clam());
        advance(5 + 20 + 5 + 3);
        session.requestEnd();
        assertThat(session.question()).contains(new Question.EndSession());
        session.confirmEnd();

        SessionSummary summary = session.summary().orElseThrow();
        assertThat(summary.ending()).isEqualTo(SessionSummary.Ending.STOPPED);
        ExerciseRecord stopped = summary.exercises().get(0);
        assertThat(stopped.outcome()).isEqualTo(ExerciseOutcome.STOPPED_DURING);
        assertThat(stopped.doneWithoutSide()).isEqualTo(1);
        assertThat(stopped.stoppedAt()).hasValueSatisfying(where -> {
            assertThat(where.phase().orElseThrow().kind()).isEqualTo(Phase.Kind.HOLD);
            assertThat(where.phase().orElseThrow().repetition()).isEqualTo(2);
        });
        assertThat(summary.exercises().get(1).outcome()).isEqualTo(ExerciseOutcome.NOT_REACHED);
        assertThat(events).last().isInstanceOf(SessionEvent.Ended.class);
    }

    @Test
    void escAsksFirstAndAnyOtherAnswerCarriesOnExactlyWhereItWas() {
        start(Fixtures.innerThighStretch());
        advance(5 + 7);
        session.requestEnd();
        advance(60);
        assertThat(session.state().phaseRemainingMillis()).isEqualTo(13_000);

        session.carryOn();
        assertThat(session.question()).isEmpty();
        assertThat(session.state().isPaused()).isFalse();
        advance(1);
        assertThat(session.state().phaseRemainingMillis()).isEqualTo(12_000);
    }

    @Test
    void aSecondEscEndsTheSession() {
        start(Fixtures.innerThighStretch());
        session.requestEnd();
        session.requestEnd();

        assertThat(session.summary()).hasValueSatisfying(s ->
                assertThat(s.ending()).isEqualTo(SessionSummary.Ending.STOPPED));
    }

    @Test
    void escOverTheCheckComesBackToTheCheck() {
        start(Fixtures.innerThighStretch(), Fixtures.clam());
        runThroughExercise();
        session.requestEnd();
        assertThat(session.question()).contains(new Question.EndSession());

        session.carryOn();
        assertThat(session.question()).contains(new Question.BetweenExercises(1));
        session.requestEnd();
        session.confirmEnd();
        SessionSummary summary = session.summary().orElseThrow();
        assertThat(summary.stop()).hasValueSatisfying(where -> {
            assertThat(where.atCheck()).isTrue();
            assertThat(where.exerciseId()).isEqualTo("clam");
        });
        assertThat(summary.exercises()).extracting(ExerciseRecord::outcome)
                .containsExactly(ExerciseOutcome.DONE, ExerciseOutcome.NOT_REACHED);
    }

    @Test
    void painPausesAtOnceAndNoCarriesOnExactlyWhereItWas() {
        start(Fixtures.innerThighStretch());
        advance(5 + 5);
        session.reportPain();
        assertThat(session.question()).contains(new Question.PainWorse());
        assertThat(eventsOf(SessionEvent.Paused.class)).hasSize(1);
        advance(100);
        session.togglePause();
        assertThat(session.state().isPaused()).as("space does not resume behind the question").isTrue();

        session.carryOn();
        assertThat(session.state().isPaused()).isFalse();
        assertThat(session.state().phaseRemainingMillis()).isEqualTo(15_000);
        assertThat(eventsOf(SessionEvent.Resumed.class)).hasSize(1);
    }

    @Test
    void aQuestionThatPausesSaysPausedFirstSoThatWhatFollowsIsNotCutShort() {
        start(Fixtures.innerThighStretch(), Fixtures.clam());
        advance(3);
        session.reportPain();
        session.carryOn();
        session.requestEnd();
        session.carryOn();
        runThroughExercise();

        List<SessionEvent> pausesAndQuestions = events.stream().filter(e -> e instanceof SessionEvent.Paused
                || e instanceof SessionEvent.Asked).toList();
        assertThat(pausesAndQuestions).containsExactly(new SessionEvent.Paused(),
                new SessionEvent.Asked(new Question.PainWorse()), new SessionEvent.Paused(),
                new SessionEvent.Asked(new Question.EndSession()), new SessionEvent.Paused(),
                new SessionEvent.Asked(new Question.BetweenExercises(1)));
    }

    @Test
    void painWhilePausedCarriesOnPaused() {
        start(Fixtures.innerThighStretch());
        session.pause();
        session.reportPain();
        session.carryOn();

        assertThat(session.state().isPaused()).isTrue();
    }

    @Test
    void painAtTheCheckUnderTheLeafletsRuleIsAPainStopAtTheCheck() {
        start(Fixtures.innerThighStretch(), Fixtures.clam());
        runThroughExercise();
        session.reportPain();

        SessionSummary summary = session.summary().orElseThrow();
        assertThat(summary.ending()).isEqualTo(SessionSummary.Ending.PAIN_STOP);
        assertThat(summary.stop().orElseThrow().atCheck()).isTrue();
        assertThat(summary.exercises().get(0).outcome()).isEqualTo(ExerciseOutcome.DONE);
    }

    @Test
    void underALimitANumberAboveItStopsWithTheRatingAndOneAtItGoesOn() {
        start(PainRule.limit(3), Fixtures.innerThighStretch(), Fixtures.clam(), Fixtures.hipFlexorStretch());
        runThroughExercise();
        session.ratePain(3);
        assertThat(session.question()).isEmpty();
        assertThat(session.state().exerciseIndex()).isEqualTo(1);
        advance(2);
        session.reportPain();
        session.ratePain(5);

        SessionSummary summary = session.summary().orElseThrow();
        assertThat(summary.ending()).isEqualTo(SessionSummary.Ending.PAIN_STOP);
        assertThat(summary.painAtStop()).hasValue(5);
        assertThat(summary.ratings()).containsExactly(new PainRating(PainRating.Moment.CHECK, 3, 0),
                new PainRating(PainRating.Moment.DURING, 5, 1));
        assertThat(eventsOf(SessionEvent.Stopped.class)).singleElement()
                .satisfies(stopped -> assertThat(stopped.rating()).hasValue(5));
        assertThat(summary.exercises().get(1).outcome()).isEqualTo(ExerciseOutcome.STOPPED_DURING);
    }

    @Test
    void underTheLeafletsRuleANumberIsIgnored() {
        start(Fixtures.innerThighStretch());
        session.reportPain();
        session.ratePain(9);

        assertThat(session.isEnded()).isFalse();
        assertThat(session.question()).contains(new Question.PainWorse());
    }

    @Test
    void navigationWaitsWhileAQuestionIsAsked() {
        start(Fixtures.innerThighStretch(), Fixtures.clam());
        runThroughExercise();
        session.skipPhase();
        session.back();
        session.skipExercise();

        assertThat(session.question()).contains(new Question.BetweenExercises(1));
        assertThat(session.record(1).outcome()).isEqualTo(ExerciseOutcome.NOT_REACHED);
    }

    @Test
    void skippingAnExerciseMarksItSkippedWithWhatWasDone() {
        start(Fixtures.hipFlexorStretch(), Fixtures.innerThighStretch());
        advance(5 + 20 + 0.5);
        session.skipExercise();
        session.carryOn();
        runThroughExercise();

        SessionSummary summary = session.summary().orElseThrow();
        assertThat(summary.exercises().get(0).outcome()).isEqualTo(ExerciseOutcome.SKIPPED);
        assertThat(summary.exercises().get(0).doneLeft()).isEqualTo(1);
        assertThat(summary.exercises().get(1).outcome()).isEqualTo(ExerciseOutcome.DONE);
        assertThat(summary.ending()).isEqualTo(SessionSummary.Ending.COMPLETED);
    }

    @Test
    void aSkippedExerciseDoneLaterIsDoneAndSaidAgain() {
        start(Fixtures.innerThighStretch(), Fixtures.clam());
        session.skipExercise();
        assertThat(session.record(0).outcome()).isEqualTo(ExerciseOutcome.SKIPPED);
        session.carryOn();
        session.back();
        session.back();
        runThroughExercise();

        assertThat(session.record(0).outcome()).isEqualTo(ExerciseOutcome.DONE);
        assertThat(eventsOf(SessionEvent.ExerciseFinished.class)).extracting(e -> e.record().outcome())
                .containsExactly(ExerciseOutcome.SKIPPED, ExerciseOutcome.SKIPPED, ExerciseOutcome.DONE);
    }

    @Test
    void preparationMovementsAreNotNeededForDone() {
        start(Fixtures.donkeyKicks());
        advance(5);
        for (int i = 0; i < 4; i++) {
            session.skipPhase();
        }
        runThroughExercise();

        assertThat(session.summary().orElseThrow().exercises().get(0).outcome()).isEqualTo(ExerciseOutcome.DONE);
    }

    @Test
    void thePainAfterIsAnEventAfterTheEnd() {
        start(Fixtures.innerThighStretch());
        session.close();
        session.ratePainAfter(2);

        assertThat(events).last().isEqualTo(new SessionEvent.PainRated(new PainRating(PainRating.Moment.AFTER, 2,
                -1)));
        assertThat(session.summary().orElseThrow().ending()).isEqualTo(SessionSummary.Ending.CLOSED);
    }

    @Test
    void eventsComeInOrderAndTheEndIsLast() {
        start(Fixtures.innerThighStretch());
        runThroughExercise();

        assertThat(events.get(0)).isEqualTo(new SessionEvent.Started(OptionalInt.empty()));
        assertThat(eventsOf(SessionEvent.ExerciseFinished.class)).singleElement()
                .satisfies(e -> assertThat(e.record().outcome()).isEqualTo(ExerciseOutcome.DONE));
        assertThat(events).last().isInstanceOf(SessionEvent.Ended.class);
        assertThat(eventsOf(SessionEvent.Asked.class)).isEmpty();
    }

    @Test
    void aListenerMayCallCommandsAndTheirEventsFollow() {
        session = new Session(SessionSetup.of(catalogue, Routine.of(List.of(Fixtures.innerThighStretch(),
                Fixtures.clam()))), clock);
        session.addListener(events::add);
        session.addListener(event -> {
            if (event instanceof SessionEvent.Asked asked && asked.question() instanceof Question.BetweenExercises) {
                session.carryOn();
            }
        });
        session.start(OptionalInt.empty());
        runThroughExercise();
        advance(1);

        assertThat(session.state().exerciseIndex()).isEqualTo(1);
        int asked = events.indexOf(new SessionEvent.Asked(new Question.BetweenExercises(1)));
        int answered = events.indexOf(new SessionEvent.Answered(new Question.BetweenExercises(1)));
        assertThat(asked).isPositive().isLessThan(answered);
    }
}
