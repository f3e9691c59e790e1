package org.exerciseplayer.ui.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.history.Adherence;
import org.exerciseplayer.history.ExerciseResult;
import org.exerciseplayer.history.MorningCheck;
import org.exerciseplayer.history.PainSeries;
import org.exerciseplayer.history.StopPlace;
import org.exerciseplayer.history.SessionRecord;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.ui.Messages;

/**
 * The progress screen's content, worked out once from the history: a calendar of the last four weeks against the
 * leaflet's sessions a day (from the first session on: no earlier day is a missed one), adherence over the same
 * period as the report, the pain ratings over time, the current streak, the next-morning checks, each exercise's
 * history and the pain stops. Days and done sessions are {@link Adherence}'s, as in the report and the CSV; dates
 * are written as the catalogue's language writes them. Plain data, tested without a toolkit.
 */
public final class ProgressViewModel {

    /** Weeks shown in the calendar. */
    public static final int WEEKS = 4;

    /** How a day went against the target. */
    public enum DayState { BEFORE_START, FUTURE, NONE, SOME, MET }

    /** One day of the calendar: sessions done, and those stopped (not done). */
    public record Day(LocalDate date, int sessions, int target, DayState state, int stoppedForPain, int stoppedEarly,
                      String text, String accessibleText) {}

    private final Catalogue catalogue;
    private final List<SessionRecord> sessions;
    private final List<MorningCheck> mornings;
    private final LocalDate today;
    private final ZoneId zone;
    private final int target;
    private final String shownTitle;
    private final Locale locale;
    private final Adherence adherence;

    public ProgressViewModel(Catalogue catalogue, List<SessionRecord> sessions, LocalDate today, ZoneId zone) {
        this(catalogue, Optional.empty(), sessions, List.of(), today, zone);
    }

    public ProgressViewModel(Catalogue catalogue, Optional<RoutineDocument> routine, List<SessionRecord> sessions,
                             LocalDate today, ZoneId zone) {
        this(catalogue, routine, sessions, List.of(), today, zone);
    }

    /**
     * Progress with the catalogue's next-morning checks, and with a prescribed routine open: its title, and its
     * own sessions a day (the most any of its exercises asks for); the sessions counted are all its catalogue's.
     */
    public ProgressViewModel(Catalogue catalogue, Optional<RoutineDocument> routine, List<SessionRecord> sessions,
                             List<MorningCheck> mornings, LocalDate today, ZoneId zone) {
        this.catalogue = catalogue;
        this.sessions = sessions.stream().filter(s -> s.catalogueId().equals(catalogue.id())).toList();
        this.mornings = mornings.stream().filter(m -> m.catalogueId().equals(catalogue.id())).toList();
        this.today = today;
        this.zone = zone;
        this.shownTitle = routine.map(RoutineDocument::title).orElse(catalogue.title());
        this.target = routine.filter(r -> r.size() > 0).map(ProgressViewModel::targetPerDay)
                .orElseGet(() -> targetPerDay(catalogue));
        this.locale = localeOf(catalogue);
        this.adherence = Adherence.of(this.sessions, zone, target);
    }

    /** The catalogue's language, for dates and numbers; the default locale where it names none. */
    public static Locale localeOf(Catalogue catalogue) {
        Locale language = catalogue.language() == null ? Locale.ROOT : Locale.forLanguageTag(catalogue.language());
        return language.getLanguage().isEmpty() ? Locale.getDefault() : language;
    }

