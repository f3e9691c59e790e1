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
import java.util.TreeMap;

/**
 * The numbers behind the report, worked out once from its input: the sessions of the period only, counted as
 * {@link Adherence} counts them (the progress screen and the CSV's "counts as" column use the same rule).
 */
record ReportFigures(Adherence.Period period, List<Week> weeks, int painDays, List<PainSeries.Point> pain,
                     List<Stop> stops, List<Skipped> skipped, Map<String, Integer> routines,
                     List<MorningCheck> mornings) {

    /** Seven days from {@code first} (fewer for the last week of the period). */
    record Week(LocalDate first, Adherence.Period figures) {}

    /** @param routine the routine played, empty for the catalogue itself */
    record Stop(LocalDateTime at, StopPlace where, Optional<String> routine) {}

    /** An exercise left unfinished: skipped {@code times}, and under way when a session was stopped {@code stoppedDuring}. */
    record Skipped(String exerciseName, int times, int stoppedDuring) {}

    static ReportFigures of(ReportInput input) {
        Adherence adherence = Adherence.of(input.sessions(), input.zone(), input.timesPerDayTarget());
        // The period as given: the caller starts it at the first session at the earliest.
        Adherence.Period period = periodOf(adherence, input.from(), input.to(), input.timesPerDayTarget());
        long days = period.days();
        List<Week> weeks = new ArrayList<>();
        for (long w = 0; w * 7 < days; w++) {
            LocalDate first = input.from().plusDays(7 * w);
            LocalDate last = first.plusDays(6).isAfter(input.to()) ? input.to() : first.plusDays(6);
            weeks.add(new Week(first, periodOf(adherence, first, last, input.timesPerDayTarget())));
        }
        List<Stop> stops = new ArrayList<>();
        Map<String, int[]> skipped = new LinkedHashMap<>();
        Map<String, Integer> routines = new TreeMap<>();
        for (SessionRecord s : input.sessions()) {
            LocalDate day = Adherence.day(s, input.zone());
            if (day.isBefore(input.from()) || day.isAfter(input.to())) {
                continue;
            }
            LocalDateTime start = LocalDateTime.ofInstant(s.started(), input.zone());
            s.painStop().ifPresent(where -> stops.add(new Stop(start, where, s.routine())));
            s.routine().ifPresent(name -> routines.merge(name, 1, Integer::sum));
            for (ExerciseResult r : s.exercises()) {
                if (r.outcome() == ExerciseResult.Outcome.SKIPPED || r.outcome() == ExerciseResult.Outcome.STOPPED) {
                    int[] times = skipped.computeIfAbsent(Objects.toString(r.exerciseName(), ""), name -> new int[2]);
                    times[r.outcome() == ExerciseResult.Outcome.SKIPPED ? 0 : 1]++;
                }
            }
        }
        stops.sort(Comparator.comparing(Stop::at));
        List<Skipped> skippedList = new ArrayList<>();
        skipped.forEach((name, times) -> skippedList.add(new Skipped(name, times[0], times[1])));
        skippedList.sort(Comparator.comparing((Skipped s) -> s.times() + s.stoppedDuring()).reversed()
                .thenComparing(Skipped::exerciseName));
        List<MorningCheck> mornings = input.mornings().stream()
                .filter(m -> !m.day().isBefore(input.from()) && !m.day().isAfter(input.to()))
                .sorted(Comparator.comparing(MorningCheck::at)).toList();
        return new ReportFigures(period, weeks, PainSeries.daysPerPoint(days),
                PainSeries.points(input.sessions(), input.from(), input.to(), input.zone()), stops, skippedList,
                routines, mornings);
    }

    /** The figures of exactly {@code from}–{@code to}, every day of it suggested (no clamping to a first day). */
    private static Adherence.Period periodOf(Adherence adherence, LocalDate from, LocalDate to, int perDay) {
        int done = 0;
        int pain = 0;
        int early = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Adherence.Day counts = adherence.on(day);
            done += counts.done();
            pain += counts.stoppedForPain();
            early += counts.stoppedEarly();
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new Adherence.Period(from, to, days, done, (int) Math.min(Integer.MAX_VALUE, days * perDay), pain,
                early);
    }
}
