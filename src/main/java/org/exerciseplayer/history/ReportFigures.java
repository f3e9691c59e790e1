package org.exerciseplayer.history;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/** The numbers behind the report, worked out once from its input: the sessions of the period only. */
record ReportFigures(long days, int sessions, int completed, int suggested, List<Week> weeks,
                     int painDays, List<DayPain> pain, List<Stop> stops, List<Skipped> skipped,
                     Map<String, Integer> routines) {

    /** Seven days from {@code first} (fewer for the last week of the period). */
    record Week(LocalDate first, int days, int sessions, int completed, int suggested) {}

    /**
     * The average of the ratings before and after sessions over {@code painDays} days from {@code day}: one day for
     * up to {@value #DAILY_UP_TO} days, a week up to {@value #WEEKLY_UP_TO}, else 30 days, so that a chart of years
     * stays readable. Empty where none was given.
     */
    record DayPain(LocalDate day, Optional<Double> before, Optional<Double> after) {}

    /** @param routine the routine played, empty for the catalogue itself */
    record Stop(LocalDateTime at, StopPlace where, Optional<String> routine) {}

    /** An exercise left unfinished: skipped {@code times}, and under way when a session was stopped {@code stoppedDuring}. */
    record Skipped(String exerciseName, int times, int stoppedDuring) {}

    static final int DAILY_UP_TO = 92;
    static final int WEEKLY_UP_TO = 730;

    static ReportFigures of(ReportInput input) {
        long days = ChronoUnit.DAYS.between(input.from(), input.to()) + 1;
        int painDays = days <= DAILY_UP_TO ? 1 : days <= WEEKLY_UP_TO ? 7 : 30;
        int perDay = input.timesPerDayTarget();
        int weekCount = (int) ((days + 6) / 7);
        int[] weekSessions = new int[weekCount];
        int[] weekCompleted = new int[weekCount];
        TreeMap<LocalDate, int[]> ratings = new TreeMap<>();
        List<Stop> stops = new ArrayList<>();
        Map<String, int[]> skipped = new LinkedHashMap<>();
        Map<String, Integer> routines = new TreeMap<>();
        int sessions = 0;
        int completed = 0;
        for (SessionRecord s : input.sessions()) {
            LocalDateTime start = LocalDateTime.ofInstant(s.started(), input.zone());
            LocalDate day = start.toLocalDate();
            if (day.isBefore(input.from()) || day.isAfter(input.to())) {
                continue;
            }
            int week = (int) (ChronoUnit.DAYS.between(input.from(), day) / 7);
            sessions++;
            weekSessions[week]++;
            if (s.ending() == SessionRecord.Ending.COMPLETED) {
                completed++;
                weekCompleted[week]++;
            }
            LocalDate bucket = input.from().plusDays(ChronoUnit.DAYS.between(input.from(), day) / painDays * painDays);
            int[] sums = ratings.computeIfAbsent(bucket, d -> new int[4]);
            add(sums, 0, s.painBefore());
            add(sums, 2, s.painAfter());
            s.painStop().ifPresent(where -> stops.add(new Stop(start, where, s.routine())));
            s.routine().ifPresent(name -> routines.merge(name, 1, Integer::sum));
            for (ExerciseResult r : s.exercises()) {
                if (r.outcome() == ExerciseResult.Outcome.SKIPPED || r.outcome() == ExerciseResult.Outcome.STOPPED) {
                    int[] times = skipped.computeIfAbsent(Objects.toString(r.exerciseName(), ""), name -> new int[2]);
                    times[r.outcome() == ExerciseResult.Outcome.SKIPPED ? 0 : 1]++;
                }
            }
        }
        List<Week> weeks = new ArrayList<>(weekCount);
        for (int w = 0; w < weekCount; w++) {
            int weekDays = (int) Math.min(7, days - 7L * w);
            weeks.add(new Week(input.from().plusDays(7L * w), weekDays, weekSessions[w], weekCompleted[w],
                    weekDays * perDay));
        }
        List<DayPain> pain = new ArrayList<>();
        ratings.forEach((day, sums) -> {
            if (sums[1] > 0 || sums[3] > 0) {
                pain.add(new DayPain(day, average(sums, 0), average(sums, 2)));
            }
        });
        stops.sort(Comparator.comparing(Stop::at));
        List<Skipped> skippedList = new ArrayList<>();
        skipped.forEach((name, times) -> skippedList.add(new Skipped(name, times[0], times[1])));
        skippedList.sort(Comparator.comparing((Skipped s) -> s.times() + s.stoppedDuring()).reversed()
                .thenComparing(Skipped::exerciseName));
        return new ReportFigures(days, sessions, completed, (int) Math.min(Integer.MAX_VALUE, days * perDay),
                weeks, painDays, pain, stops, skippedList, routines);
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
