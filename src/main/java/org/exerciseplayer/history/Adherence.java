package org.exerciseplayer.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one definition of a day and of a done session that the progress screen, the CSV and the report share.
 *
 * <ul>
 *   <li>A session belongs to the calendar day it started on, in the person's time zone (the zone given: the
 *       computer's now), whatever zone it was played in.</li>
 *   <li>A session is <b>done</b> when it was played to the end ({@link SessionRecord.Ending#COMPLETED}), skipped
 *       exercises or not. One stopped because the pain got worse is <b>stopped for pain</b>, never done; one
 *       stopped otherwise (Esc, the window closed, the app died) with something done in it is <b>stopped
 *       early</b>; one with nothing done at all does not count anywhere.</li>
 *   <li>Days are counted from the day of the first session on: no day before it is a missed day.</li>
 * </ul>
 */
public final class Adherence {

    /** The progress screen's adherence and the report cover this many weeks up to today (from the first session). */
    public static final int RECENT_WEEKS = 12;

    /** How a session counts. */
    public enum Kind { DONE, STOPPED_FOR_PAIN, STOPPED_EARLY, NOTHING_DONE }

    /** One day's sessions by kind. */
    public record Day(LocalDate date, int done, int stoppedForPain, int stoppedEarly) {
        static final Day NONE = new Day(LocalDate.MIN, 0, 0, 0);
    }

    /**
     * The figures of a period, from {@code from} to {@code to}, both included.
     *
     * @param days      calendar days in the period
     * @param suggested the sessions the leaflet (or routine) suggests over those days
     */
    public record Period(LocalDate from, LocalDate to, long days, int done, int suggested, int stoppedForPain,
                         int stoppedEarly) {

        /** Done against suggested, rounded to a whole percent. */
        public long percent() {
            return suggested == 0 ? 0 : Math.round(100.0 * done / suggested);
        }
    }

    private final ZoneId zone;
    private final int perDay;
    private final TreeMap<LocalDate, Day> days = new TreeMap<>();
    private final Optional<LocalDate> firstDay;

    private Adherence(List<SessionRecord> sessions, ZoneId zone, int perDay) {
        this.zone = zone;
        this.perDay = perDay;
        Map<LocalDate, int[]> counts = new TreeMap<>();
        for (SessionRecord session : sessions) {
            Kind kind = kind(session);
            if (kind == Kind.NOTHING_DONE) {
                continue;
            }
            counts.computeIfAbsent(day(session, zone), d -> new int[3])[kind.ordinal()]++;
        }
        counts.forEach((date, c) -> days.put(date, new Day(date, c[0], c[1], c[2])));
        this.firstDay = sessions.stream().min(Comparator.comparing(SessionRecord::started))
                .map(s -> day(s, zone));
    }

    /**
     * @param sessions one catalogue's sessions, in any order
     * @param perDay   the sessions a day suggested, at least 1
     */
    public static Adherence of(List<SessionRecord> sessions, ZoneId zone, int perDay) {
        if (perDay < 1) {
            throw new IllegalArgumentException("The sessions a day must be at least 1, not " + perDay);
        }
        return new Adherence(sessions, zone, perDay);
    }

    /** How {@code session} counts. */
    public static Kind kind(SessionRecord session) {
        if (session.ending() == SessionRecord.Ending.PAIN_STOP || session.painStop().isPresent()) {
            return Kind.STOPPED_FOR_PAIN;
        }
        if (session.ending() == SessionRecord.Ending.COMPLETED) {
            return Kind.DONE;
        }
        boolean anything = session.exercises().stream().anyMatch(r -> r.outcome() == ExerciseResult.Outcome.DONE
                || r.doneRight() + r.doneLeft() + r.doneWithoutSide() > 0);
        return anything ? Kind.STOPPED_EARLY : Kind.NOTHING_DONE;
    }

    /** The calendar day {@code session} belongs to. */
    public static LocalDate day(SessionRecord session, ZoneId zone) {
        return session.started().atZone(zone).toLocalDate();
    }

    /** The day of the first session, from which days are counted; empty without sessions. */
    public Optional<LocalDate> firstDay() {
        return firstDay;
    }

    public ZoneId zone() {
        return zone;
    }

    public int perDay() {
        return perDay;
    }

    /** {@code date}'s sessions by kind (all zero on a day without any). */
    public Day on(LocalDate date) {
        Day day = days.get(date);
        return day != null ? day : new Day(date, 0, 0, 0);
    }

    /** Whether {@code date} is on or after the first session's day (so can be a missed day). */
    public boolean counts(LocalDate date) {
        return firstDay.isPresent() && !date.isBefore(firstDay.get());
    }

    /**
     * The figures from {@code from} (or the first session's day, if later) to {@code to}. With no session in or
     * before the period, or a period that ends before the first session, it is empty: 0 days, 0 suggested.
     */
    public Period over(LocalDate from, LocalDate to) {
        LocalDate start = firstDay.filter(first -> first.isAfter(from)).orElse(from);
        if (firstDay.isEmpty() || to.isBefore(start)) {
            return new Period(start, to, 0, 0, 0, 0, 0);
        }
        long dayCount = ChronoUnit.DAYS.between(start, to) + 1;
        int done = 0;
        int pain = 0;
        int early = 0;
        for (Day day : days.subMap(start, true, to, true).values()) {
            done += day.done();
            pain += day.stoppedForPain();
            early += day.stoppedEarly();
        }
        return new Period(start, to, dayCount, done, (int) Math.min(Integer.MAX_VALUE, dayCount * perDay), pain,
                early);
    }

    /** The last {@value #RECENT_WEEKS} weeks up to {@code today}, from the first session's day at the earliest. */
    public Period recent(LocalDate today) {
        return over(today.minusWeeks(RECENT_WEEKS).plusDays(1), today);
    }

    /** Days in a row with at least one done session, up to {@code today} (or yesterday, when today has none yet). */
    public int streak(LocalDate today) {
        LocalDate day = on(today).done() > 0 ? today : today.minusDays(1);
        int streak = 0;
        while (on(day).done() > 0) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }
}
