package org.exerciseplayer.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.exerciseplayer.catalogue.SafetyTexts;

/**
 * The leaflet's two-week review, judged from the person's own history: "Should your symptoms not ease after two
 * weeks of completing these exercises, a physiotherapy assessment may be required."
 *
 * <p>The rule, in full (and in plain words with a worked example in {@code docs/review-rule.md}):
 * <ol>
 *   <li>Days are calendar days in the person's time zone. Sessions started after {@code now} are ignored.</li>
 *   <li>The review date is the day of the first session plus the catalogue's review period ({@code reviewDays}).
 *       Before that day: {@link NothingYet}, with the days left.</li>
 *   <li>Every pain rating counts, before and after a session alike, on the day the session started.
 *       The <em>first days</em> are the day of the first session and the two days after it; the <em>last days</em>
 *       are today and the two days before it ({@value #WINDOW_DAYS} days each).</li>
 *   <li>A pain stop in the last days, or a next-morning check in them that found the pain worse than before the
 *       previous day's exercise, means the pain has not eased: {@link Review}.</li>
 *   <li>Fewer than {@value #MIN_RATINGS} ratings in either window: {@link TooFewRatings}.</li>
 *   <li>The pain has eased when the last days' average is at least 1 point (of 10) below the first days'
 *       average, or when every rating of the last days is {@value #SETTLED_AT_MOST} or less:
 *       {@link Maintenance}. Otherwise {@link Review}.</li>
 * </ol>
 * The caller passes the sessions of one catalogue.
 */
public final class ReviewRule {

    /** How many calendar days the first-days and last-days windows each cover. */
    public static final int WINDOW_DAYS = 3;
    /** The fewest ratings a window needs before the rule judges it. */
    public static final int MIN_RATINGS = 2;
    /** Ratings no higher than this, all of them in the last days, mean the pain has settled. */
    public static final int SETTLED_AT_MOST = 1;

    private ReviewRule() {
    }

    /** What the home and progress screens should say about the review. */
    public sealed interface Advice permits NothingYet, TooFewRatings, Review, Maintenance {
        Kind kind();
    }

    /** The four answers, for switches and tables. */
    public enum Kind { NOTHING_YET, TOO_FEW_RATINGS, REVIEW, MAINTENANCE }

    /** No session yet ({@code daysLeft} is the whole period), or the review period has not passed. */
    public record NothingYet(int daysLeft) implements Advice {
        @Override
        public Kind kind() {
            return Kind.NOTHING_YET;
        }
    }

    /** The period has passed but a window has too few ratings to judge: ask the person to rate their pain. */
    public record TooFewRatings(Window firstDays, Window lastDays) implements Advice {
        @Override
        public Kind kind() {
            return Kind.TOO_FEW_RATINGS;
        }
    }

    /**
     * The pain has not eased (or stopped a recent session, or was worse a recent next morning): show the
     * catalogue's review advice.
     */
    public record Review(Window firstDays, Window lastDays, boolean painStopInLastDays, boolean worseNextMorning)
            implements Advice {

        public Review(Window firstDays, Window lastDays, boolean painStopInLastDays) {
            this(firstDays, lastDays, painStopInLastDays, false);
        }

        @Override
        public Kind kind() {
            return Kind.REVIEW;
        }
    }

    /** The pain has eased or settled: show the catalogue's maintenance advice. */
    public record Maintenance(Window firstDays, Window lastDays) implements Advice {
        @Override
        public Kind kind() {
            return Kind.MAINTENANCE;
        }
    }

    /** The ratings given from {@code first} to {@code last}, both days included, oldest first. */
    public record Window(LocalDate first, LocalDate last, List<Integer> ratings) {

        public Window {
            ratings = List.copyOf(ratings);
        }

        public int count() {
            return ratings.size();
        }

        public int sum() {
            return ratings.stream().mapToInt(Integer::intValue).sum();
        }

        /** Empty without ratings. */
        public OptionalDouble average() {
            return ratings.stream().mapToInt(Integer::intValue).average();
        }

