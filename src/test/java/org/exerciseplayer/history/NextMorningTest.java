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

class NextMorningTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate YESTERDAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate TODAY = YESTERDAY.plusDays(1);
    private final List<SessionRecord> sessions = new ArrayList<>();

    private void session(LocalDate day, int hour, Integer before, SessionRecord.Ending ending) {
        Instant at = day.atTime(hour, 0).atZone(LONDON).toInstant();
        sessions.add(new SessionRecord(sessions.size() + 1, at, Optional.of(at.plusSeconds(900)), "hip", "Hip",
                Optional.empty(), before == null ? OptionalInt.empty() : OptionalInt.of(before), OptionalInt.empty(),
                ending, List.of(new ExerciseResult(0, "clam", "Clam", ExerciseResult.Outcome.DONE, 5, 5, 0, 5)),
                Optional.empty()));
    }

    @Test
    void itIsAskedTheDayAfterASessionOnceAndNotAfterTodaysFirstSession() {
        session(YESTERDAY, 18, 3, SessionRecord.Ending.PAIN_STOP);

        assertThat(NextMorning.shouldAsk(sessions, List.of(), Optional.empty(), TODAY, LONDON)).isTrue();
        assertThat(NextMorning.shouldAsk(sessions, List.of(), Optional.of(TODAY), TODAY, LONDON))
                .as("skipped today").isFalse();
        assertThat(NextMorning.shouldAsk(sessions, List.of(MorningCheck.answered(Instant.now(), TODAY, "hip",
                MorningCheck.Answer.SAME)), Optional.empty(), TODAY, LONDON)).as("answered today").isFalse();
        assertThat(NextMorning.shouldAsk(sessions, List.of(), Optional.of(YESTERDAY), TODAY, LONDON))
                .as("asked yesterday only").isTrue();
        assertThat(NextMorning.shouldAsk(sessions, List.of(), Optional.empty(), TODAY.plusDays(1), LONDON))
                .as("no session the day before").isFalse();
        session(TODAY, 8, null, SessionRecord.Ending.COMPLETED);
        assertThat(NextMorning.shouldAsk(sessions, List.of(), Optional.empty(), TODAY, LONDON))
                .as("a session today already").isFalse();
    }

    @Test
    void aNumberIsComparedWithTheRatingBeforeYesterdaysFirstRatedSession() {
        session(YESTERDAY, 7, null, SessionRecord.Ending.COMPLETED);
        session(YESTERDAY, 9, 3, SessionRecord.Ending.COMPLETED);
        session(YESTERDAY, 18, 6, SessionRecord.Ending.COMPLETED);

        OptionalInt before = NextMorning.before(sessions, YESTERDAY, LONDON);

        assertThat(before).hasValue(3);
        Instant now = TODAY.atTime(8, 0).atZone(LONDON).toInstant();
        assertThat(MorningCheck.rated(now, TODAY, "hip", 4, before).answer()).isEqualTo(MorningCheck.Answer.WORSE);
        assertThat(MorningCheck.rated(now, TODAY, "hip", 3, before).answer()).isEqualTo(MorningCheck.Answer.SAME);
        assertThat(MorningCheck.rated(now, TODAY, "hip", 2, before).answer()).isEqualTo(MorningCheck.Answer.BETTER);
        assertThat(MorningCheck.rated(now, TODAY, "hip", 9, OptionalInt.empty()).answer())
                .isEqualTo(MorningCheck.Answer.RATED);
    }

    @Test
    void onlyTodaysLastAnswerDecidesWhetherItWasWorse() {
        Instant now = TODAY.atTime(8, 0).atZone(LONDON).toInstant();
        MorningCheck worse = MorningCheck.answered(now, TODAY, "hip", MorningCheck.Answer.WORSE);
        MorningCheck yesterdayWorse = MorningCheck.answered(now.minusSeconds(86_400), YESTERDAY, "hip",
                MorningCheck.Answer.WORSE);

        assertThat(NextMorning.worseToday(List.of(yesterdayWorse, worse), TODAY)).contains(worse);
        assertThat(NextMorning.worseToday(List.of(yesterdayWorse), TODAY)).isEmpty();
        assertThat(NextMorning.worseToday(List.of(worse, MorningCheck.answered(now.plusSeconds(60), TODAY, "hip",
                MorningCheck.Answer.SAME)), TODAY)).isEmpty();
    }

    @Test
    void worseOnAMorningOfTheLastDaysMeansReviewWhateverTheAverages() {
        LocalDate first = LocalDate.of(2026, 3, 2);
        List<SessionRecord> eased = GeneratedHistory.twiceDaily(first, 40, LONDON, 11).stream()
                .filter(s -> s.painStop().isEmpty()).toList();
        Instant now = first.plusDays(39).atTime(21, 0).atZone(LONDON).toInstant();
        assertThat(ReviewRule.evaluate(eased, 14, now, LONDON).kind()).isEqualTo(ReviewRule.Kind.MAINTENANCE);

        MorningCheck worse = MorningCheck.answered(first.plusDays(38).atTime(7, 0).atZone(LONDON).toInstant(),
                first.plusDays(38), "hip", MorningCheck.Answer.WORSE);
        ReviewRule.Advice advice = ReviewRule.evaluate(eased, List.of(worse), 14, now, LONDON);

        assertThat(advice).isInstanceOfSatisfying(ReviewRule.Review.class, review -> {
            assertThat(review.worseNextMorning()).isTrue();
            assertThat(review.painStopInLastDays()).isFalse();
        });
        MorningCheck longAgo = MorningCheck.answered(first.plusDays(20).atTime(7, 0).atZone(LONDON).toInstant(),
                first.plusDays(20), "hip", MorningCheck.Answer.WORSE);
        assertThat(ReviewRule.evaluate(eased, List.of(longAgo), 14, now, LONDON).kind())
                .isEqualTo(ReviewRule.Kind.MAINTENANCE);
    }
}
