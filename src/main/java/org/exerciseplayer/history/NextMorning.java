package org.exerciseplayer.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * When to ask the next-morning check, what a number is compared with, and what today's answer means
 * (docs/review-rule.md, "The next morning").
 *
 * <ul>
 *   <li>It is asked the first time the app opens on a day that follows a day with a session of this catalogue
 *       (done or stopped, a pain stop above all), before any session that day, and once a day only: an answer or
 *       a skip both count as asked.</li>
 *   <li>Under a physio's pain limit the person gives a number; it is compared with the rating given before the
 *       previous day's first session that had one.</li>
 *   <li>An answer of worse, given today, is said on home with the advice that goes with the rule in force.</li>
 * </ul>
 */
public final class NextMorning {

    private NextMorning() {
    }

    /**
     * Whether to ask today.
     *
     * @param sessions one catalogue's sessions
     * @param checks   that catalogue's next-morning checks
     * @param askedOn  the day it was last asked (answered or skipped), as the settings remember it
     */
    public static boolean shouldAsk(List<SessionRecord> sessions, List<MorningCheck> checks, Optional<LocalDate> askedOn,
                                    LocalDate today, ZoneId zone) {
        if (askedOn.filter(today::equals).isPresent() || checks.stream().anyMatch(c -> c.day().equals(today))) {
            return false;
        }
        LocalDate yesterday = today.minusDays(1);
        boolean yesterdaysSession = sessions.stream().anyMatch(s -> Adherence.day(s, zone).equals(yesterday)
                && Adherence.kind(s) != Adherence.Kind.NOTHING_DONE);
        boolean sessionToday = sessions.stream().anyMatch(s -> Adherence.day(s, zone).equals(today));
        return yesterdaysSession && !sessionToday;
    }

    /** The rating before the first session of {@code day} that had one: what the next morning is compared with. */
    public static OptionalInt before(List<SessionRecord> sessions, LocalDate day, ZoneId zone) {
        return sessions.stream().filter(s -> Adherence.day(s, zone).equals(day) && s.painBefore().isPresent())
                .min(Comparator.comparing(SessionRecord::started)).map(SessionRecord::painBefore)
                .orElse(OptionalInt.empty());
    }

    /** Today's answer, if it was worse (the last answer of the day counts). */
    public static Optional<MorningCheck> worseToday(List<MorningCheck> checks, LocalDate today) {
        return checks.stream().filter(c -> c.day().equals(today)).max(Comparator.comparing(MorningCheck::at))
                .filter(MorningCheck::isWorse);
    }
}