    /** A routine's sessions a day: the most any of its exercises asks for, else its catalogue's. */
    public static int targetPerDay(RoutineDocument routine) {
        return IntStream.range(0, routine.size()).mapToObj(routine::dose)
                .map(dose -> dose.timesPerDay()).filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt).max()
                .orElse(routine.catalogue().safety().maintenance().maxTimesPerDay());
    }

    /** The leaflet's sessions a day: the most any exercise asks for ("twice daily"), else the maintenance advice. */
    public static int targetPerDay(Catalogue catalogue) {
        return catalogue.exercises().stream().map(e -> e.dose().timesPerDay()).filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt).max()
                .orElse(catalogue.safety().maintenance().maxTimesPerDay());
    }

    public String title() {
        return Messages.get("progress.title", shownTitle);
    }

    public boolean isEmpty() {
        return sessions.isEmpty();
    }

    /** "1 December 2026" in en-GB. */
    public String longDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** "1 Dec 2026" in en-GB: the chart's axis. */
    public String shortDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** The last {@link #WEEKS} weeks, Monday first, ending with the week of today. */
    public List<Day> calendar() {
        LocalDate first = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
        List<Day> days = new ArrayList<>();
        DateTimeFormatter full = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        for (LocalDate date = first; days.size() < WEEKS * 7; date = date.plusDays(1)) {
            Adherence.Day counts = adherence.on(date);
            int count = counts.done();
            DayState state = date.isAfter(today) ? DayState.FUTURE
                    : !adherence.counts(date) ? DayState.BEFORE_START
                    : count == 0 ? DayState.NONE : count >= target ? DayState.MET : DayState.SOME;
            boolean shown = state != DayState.FUTURE && state != DayState.BEFORE_START;
            String text = shown ? Messages.get("progress.day.text", count, target) : "";
            String accessible = switch (state) {
                case BEFORE_START -> Messages.get("progress.day.beforeStart", date.format(full));
                case FUTURE -> date.format(full);
                default -> Messages.get("progress.day.accessible", date.format(full), count, target,
                        counts.stoppedForPain(), counts.stoppedEarly());
            };
            days.add(new Day(date, count, target, state, counts.stoppedForPain(), counts.stoppedEarly(), text,
                    accessible));
        }
        return days;
    }

    /** Days in a row, up to today (or yesterday, when today has none yet), with at least one done session. */
    public int streak() {
        return adherence.streak(today);
    }

    public String streakText() {
        return Messages.get("progress.streak", streak());
    }

    /** The report's period: the last {@value Adherence#RECENT_WEEKS} weeks, from the first session at the earliest. */
    public Adherence.Period period() {
        return adherence.recent(today);
    }

    /** "Since 1 December 2026: 1 session done of the 2 suggested (twice a day), 50 %". */
    public String adherenceText() {
        Adherence.Period period = period();
        String since = period.from().isAfter(today.minusWeeks(Adherence.RECENT_WEEKS).plusDays(1))
                ? Messages.get("progress.adherence.since", longDate(period.from()))
                : Messages.get("progress.adherence.recent", Adherence.RECENT_WEEKS);
        return Messages.get("progress.adherence", since, period.done(), period.suggested(), target,
                period.percent());
    }

    /** "Not counted as done: 1 stopped for pain, 2 stopped early", or empty when none was stopped. */
    public String stoppedText() {
        Adherence.Period period = period();
        return period.stoppedForPain() + period.stoppedEarly() == 0 ? ""
                : Messages.get("progress.adherence.stopped", period.stoppedForPain(), period.stoppedEarly());
    }

    /** The pain chart's points: the same averages over the same period as the report's chart. */
    public List<PainSeries.Point> pain() {
        Adherence.Period period = period();
        return period.days() == 0 ? List.of() : PainSeries.points(sessions, period.from(), period.to(), zone);
    }

    /** The next-morning checks, newest first: "Wed 2 Dec 2026: worse than before the previous day's exercise". */
    public List<String> morningLines() {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        List<String> lines = new ArrayList<>();
        for (int i = mornings.size() - 1; i >= 0; i--) {
            MorningCheck check = mornings.get(i);
            String answer = switch (check.answer()) {
                case BETTER -> Messages.get("progress.morning.better");
                case SAME -> Messages.get("progress.morning.same");
                case WORSE -> Messages.get("progress.morning.worse");
                case RATED -> Messages.get("progress.morning.rated");
            };
            String rating = check.rating().isEmpty() ? ""
                    : check.comparedWith().isPresent()
                    ? Messages.get("progress.morning.ratingCompared", check.rating().getAsInt(),
                            check.comparedWith().getAsInt())
                    : Messages.get("progress.morning.rating", check.rating().getAsInt());
            lines.add(Messages.get("progress.morning.line", check.day().format(date), answer, rating));
        }
        return lines;
    }

    public List<MorningCheck> mornings() {
        return mornings;
    }

    /** One exercise's history. */
    public record ExerciseLine(String name, int done, int skipped, int stopped, String lastDone) {}

    /** Each exercise of the catalogue, in leaflet order, with how often it was done, skipped and stopped. */
    public List<ExerciseLine> exercises() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, LocalDate> lastDone = new LinkedHashMap<>();
        for (SessionRecord session : sessions) {
            for (ExerciseResult result : session.exercises()) {
                int[] c = counts.computeIfAbsent(result.exerciseId(), id -> new int[3]);
                switch (result.outcome()) {
                    case DONE -> {
                        c[0]++;
                        lastDone.put(result.exerciseId(), Adherence.day(session, zone));
                    }
                    case SKIPPED -> c[1]++;
                    case STOPPED -> c[2]++;
                    default -> { }
                }
            }
        }
        List<ExerciseLine> lines = new ArrayList<>();
        for (Exercise exercise : catalogue.exercises()) {
            int[] c = counts.getOrDefault(exercise.id(), new int[3]);
            LocalDate last = lastDone.get(exercise.id());
            lines.add(new ExerciseLine(exercise.name(), c[0], c[1], c[2],
                    last == null ? Messages.get("progress.never") : shortDate(last)));
        }
        return lines;
    }

    /**
     * "Tue 24 Nov 2026, 09:12: Hip flexor stretch (hold, left side, 2 of 3)", with "in the routine …" after it
     * when a prescribed routine was played, newest first.
     */
    public List<String> painStops() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        List<String> lines = new ArrayList<>();
        for (int i = sessions.size() - 1; i >= 0; i--) {
            SessionRecord session = sessions.get(i);
            if (session.painStop().isPresent()) {
                StopPlace stop = session.painStop().get();
                String where = stop.phase() + (stop.side().isEmpty() ? "" : ", " + stop.side())
                        + (stop.of() == 0 ? "" : ", " + stop.repetition() + "/" + stop.of())
                        + (stop.rating().isEmpty() ? "" : ", " + Messages.get("progress.painStop.rating",
                        stop.rating().getAsInt()));
                String line = Messages.get("progress.painStop", session.started().atZone(zone).format(when),
                        stop.exerciseName(), where);
                lines.add(session.routine().map(name -> Messages.get("progress.painStop.routine", line, name))
                        .orElse(line));
            }
        }
        return lines;
    }

    /** The sessions a day the leaflet asks for. */
    public int target() {
        return target;
    }

    public List<SessionRecord> sessions() {
        return sessions;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return today;
    }

    public Locale locale() {
        return locale;
    }
}
