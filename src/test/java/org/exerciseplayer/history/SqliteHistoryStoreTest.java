package org.exerciseplayer.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.history.ExerciseResult.Outcome;
import org.exerciseplayer.history.SessionRecord.Ending;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteHistoryStoreTest {

    static final Instant MORNING = Instant.parse("2026-03-02T08:15:30.123Z");

    @TempDir
    Path folder;
    SqliteHistoryStore store;

    @BeforeEach
    void open() throws Exception {
        store = SqliteHistoryStore.open(folder);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static ExerciseResult result(int position, Outcome outcome) {
        return new ExerciseResult(position, "ex-" + position, "Exercise " + position, outcome, position + 1,
                position + 2, position + 3, 10);
    }

    @Test
    void nextMorningChecksComeBackAfterReopeningOldestFirst() throws Exception {
        MorningCheck worse = MorningCheck.answered(MORNING.plusSeconds(86_400), java.time.LocalDate.of(2026, 3, 3),
                "hip", MorningCheck.Answer.WORSE);
        MorningCheck rated = MorningCheck.rated(MORNING, java.time.LocalDate.of(2026, 3, 2), "hip", 2,
                OptionalInt.empty());
        store.morningCheck(worse);
        store.morningCheck(rated);
        store.close();

        store = SqliteHistoryStore.open(folder);

        assertThat(store.morningChecks()).containsExactly(rated, worse);
        assertThat(rated.answer()).isEqualTo(MorningCheck.Answer.RATED);
        assertThat(rated.rating()).hasValue(2);
    }

    @Test
    void everyFieldComesBackAfterReopening() throws Exception {
        long id = store.sessionStarted(MORNING, "hip", "Hip after surgery", Optional.of("Morning"),
                OptionalInt.of(3));
        store.exerciseFinished(id, result(0, Outcome.DONE));
        store.exerciseFinished(id, result(1, Outcome.SKIPPED));
        store.exerciseFinished(id, result(2, Outcome.STOPPED));
        store.exerciseFinished(id, result(3, Outcome.NOT_REACHED));
        StopPlace stop = new StopPlace("ex-2", "Exercise 2", "hold", "left", 4, 10, OptionalInt.of(6));
        store.sessionEnded(id, MORNING.plusSeconds(600), Ending.PAIN_STOP, Optional.of(stop));
        store.painAfter(id, 5);
        long plain = store.sessionStarted(MORNING.plusSeconds(3600), "knee", "Knee", Optional.empty(),
                OptionalInt.empty());
        store.sessionEnded(plain, MORNING.plusSeconds(4000), Ending.COMPLETED, Optional.empty());
        store.close();

        store = SqliteHistoryStore.open(folder);
        assertThat(store.sessions()).containsExactly(
                new SessionRecord(id, MORNING, Optional.of(MORNING.plusSeconds(600)), "hip", "Hip after surgery",
                        Optional.of("Morning"), OptionalInt.of(3), OptionalInt.of(5), Ending.PAIN_STOP,
                        List.of(result(0, Outcome.DONE), result(1, Outcome.SKIPPED), result(2, Outcome.STOPPED),
                                result(3, Outcome.NOT_REACHED)), Optional.of(stop)),
                new SessionRecord(plain, MORNING.plusSeconds(3600), Optional.of(MORNING.plusSeconds(4000)), "knee",
                        "Knee", Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Ending.COMPLETED,
                        List.of(), Optional.empty()));
        assertThat(store.recoveryNote()).isEmpty();
    }

    @Test
    void everyEndingIsKept() throws Exception {
        for (Ending ending : Ending.values()) {
            long id = store.sessionStarted(MORNING, "hip", "Hip", Optional.empty(), OptionalInt.empty());
            store.sessionEnded(id, MORNING.plusSeconds(1), ending, Optional.empty());
        }
        assertThat(store.sessions()).extracting(SessionRecord::ending).containsExactly(Ending.values());
    }

    @Test
    void timesAreKeptToTheMillisecond() throws Exception {
        store.sessionStarted(Instant.parse("2026-03-02T08:15:30.123456789Z"), "hip", "Hip", Optional.empty(),
                OptionalInt.empty());
        assertThat(store.sessions().get(0).started()).isEqualTo(Instant.parse("2026-03-02T08:15:30.123Z"));
    }

    @Test
    void recordingAnExerciseAgainReplacesIt() throws Exception {
        long id = store.sessionStarted(MORNING, "hip", "Hip", Optional.empty(), OptionalInt.empty());
        store.exerciseFinished(id, result(0, Outcome.STOPPED));
        store.exerciseFinished(id, result(1, Outcome.DONE));
        ExerciseResult again = new ExerciseResult(0, "ex-0", "Exercise 0", Outcome.DONE, 10, 10, 0, 10);
        store.exerciseFinished(id, again);

        assertThat(store.sessions().get(0).exercises()).containsExactly(again, result(1, Outcome.DONE));
    }

    @Test
    void aSessionThatNeverEndedReadsAsInterrupted() throws Exception {
        long id = store.sessionStarted(MORNING, "hip", "Hip", Optional.empty(), OptionalInt.of(2));
        store.exerciseFinished(id, result(0, Outcome.DONE));

        SessionRecord session = store.sessions().get(0);
        assertThat(session.ending()).isEqualTo(Ending.INTERRUPTED);
        assertThat(session.ended()).isEmpty();
        assertThat(session.exercises()).hasSize(1);
    }

    @Test
    void sessionsComeOldestFirstWithTheirOwnExercises() throws Exception {
        long late = store.sessionStarted(MORNING.plusSeconds(7200), "hip", "Late", Optional.empty(),
                OptionalInt.empty());
        long early = store.sessionStarted(MORNING, "hip", "Early", Optional.empty(), OptionalInt.empty());
        long middle = store.sessionStarted(MORNING.plusSeconds(3600), "hip", "Middle", Optional.empty(),
                OptionalInt.empty());
        store.exerciseFinished(late, result(1, Outcome.DONE));
        store.exerciseFinished(early, result(2, Outcome.DONE));
        store.exerciseFinished(late, result(0, Outcome.DONE));

        List<SessionRecord> sessions = store.sessions();
        assertThat(sessions).extracting(SessionRecord::id).containsExactly(early, middle, late);
        assertThat(sessions.get(0).exercises()).containsExactly(result(2, Outcome.DONE));
        assertThat(sessions.get(1).exercises()).isEmpty();
        assertThat(sessions.get(2).exercises()).containsExactly(result(0, Outcome.DONE), result(1, Outcome.DONE));
    }

    @Test
    void sessionsBetweenIncludesTheStartAndExcludesTheEnd() throws Exception {
        for (int day = 0; day < 5; day++) {
            long id = store.sessionStarted(MORNING.plus(Duration.ofDays(day)), "hip", "Day " + day, Optional.empty(),
                    OptionalInt.empty());
            store.exerciseFinished(id, result(day, Outcome.DONE));
        }
        List<SessionRecord> found = store.sessionsBetween(MORNING.plus(Duration.ofDays(1)),
                MORNING.plus(Duration.ofDays(3)));

        assertThat(found).extracting(SessionRecord::catalogueTitle).containsExactly("Day 1", "Day 2");
        assertThat(found).flatExtracting(SessionRecord::exercises)
                .containsExactly(result(1, Outcome.DONE), result(2, Outcome.DONE));
        assertThat(store.sessionsBetween(Instant.MIN, Instant.MAX)).hasSize(5);
        assertThat(store.sessionsBetween(MORNING.plusMillis(1), MORNING.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void anUnknownSessionIsReportedNotInvented() throws Exception {
        assertThatThrownBy(() -> store.exerciseFinished(42, result(0, Outcome.DONE)))
                .isInstanceOf(HistoryException.class).hasMessageContaining("no session 42");
        assertThatThrownBy(() -> store.sessionEnded(42, MORNING, Ending.COMPLETED, Optional.empty()))
                .isInstanceOf(HistoryException.class).hasMessageContaining("no session 42");
        assertThatThrownBy(() -> store.painAfter(42, 1))
                .isInstanceOf(HistoryException.class).hasMessageContaining("no session 42");
        assertThat(store.sessions()).isEmpty();
    }

    @Test
    void twoStoresOnOneFileBothWriteAndNothingIsLost() throws Exception {
        try (SqliteHistoryStore other = SqliteHistoryStore.open(folder)) {
            for (int i = 0; i < 10; i++) {
                long mine = store.sessionStarted(MORNING.plusSeconds(2 * i), "hip", "first", Optional.empty(),
                        OptionalInt.empty());
                long theirs = other.sessionStarted(MORNING.plusSeconds(2 * i + 1), "hip", "second", Optional.empty(),
                        OptionalInt.empty());
                store.exerciseFinished(mine, result(0, Outcome.DONE));
                other.exerciseFinished(theirs, result(0, Outcome.DONE));
                other.exerciseFinished(theirs, result(1, Outcome.DONE));
                store.exerciseFinished(mine, result(1, Outcome.SKIPPED));
                store.sessionEnded(mine, MORNING.plusSeconds(100), Ending.COMPLETED, Optional.empty());
                other.sessionEnded(theirs, MORNING.plusSeconds(100), Ending.STOPPED, Optional.empty());
            }
            assertThat(other.sessions()).isEqualTo(store.sessions());
        }
        List<SessionRecord> sessions = store.sessions();
        assertThat(sessions).hasSize(20);
        assertThat(sessions).extracting(SessionRecord::catalogueTitle).containsSequence("first", "second", "first");
        assertThat(sessions).allSatisfy(s -> assertThat(s.exercises()).hasSize(2));
        assertThat(sessions).extracting(SessionRecord::id).doesNotHaveDuplicates();
    }

    @Test
    void aFullDiskFailsTheWriteWithAMessageAndKeepsWhatWasSaved() throws Exception {
        long id = store.sessionStarted(MORNING, "hip", "Hip", Optional.empty(), OptionalInt.empty());
        store.exerciseFinished(id, result(0, Outcome.DONE));
        store.limitPagesForTest(1); // SQLite clamps this to the current size: the next new page is refused

        HistoryException failure = null;
        for (int position = 1; position < 5_000 && failure == null; position++) {
            try {
                store.exerciseFinished(id, new ExerciseResult(position, "x".repeat(200), "y".repeat(200),
                        Outcome.DONE, 1, 1, 1, 1));
            } catch (HistoryException e) {
                failure = e;
            }
        }

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).contains(folder.resolve("history.db").toString())
                .contains("the disk is full").contains("what was saved before is kept");
        store.close();
        store = SqliteHistoryStore.open(folder);
        assertThat(store.sessions().get(0).exercises()).startsWith(result(0, Outcome.DONE));
    }
}
