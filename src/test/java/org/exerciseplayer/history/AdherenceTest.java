package org.exerciseplayer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AdherenceTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate FIRST = LocalDate.of(2026, 12, 1);
    private final List<SessionRecord> sessions = new ArrayList<>();

    private void session(LocalDate day, int hour, SessionRecord.Ending ending, boolean anythingDone) {
        Instant at = day.atTime(hour, 30).atZone(LONDON).toInstant();
        sessions.add(new SessionRecord(sessions.size() + 1, at, Optional.of(at.plusSeconds(600)), "hip", "Hip",
                Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), ending,
                List.of(new ExerciseResult(0, "clam", "Clam", anythingDone ? ExerciseResult.Outcome.DONE
                        : ExerciseResult.Outcome.STOPPED, anythingDone ? 3 : 0, 0, 0, 10)),
                Optional.empty()));
    }

    @Test
    void onlyASessionPlayedToTheEndIsDoneAndAPainStopIsNever() {
        session(FIRST, 8, SessionRecord.Ending.COMPLETED, true);
        session(FIRST, 12, SessionRecord.Ending.PAIN_STOP, true);
        session(FIRST, 18, SessionRecord.Ending.STOPPED, true);
        session(FIRST, 20, SessionRecord.Ending.CLOSED, false);

        Adherence adherence = Adherence.of(sessions, LONDON, 2);

        assertThat(adherence.on(FIRST)).isEqualTo(new Adherence.Day(FIRST, 1, 1, 1));
        assertThat(sessions).extracting(Adherence::kind).containsExactly(Adherence.Kind.DONE,
                Adherence.Kind.STOPPED_FOR_PAIN, Adherence.Kind.STOPPED_EARLY, Adherence.Kind.NOTHING_DONE);
    }

    @Test
    void daysAreCountedFromTheFirstSessionNotBefore() {
        session(FIRST, 8, SessionRecord.Ending.COMPLETED, true);

        Adherence.Period period = Adherence.of(sessions, LONDON, 2).over(FIRST.minusDays(27), FIRST);

        assertThat(period.from()).isEqualTo(FIRST);
        assertThat(period.days()).isEqualTo(1);
        assertThat(period.done()).isEqualTo(1);
        assertThat(period.suggested()).isEqualTo(2);
        assertThat(period.percent()).isEqualTo(50);
        assertThat(Adherence.of(sessions, LONDON, 2).counts(FIRST.minusDays(1))).isFalse();
    }

    @Test
    void aSessionJustAfterMidnightBelongsToTheNewDayInThePersonsZone() {
        Instant halfPastMidnightInLondon = LocalDate.of(2026, 7, 2).atTime(0, 30).atZone(LONDON).toInstant();
        sessions.add(new SessionRecord(1, halfPastMidnightInLondon, Optional.empty(), "hip", "Hip", Optional.empty(),
                OptionalInt.empty(), OptionalInt.empty(), SessionRecord.Ending.COMPLETED, List.of(), Optional.empty()));

        assertThat(Adherence.day(sessions.get(0), LONDON)).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(Adherence.day(sessions.get(0), ZoneId.of("UTC"))).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void theStreakCountsDaysWithADoneSessionAndAPainStopBreaksNothingButCountsForNothing() {
        session(FIRST, 8, SessionRecord.Ending.COMPLETED, true);
        session(FIRST.plusDays(1), 8, SessionRecord.Ending.COMPLETED, true);
        session(FIRST.plusDays(2), 8, SessionRecord.Ending.PAIN_STOP, true);

        Adherence adherence = Adherence.of(sessions, LONDON, 2);

        assertThat(adherence.streak(FIRST.plusDays(1))).isEqualTo(2);
        assertThat(adherence.streak(FIRST.plusDays(2))).isEqualTo(2);
        assertThat(adherence.streak(FIRST.plusDays(3))).isZero();
    }
}
