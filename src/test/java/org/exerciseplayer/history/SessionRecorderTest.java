package org.exerciseplayer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.SessionLog;
import org.exerciseplayer.session.SessionRunner;
import org.exerciseplayer.session.StopReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionRecorderTest {

    private static final Instant NINE = Instant.parse("2026-11-25T09:00:00Z");

    private final ManualClock clock = new ManualClock();
    private final InMemoryHistoryStore store = new InMemoryHistoryStore();
    private final List<String> problems = new ArrayList<>();
    private Catalogue hip;
    private SessionRunner runner;
    private SessionRecorder recorder;

    @BeforeEach
    void setUp() throws Exception {
        hip = BundledCatalogue.load();
    }

    private void start(HistoryStore history, String... ids) {
        Plan plan = Planner.plan(Routine.of(java.util.Arrays.stream(ids)
                .map(id -> hip.exercise(id).orElseThrow()).toList()));
        SessionLog log = new SessionLog(plan);
        runner = new SessionRunner(plan, clock);
        runner.addListener(log);
        recorder = new SessionRecorder(() -> history, hip, Optional.empty(), log, OptionalInt.of(4), Runnable::run,
                Clock.fixed(NINE, ZoneOffset.UTC), problems::add);
        runner.addListener(recorder);
        runner.start();
    }

    private void runToTheEnd() {
        while (runner.update().status() == SessionRunner.Status.RUNNING) {
            clock.advanceMillis(250);
        }
    }

    @Test
    void aCompletedSessionIsKeptWithEachExercisesCountsAndBothPainRatings() throws Exception {
        start(store, "inner-thigh-stretch", "hip-flexor-stretch");
        runToTheEnd();
        recorder.painAfter(2);

        SessionRecord session = store.sessions().get(0);
        assertThat(session.started()).isEqualTo(NINE);
        assertThat(session.catalogueId()).isEqualTo("hip");
        assertThat(session.ending()).isEqualTo(SessionRecord.Ending.COMPLETED);
        assertThat(session.painBefore()).hasValue(4);
        assertThat(session.painAfter()).hasValue(2);
        assertThat(session.exercises()).containsExactly(
                new ExerciseResult(0, "inner-thigh-stretch", "Inner thigh stretch", ExerciseResult.Outcome.DONE,
                        0, 0, 3, 3),
                new ExerciseResult(1, "hip-flexor-stretch", "Hip flexor stretch", ExerciseResult.Outcome.DONE,
                        3, 3, 0, 3));
        assertThat(problems).isEmpty();
    }

    @Test
    void eachFinishedExerciseIsWrittenBeforeTheSessionEnds() throws Exception {
        start(store, "inner-thigh-stretch", "clam");
        while (runner.update().exerciseIndex() == 0) {
            clock.advanceMillis(250);
        }

        SessionRecord session = store.sessions().get(0);
        assertThat(session.ending()).isEqualTo(SessionRecord.Ending.INTERRUPTED);
        assertThat(session.exercises()).singleElement()
                .extracting(ExerciseResult::outcome).isEqualTo(ExerciseResult.Outcome.DONE);
    }

    @Test
    void aPainStopRecordsTheExerciseAsStoppedAndWhereItHappened() throws Exception {
        start(store, "inner-thigh-stretch", "hip-flexor-stretch");
        clock.advanceMillis((10 + 20 + 5 + 20 + 5 + 3) * 1000L);
        runner.update();
        runner.stop(StopReason.PAIN);

        SessionRecord session = store.sessions().get(0);
        assertThat(session.ending()).isEqualTo(SessionRecord.Ending.PAIN_STOP);
        assertThat(session.painStop()).contains(new PainStop("inner-thigh-stretch", "Inner thigh stretch", "hold",
                "", 3, 3));
        assertThat(session.exercises()).singleElement().satisfies(result -> {
            assertThat(result.outcome()).isEqualTo(ExerciseResult.Outcome.STOPPED);
            assertThat(result.doneWithoutSide()).isEqualTo(2);
        });
    }

    @Test
    void aPainStopAboveAPhysiosLimitKeepsTheRating() throws Exception {
        start(store, "inner-thigh-stretch", "hip-flexor-stretch");
        OptionalInt[] rating = {OptionalInt.empty()};
        recorder.painStopRatingFrom(() -> rating[0]);
        clock.advanceMillis(15_000);
        runner.update();
        rating[0] = OptionalInt.of(7);
        runner.stop(StopReason.PAIN);

        assertThat(store.sessions().get(0).painStop()).hasValueSatisfying(stop ->
                assertThat(stop.rating()).isEqualTo(OptionalInt.of(7)));
    }

    @Test
    void aSkippedExerciseIsKeptAsSkipped() throws Exception {
        start(store, "inner-thigh-stretch", "clam");
        runner.skipExercise();
        runner.stop(StopReason.USER);

        SessionRecord session = store.sessions().get(0);
        assertThat(session.ending()).isEqualTo(SessionRecord.Ending.STOPPED);
        assertThat(session.painStop()).isEmpty();
        assertThat(session.exercises()).extracting(ExerciseResult::outcome)
                .containsExactly(ExerciseResult.Outcome.SKIPPED, ExerciseResult.Outcome.STOPPED);
    }

    @Test
    void aFailingStoreIsReportedOnceAndTheSessionCarriesOn() {
        HistoryStore failing = new FailingStore("The history file /data/history.db could not be written: disk full");
        start(failing, "inner-thigh-stretch", "hip-flexor-stretch");
        runToTheEnd();

        assertThat(problems).containsExactly("The history file /data/history.db could not be written: disk full");
        assertThat(runner.state().status()).isEqualTo(SessionRunner.Status.FINISHED);
    }

    /** A store whose every write fails, as on a full disk. */
    private record FailingStore(String message) implements HistoryStore {
        @Override
        public long sessionStarted(Instant at, String catalogueId, String catalogueTitle, Optional<String> routine,
                                   OptionalInt painBefore) throws HistoryException {
            return 1;
        }

        @Override
        public void exerciseFinished(long sessionId, ExerciseResult result) throws HistoryException {
            throw new HistoryException(message);
        }

        @Override
        public void sessionEnded(long sessionId, Instant at, SessionRecord.Ending ending,
                                 Optional<PainStop> painStop) throws HistoryException {
            throw new HistoryException(message);
        }

        @Override
        public void painAfter(long sessionId, int pain) throws HistoryException {
            throw new HistoryException(message);
        }

        @Override
        public List<SessionRecord> sessions() {
            return List.of();
        }

        @Override
        public List<SessionRecord> sessionsBetween(Instant from, Instant to) {
            return List.of();
        }

        @Override
        public void close() {
        }
    }
}
