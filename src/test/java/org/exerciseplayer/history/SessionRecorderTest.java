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
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.Session;
import org.exerciseplayer.session.SessionSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionRecorderTest {

    private static final Instant NINE = Instant.parse("2026-11-25T09:00:00Z");

    private final ManualClock clock = new ManualClock();
    private final InMemoryHistoryStore store = new InMemoryHistoryStore();
    private final List<String> problems = new ArrayList<>();
    private Catalogue hip;
    private Session session;
    private SessionRecorder recorder;

    @BeforeEach
    void setUp() throws Exception {
        hip = BundledCatalogue.load();
    }

    private void start(HistoryStore history, String... ids) {
        start(history, PainRule.anyIncrease(), ids);
    }

    private void start(HistoryStore history, PainRule rule, String... ids) {
        Routine routine = Routine.of(java.util.Arrays.stream(ids).map(id -> hip.exercise(id).orElseThrow()).toList());
        session = new Session(new SessionSetup(hip, routine, List.of(), rule, Optional.empty()), clock);
        recorder = new SessionRecorder(() -> history, hip, Optional.empty(), Runnable::run,
                Clock.fixed(NINE, ZoneOffset.UTC), problems::add);
        session.addListener(recorder);
        session.start(OptionalInt.of(4));
    }

    /** Plays to the end, answering every check with "no worse, continue". */
    private void runToTheEnd() {
        while (!session.isEnded()) {
            clock.advanceMillis(250);
            session.update();
            session.carryOn();
        }
    }

    @Test
    void aCompletedSessionIsKeptWithEachExercisesCountsAndBothPainRatings() throws Exception {
        start(store, "inner-thigh-stretch", "hip-flexor-stretch");
        runToTheEnd();
        session.ratePainAfter(2);

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
        while (session.question().isEmpty()) {
            clock.advanceMillis(250);
            session.update();
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
        session.update();
        session.reportPain();
        session.stopForPain();

        SessionRecord session = store.sessions().get(0);
        assertThat(session.ending()).isEqualTo(SessionRecord.Ending.PAIN_STOP);
        assertThat(session.painStop()).contains(new StopPlace("inner-thigh-stretch", "Inner thigh stretch", "hold",
                "", 3, 3));
        assertThat(session.exercises()).singleElement().satisfies(result -> {
            assertThat(result.outcome()).isEqualTo(ExerciseResult.Outcome.STOPPED);
            assertThat(result.doneWithoutSide()).isEqualTo(2);
        });
    }

    @Test
    void aPainStopAboveAPhysiosLimitKeepsTheRating() throws Exception {
        start(store, PainRule.limit(4), "inner-thigh-stretch", "hip-flexor-stretch");
        clock.advanceMillis(15_000);
        session.update();
        session.reportPain();
        session.ratePain(7);

        assertThat(store.sessions().get(0).painStop()).hasValueSatisfying(stop ->
                assertThat(stop.rating()).isEqualTo(OptionalInt.of(7)));
    }

    @Test
    void aSkippedExerciseIsKeptAsSkippedAndAnEscStopSaysWhere() throws Exception {
        start(store, "inner-thigh-stretch", "clam");
        session.skipExercise();
        session.carryOn();
        clock.advanceMillis(12_000);
        session.update();
        session.requestEnd();
        session.confirmEnd();

        SessionRecord kept = store.sessions().get(0);
        assertThat(kept.ending()).isEqualTo(SessionRecord.Ending.STOPPED);
        assertThat(kept.painStop()).isEmpty();
        assertThat(kept.stopPlace()).contains(new StopPlace("clam", "Clam exercise", "rep", "right", 1, 20));
        assertThat(kept.exercises()).extracting(ExerciseResult::outcome)
                .containsExactly(ExerciseResult.Outcome.SKIPPED, ExerciseResult.Outcome.STOPPED);
    }

    @Test
    void aFailingStoreIsReportedOnceAndTheSessionCarriesOn() {
        HistoryStore failing = new FailingStore("The history file /data/history.db could not be written: disk full");
        start(failing, "inner-thigh-stretch", "hip-flexor-stretch");
        runToTheEnd();

        assertThat(problems).containsExactly("The history file /data/history.db could not be written: disk full");
        assertThat(session.summary()).isPresent();
    }

    /** Retries as the app's timer would run them, here when the test says. */
    static final class ManualRetries implements SessionRecorder.Retries {
        final List<java.time.Duration> delays = new ArrayList<>();
        final java.util.ArrayDeque<Runnable> due = new java.util.ArrayDeque<>();

        @Override
        public void after(java.time.Duration delay, Runnable retry) {
            delays.add(delay);
            due.add(retry);
        }

        void runDue() {
            List<Runnable> now = new ArrayList<>(due);
            due.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void aDiskThatFillsAfterTheThirdExerciseLosesNothingAndIsToldOnceThenSavedOnceThereIsRoom() throws Exception {
        FillingHistoryStore disk = new FillingHistoryStore();
        disk.fillAfterExercises = 3;
        ManualRetries retries = new ManualRetries();
        List<SessionRecorder.Keeping> told = new ArrayList<>();
        List<String> ids = hip.exercises().stream().map(e -> e.id()).toList();
        Routine routine = Routine.of(hip.exercises());
        session = new Session(new SessionSetup(hip, routine, List.of(), PainRule.anyIncrease(), Optional.empty()),
                clock);
        recorder = new SessionRecorder(() -> disk, hip, Optional.empty(), Runnable::run,
                Clock.fixed(NINE, ZoneOffset.UTC), problems::add, retries);
        recorder.addKeepingListener(told::add);
        session.addListener(recorder);
        session.start(OptionalInt.of(4));
        runToTheEnd();
        session.ratePainAfter(3);

        assertThat(ids).hasSize(14);
        assertThat(disk.sessions().get(0).exercises()).as("what the disk took").hasSize(3);
        assertThat(problems).as("told once, in the store's words").containsExactly(FillingHistoryStore.FULL);
        assertThat(recorder.keeping()).isEqualTo(new SessionRecorder.Keeping(
                SessionRecorder.Keeping.State.NOT_SAVED_YET, FillingHistoryStore.FULL, Optional.empty()));
        SessionRecord held = recorder.record();
        assertThat(held.exercises()).as("held in memory").hasSize(14)
                .allSatisfy(e -> assertThat(e.outcome()).isEqualTo(ExerciseResult.Outcome.DONE));
        assertThat(held.ending()).isEqualTo(SessionRecord.Ending.COMPLETED);
        assertThat(held.painAfter()).hasValue(3);
        assertThat(retries.delays).containsExactly(java.time.Duration.ofSeconds(5));

        retries.runDue(); // still full: tried, and tried again later
        assertThat(recorder.keeping().state()).isEqualTo(SessionRecorder.Keeping.State.NOT_SAVED_YET);
        assertThat(retries.delays).containsExactly(java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(10));

        disk.full = false;
        retries.runDue();

        assertThat(recorder.keeping().isSaved()).isTrue();
        SessionRecord kept = disk.sessions().get(0);
        assertThat(kept.exercises()).isEqualTo(held.exercises());
        assertThat(kept.ending()).isEqualTo(SessionRecord.Ending.COMPLETED);
        assertThat(kept.ended()).isEqualTo(held.ended());
        assertThat(kept.painBefore()).hasValue(4);
        assertThat(kept.painAfter()).hasValue(3);
        assertThat(told).extracting(SessionRecorder.Keeping::state).containsExactly(
                SessionRecorder.Keeping.State.NOT_SAVED_YET, SessionRecorder.Keeping.State.SAVED);
        assertThat(problems).hasSize(1);
        assertThat(retries.due).isEmpty();
    }

    @Test
    void aHistoryThatCannotKeepSessionsSaysSoFromTheStartAndHoldsTheWholeSession() {
        String why = "The history folder /data could not be written: permission denied; your sessions will not be "
                + "kept until this is fixed.";
        start(new NotKeptHistoryStore(Optional.empty(), why), "inner-thigh-stretch", "hip-flexor-stretch");

        assertThat(recorder.keeping()).isEqualTo(new SessionRecorder.Keeping(SessionRecorder.Keeping.State.NOT_KEPT,
                why, Optional.empty()));
        runToTheEnd();
        assertThat(recorder.record().exercises()).hasSize(2);
        assertThat(problems).as("not a failed write: home and the end screen say it").isEmpty();
    }

    @Test
    void unsavedSessionsListThoseNotInTheHistoryAndTryThemAgain() {
        FillingHistoryStore disk = new FillingHistoryStore();
        UnsavedSessions unsaved = new UnsavedSessions();
        int[] changes = {0};
        unsaved.addListener(() -> changes[0]++);
        start(disk, "inner-thigh-stretch");
        unsaved.add(recorder);
        assertThat(unsaved.unsaved()).isEmpty();

        disk.full = true;
        runToTheEnd();
        assertThat(unsaved.unsaved()).containsExactly(recorder);
        recorder.savedTo("/home/sam/today.csv");
        assertThat(unsaved.unsaved().get(0).keeping().savedTo()).hasValue("/home/sam/today.csv");

        disk.full = false;
        unsaved.retry();
        assertThat(unsaved.unsaved()).isEmpty();
        assertThat(disk.sessions().get(0).ending()).isEqualTo(SessionRecord.Ending.COMPLETED);
        assertThat(changes[0]).isGreaterThanOrEqualTo(3);
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
                                 Optional<StopPlace> stopPlace) throws HistoryException {
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