        boolean contains(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }
    }

    /**
     * Applies the rule.
     *
     * @param sessions   one catalogue's sessions, in any order
     * @param reviewDays the catalogue's review period, at least 1
     * @param now        the current instant
     * @param zone       the person's time zone, which decides where days begin
     */
    public static Advice evaluate(List<SessionRecord> sessions, int reviewDays, Instant now, ZoneId zone) {
        return evaluate(sessions, List.of(), reviewDays, now, zone);
    }

    /**
     * Applies the rule, with the next-morning checks of the same catalogue: one in the last days that found the
     * pain worse counts as a pain stop.
     */
    public static Advice evaluate(List<SessionRecord> sessions, List<MorningCheck> mornings, int reviewDays,
                                  Instant now, ZoneId zone) {
        if (reviewDays < 1) {
            throw new IllegalArgumentException("The review period must be at least one day, not " + reviewDays);
        }
        List<SessionRecord> past = sessions.stream().filter(s -> !s.started().isAfter(now))
                .sorted(Comparator.comparing(SessionRecord::started)).toList();
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (past.isEmpty()) {
            return new NothingYet(reviewDays);
        }
        LocalDate firstDay = past.stream().map(s -> LocalDate.ofInstant(s.started(), zone))
                .min(LocalDate::compareTo).orElseThrow();
        LocalDate reviewDate = firstDay.plusDays(reviewDays);
        if (today.isBefore(reviewDate)) {
            return new NothingYet((int) ChronoUnit.DAYS.between(today, reviewDate));
        }
        Window firstDays = window(past, firstDay, firstDay.plusDays(WINDOW_DAYS - 1), zone);
        Window lastDays = window(past, today.minusDays(WINDOW_DAYS - 1), today, zone);
        boolean painStop = past.stream().anyMatch(s -> lastDays.contains(LocalDate.ofInstant(s.started(), zone))
                && (s.ending() == SessionRecord.Ending.PAIN_STOP || s.painStop().isPresent()));
        boolean worseMorning = mornings.stream().anyMatch(m -> m.isWorse() && !m.at().isAfter(now)
                && lastDays.contains(m.day()));
        if (painStop || worseMorning) {
            return new Review(firstDays, lastDays, painStop, worseMorning);
        }
        if (firstDays.count() < MIN_RATINGS || lastDays.count() < MIN_RATINGS) {
            return new TooFewRatings(firstDays, lastDays);
        }
        return eased(firstDays, lastDays) ? new Maintenance(firstDays, lastDays)
                : new Review(firstDays, lastDays, false);
    }

    /**
     * The catalogue's own words for an answer: its review text for {@link Review}, its maintenance text for
     * {@link Maintenance}, and empty otherwise (the screens explain those two answers in their own words).
     */
    public static String leafletText(Advice advice, SafetyTexts safety) {
        return switch (advice.kind()) {
            case REVIEW -> safety.review().text();
            case MAINTENANCE -> safety.maintenance().text();
            case NOTHING_YET, TOO_FEW_RATINGS -> "";
        };
    }

    /** last average <= first average - 1, in whole numbers: no rounding at the boundary. */
    private static boolean eased(Window first, Window last) {
        boolean byOnePoint = (long) last.sum() * first.count()
                <= (long) first.sum() * last.count() - (long) first.count() * last.count();
        boolean settled = last.ratings().stream().allMatch(r -> r <= SETTLED_AT_MOST);
        return byOnePoint || settled;
    }

    private static Window window(List<SessionRecord> sessions, LocalDate first, LocalDate last, ZoneId zone) {
        List<Integer> ratings = new ArrayList<>();
        Window empty = new Window(first, last, List.of());
        for (SessionRecord s : sessions) {
            if (empty.contains(LocalDate.ofInstant(s.started(), zone))) {
                s.painBefore().ifPresent(ratings::add);
                s.painAfter().ifPresent(ratings::add);
            }
        }
        return new Window(first, last, ratings);
    }
}
