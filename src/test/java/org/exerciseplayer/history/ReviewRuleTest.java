package org.exerciseplayer.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.catalogue.SafetyTexts;
import org.exerciseplayer.history.ReviewRule.Advice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The review rule as a table. Sessions are written {@code day@time before/after}, separated by {@code ;}: the day
 * counts from Monday 2 March 2026 and the time is UTC; {@code _} is a rating not given, and a trailing {@code !}
 * marks a pain stop. The expected answer is the kind, with the days left or the ratings counted in the first and
 * last days. The review period is 14 days.
 */
class ReviewRuleTest {

    private static final LocalDate DAY_ZERO = LocalDate.of(2026, 3, 2);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                                    | sessions                                          | now         | zone       | expected
        no sessions                               |                                                   | 0@12:00     | UTC        | NOTHING_YET 14
        first day                                 | 0@09:00 5/5                                       | 0@12:00     | UTC        | NOTHING_YET 14
        the last second before the period ends    | 0@09:00 5/5; 1@09:00 5/5; 12@09:00 6/6; 13@09:00 6/6 | 13@23:59:59 | UTC     | NOTHING_YET 1
        the first moment after the period         | 0@09:00 5/5; 1@09:00 5/5; 12@09:00 6/6; 13@09:00 6/6 | 14@00:00 | UTC        | REVIEW
        no ratings at all                         | 0@09:00 _/_; 14@09:00 _/_                         | 14@12:00    | UTC        | TOO_FEW_RATINGS 0/0
        one rating in the first days              | 0@09:00 5/_; 14@09:00 3/3                         | 14@12:00    | UTC        | TOO_FEW_RATINGS 1/2
        one rating in the last days               | 0@09:00 5/5; 14@09:00 3/_                         | 14@12:00    | UTC        | TOO_FEW_RATINGS 2/1
        eased by exactly one point                | 0@09:00 5/5; 14@09:00 4/4                         | 14@12:00    | UTC        | MAINTENANCE
        eased by half a point only                | 0@09:00 5/5; 14@09:00 5/4                         | 14@12:00    | UTC        | REVIEW
        the same pain                             | 0@09:00 5/5; 14@09:00 5/5                         | 14@12:00    | UTC        | REVIEW
        worse pain                                | 0@09:00 4/4; 14@09:00 6/7                         | 14@12:00    | UTC        | REVIEW
        little pain from the start: settled       | 0@09:00 1/1; 14@09:00 1/0                         | 14@12:00    | UTC        | MAINTENANCE
        one recent 2 is not settled               | 0@09:00 2/2; 14@09:00 1/2                         | 14@12:00    | UTC        | REVIEW
        recent pain stop despite eased ratings    | 0@09:00 6/6; 14@09:00 2/2!                        | 14@12:00    | UTC        | REVIEW
        recent pain stop without ratings          | 0@09:00 6/6; 14@09:00 _/_!                        | 14@12:00    | UTC        | REVIEW
        a pain stop in the first days only        | 0@09:00 6/6!; 14@09:00 2/2                        | 14@12:00    | UTC        | MAINTENANCE
        only ratings before sessions              | 0@09:00 6/_; 1@09:00 6/_; 13@09:00 4/_; 14@09:00 4/_ | 14@12:00 | UTC        | MAINTENANCE
        only ratings after sessions               | 0@09:00 _/6; 1@09:00 _/6; 13@09:00 _/6; 14@09:00 _/7 | 14@12:00 | UTC        | REVIEW
        the fourth day is not in the first days   | 0@09:00 5/_; 3@09:00 9/9; 14@09:00 3/3            | 14@12:00    | UTC        | TOO_FEW_RATINGS 1/2
        three days ago is not in the last days    | 0@09:00 5/5; 11@09:00 9/9; 12@09:00 3/_; 14@09:00 _/3 | 14@12:00 | UTC       | MAINTENANCE
        sessions after now are ignored            | 0@09:00 5/5; 14@09:00 3/3; 14@18:00 9/9           | 14@12:00    | UTC        | MAINTENANCE
        days end at midnight in UTC               | 0@16:00 5/5; 1@09:00 5/5; 14@09:00 5/5            | 14@10:00    | UTC        | REVIEW
        and nine hours earlier in Tokyo           | 0@16:00 5/5; 1@09:00 5/5; 14@09:00 5/5            | 14@10:00    | Asia/Tokyo | NOTHING_YET 1
        a first-days rating in UTC                | 0@09:00 5/_; 2@16:00 5/_; 14@09:00 3/3            | 14@12:00    | UTC        | MAINTENANCE
        is on the fourth day in Tokyo             | 0@09:00 5/_; 2@16:00 5/_; 14@09:00 3/3            | 14@12:00    | Asia/Tokyo | TOO_FEW_RATINGS 1/2
        after the change to summer time in London | 20@09:00 5/5; 33@23:15 3/3                        | 33@23:30    | Europe/London | MAINTENANCE
        it is still the day before in UTC         | 20@09:00 5/5; 33@23:15 3/3                        | 33@23:30    | UTC        | NOTHING_YET 1
        """)
    void reviewRule(String name, String sessions, String now, String zone, String expected) {
        Advice advice = ReviewRule.evaluate(sessions(sessions), 14, instant(now), ZoneId.of(zone));

        assertThat(describe(advice)).isEqualTo(expected);
    }

    @Test
    void sessionsInAnyOrderGiveTheSameAnswer() {
        List<SessionRecord> ordered = sessions("0@09:00 5/5; 1@09:00 6/6; 14@09:00 3/3");
        List<SessionRecord> reversed = new ArrayList<>(ordered);
        java.util.Collections.reverse(reversed);

        assertThat(ReviewRule.evaluate(reversed, 14, instant("14@12:00"), ZoneOffset.UTC))
                .isEqualTo(ReviewRule.evaluate(ordered, 14, instant("14@12:00"), ZoneOffset.UTC));
    }

    @Test
    void theAnswerCarriesTheAveragesItWasBasedOn() {
        Advice advice = ReviewRule.evaluate(sessions("0@09:00 6/5; 14@09:00 3/_; 13@09:00 _/4"), 14,
                instant("14@12:00"), ZoneOffset.UTC);

        ReviewRule.Maintenance maintenance = (ReviewRule.Maintenance) advice;
        assertThat(maintenance.firstDays().average()).hasValue(5.5);
        assertThat(maintenance.lastDays().average()).hasValue(3.5);
        assertThat(maintenance.lastDays().first()).isEqualTo(DAY_ZERO.plusDays(12));
    }

    @Test
    void theLeafletsWordsGoWithTheirAnswers() {
        SafetyTexts safety = new SafetyTexts("Stop.", new SafetyTexts.Review("See a physio.", 14),
                new SafetyTexts.Maintenance("Keep going once or twice a day.", 1, 2));
        ReviewRule.Window window = new ReviewRule.Window(DAY_ZERO, DAY_ZERO, List.of());

        assertThat(ReviewRule.leafletText(new ReviewRule.Review(window, window, true), safety))
                .isEqualTo("See a physio.");
        assertThat(ReviewRule.leafletText(new ReviewRule.Maintenance(window, window), safety))
                .isEqualTo("Keep going once or twice a day.");
        assertThat(ReviewRule.leafletText(new ReviewRule.NothingYet(3), safety)).isEmpty();
        assertThat(ReviewRule.leafletText(new ReviewRule.TooFewRatings(window, window), safety)).isEmpty();
    }

    @Test
    void aReviewPeriodBelowOneDayIsRejected() {
        assertThatThrownBy(() -> ReviewRule.evaluate(List.of(), 0, Instant.EPOCH, ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one day");
    }

    static String describe(Advice advice) {
        if (advice instanceof ReviewRule.NothingYet n) {
            return "NOTHING_YET " + n.daysLeft();
        }
        if (advice instanceof ReviewRule.TooFewRatings t) {
            return "TOO_FEW_RATINGS " + t.firstDays().count() + "/" + t.lastDays().count();
        }
        return advice.kind().name();
    }

    static Instant instant(String dayAtTime) {
        String[] parts = dayAtTime.trim().split("@");
        return DAY_ZERO.plusDays(Integer.parseInt(parts[0])).atTime(LocalTime.parse(parts[1]))
                .toInstant(ZoneOffset.UTC);
    }

    static List<SessionRecord> sessions(String table) {
        List<SessionRecord> sessions = new ArrayList<>();
        if (table == null || table.isBlank()) {
            return sessions;
        }
        for (String spec : table.split(";")) {
            String[] parts = spec.trim().split(" ");
            boolean painStop = parts[1].endsWith("!");
            String[] ratings = parts[1].replace("!", "").split("/");
            Instant started = instant(parts[0]);
            sessions.add(new SessionRecord(sessions.size() + 1, started, Optional.of(started.plusSeconds(1200)),
                    "hip", "Hip exercises", Optional.empty(), rating(ratings[0]), rating(ratings[1]),
                    painStop ? SessionRecord.Ending.PAIN_STOP : SessionRecord.Ending.COMPLETED, List.of(),
                    painStop ? Optional.of(new StopPlace("knee-hugs", "Single leg knee hugs", "hold", "left", 3, 10))
                            : Optional.empty()));
        }
        return sessions;
    }

    private static OptionalInt rating(String text) {
        return text.equals("_") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
    }
}
