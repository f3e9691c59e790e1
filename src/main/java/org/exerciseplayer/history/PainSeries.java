package org.exerciseplayer.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The pain chart's two series, as the progress screen and the PDF report both draw them: what is plotted (the
 * average of the ratings before, and after, the sessions of each day, week or 30 days), how each series looks
 * (before: a solid line with filled squares; after: a dashed line with open circles, so they differ without
 * colour) and the legend's words. One definition, so screen and paper agree.
 */
public enum PainSeries {
    BEFORE(Marker.FILLED_SQUARE, false, "report.pain.before"),
    AFTER(Marker.OPEN_CIRCLE, true, "report.pain.after");

    /** A point's shape. */
    public enum Marker { FILLED_SQUARE, OPEN_CIRCLE }

    /** Periods up to this many days are averaged by the day, up to {@link #WEEKLY_UP_TO} by the week, else by 30. */
    public static final int DAILY_UP_TO = 92;
    public static final int WEEKLY_UP_TO = 730;

    private final Marker marker;
    private final boolean dashed;
    private final String legendKey;

    PainSeries(Marker marker, boolean dashed, String legendKey) {
        this.marker = marker;
        this.dashed = dashed;
        this.legendKey = legendKey;
    }

    public Marker marker() {
        return marker;
    }

    public boolean dashed() {
        return dashed;
    }

    /** The legend's words, e.g. "Before the session (solid line, filled squares)". */
    public String legend(Locale locale) {
        return ResourceBundle.getBundle("org.exerciseplayer.history.report", locale).getString(legendKey);
    }

    /** The rating of this series in {@code point}. */
    public Optional<Double> of(Point point) {
        return this == BEFORE ? point.before() : point.after();
    }

    /** The averages from {@code day} over {@code days} days (1, 7 or 30); empty where nothing was rated. */
    public record Point(LocalDate day, Optional<Double> before, Optional<Double> after) {}

    /** How many days each point averages over, for a period of {@code days} days. */
    public static int daysPerPoint(long days) {
        return days <= DAILY_UP_TO ? 1 : days <= WEEKLY_UP_TO ? 7 : 30;
    }

    /**
     * The points of the period {@code from}–{@code to}: ratings before and after every session started in it (a
     * session's day as {@link Adherence#day}), averaged over buckets of {@link #daysPerPoint} days from {@code from}.
     */
    public static List<Point> points(List<SessionRecord> sessions, LocalDate from, LocalDate to, ZoneId zone) {
        int perPoint = daysPerPoint(ChronoUnit.DAYS.between(from, to) + 1);
        TreeMap<LocalDate, int[]> sums = new TreeMap<>();
        for (SessionRecord s : sessions) {
            LocalDate day = Adherence.day(s, zone);
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            LocalDate bucket = from.plusDays(ChronoUnit.DAYS.between(from, day) / perPoint * perPoint);
            int[] sum = sums.computeIfAbsent(bucket, d -> new int[4]);
            add(sum, 0, s.painBefore());
            add(sum, 2, s.painAfter());
        }
        List<Point> points = new ArrayList<>();
        sums.forEach((day, sum) -> {
            if (sum[1] > 0 || sum[3] > 0) {
                points.add(new Point(day, average(sum, 0), average(sum, 2)));
            }
        });
        return points;
    }

    private static void add(int[] sums, int at, OptionalInt rating) {
        if (rating.isPresent()) {
            sums[at] += rating.getAsInt();
            sums[at + 1]++;
        }
    }

    private static Optional<Double> average(int[] sums, int at) {
        return sums[at + 1] == 0 ? Optional.empty() : Optional.of((double) sums[at] / sums[at + 1]);
    }
}
