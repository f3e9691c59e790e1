package org.exerciseplayer.ui.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.history.ExerciseResult;
import org.exerciseplayer.history.StopPlace;
import org.exerciseplayer.history.SessionRecord;
import org.exerciseplayer.ui.Messages;

/**
 * The progress screen's content, worked out once from the history: a calendar of the last four weeks against the
 * leaflet's sessions a day, the pain ratings over time, the current streak, each exercise's history and the pain
 * stops. Plain data, tested without a toolkit.
 */
public final class ProgressViewModel {

    /** Weeks shown in the calendar. */
    public static final int WEEKS = 4;

    /** How a day went against the target. */
    public enum DayState { FUTURE, NONE, SOME, MET }

    /** One day of the calendar. */
    public record Day(LocalDate date, int sessions, int target, DayState state, String text, String accessibleText) {}

    /** A pain rating at a point in time, in days since the first session. */
    public record PainPoint(double day, int pain) {}

    /** One exercise's history. */
    public record ExerciseLine(String name, int done, int skipped, int stopped, String lastDone) {}

    private final Catalogue catalogue;
    private final List<SessionRecord> sessions;
    private final LocalDate today;
    private final ZoneId zone;
    private final int target;
    private final String shownTitle;

    public ProgressViewModel(Catalogue catalogue, List<SessionRecord> sessions, LocalDate today, ZoneId zone) {
        this(catalogue, java.util.Optional.empty(), sessions, today, zone);
    }

    /**
     * Progress with a prescribed routine open: its title, and its own sessions a day (the most any of its
     * exercises asks for, as the physio set them); the sessions counted are all those of its catalogue.
     */
    public ProgressViewModel(Catalogue catalogue, java.util.Optional<org.exerciseplayer.routine.RoutineDocument> routine,
                             List<SessionRecord> sessions, LocalDate today, ZoneId zone) {
        this.catalogue = catalogue;
        this.sessions = sessions.stream().filter(s -> s.catalogueId().equals(catalogue.id())).toList();
        this.today = today;
        this.zone = zone;
        this.shownTitle = routine.map(org.exerciseplayer.routine.RoutineDocument::title).orElse(catalogue.title());
        this.target = routine.filter(r -> r.size() > 0).map(ProgressViewModel::targetPerDay)
                .orElseGet(() -> targetPerDay(catalogue));
    }

    /** A routine's sessions a day: the most any of its exercises asks for, else its catalogue's. */
    static int targetPerDay(org.exerciseplayer.routine.RoutineDocument routine) {
        return java.util.stream.IntStream.range(0, routine.size()).mapToObj(routine::dose)
                .map(dose -> dose.timesPerDay()).filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt).max()
                .orElse(routine.catalogue().safety().maintenance().maxTimesPerDay());
    }

    /** The leaflet's sessions a day: the most any exercise asks for ("twice daily"), else the maintenance advice. */
    static int targetPerDay(Catalogue catalogue) {
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

    private LocalDate dateOf(SessionRecord session) {
        return session.started().atZone(zone).toLocalDate();
    }

    /** A session counts once something in it was done: an exercise finished, or a hold or repetition made. */
    static boolean counts(SessionRecord session) {
        return session.exercises().stream().anyMatch(r -> r.outcome() == ExerciseResult.Outcome.DONE
                || r.doneRight() + r.doneLeft() + r.doneWithoutSide() > 0);
    }

    private Map<LocalDate, Integer> sessionsByDay() {
        Map<LocalDate, Integer> byDay = new TreeMap<>();
        for (SessionRecord session : sessions) {
            if (counts(session)) {
                byDay.merge(dateOf(session), 1, Integer::sum);
            }
        }
        return byDay;
    }

    /** The last {@link #WEEKS} weeks, Monday first, ending with the week of today. */
    public List<Day> calendar() {
        Map<LocalDate, Integer> byDay = sessionsByDay();
        LocalDate first = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
        List<Day> days = new ArrayList<>();
        DateTimeFormatter long_ = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL);
        for (LocalDate date = first; days.size() < WEEKS * 7; date = date.plusDays(1)) {
            int count = byDay.getOrDefault(date, 0);
            DayState state = date.isAfter(today) ? DayState.FUTURE
                    : count == 0 ? DayState.NONE : count >= target ? DayState.MET : DayState.SOME;
            String text = state == DayState.FUTURE ? "" : count + "/" + target;
            days.add(new Day(date, count, target, state, text,
                    Messages.get("progress.day.accessible", date.format(long_), count, target)));
        }
        return days;
    }

    /** Days in a row, up to today (or yesterday, when today has none yet), with at least one session. */
    public int streak() {
        Map<LocalDate, Integer> byDay = sessionsByDay();
        LocalDate day = byDay.containsKey(today) ? today : today.minusDays(1);
        int streak = 0;
        while (byDay.containsKey(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    public String streakText() {
        return Messages.get("progress.streak", streak());
    }

    /** "23 sessions in the last 4 weeks, out of 56 (twice a day)". */
    public String adherenceText() {
        LocalDate from = today.minusDays(WEEKS * 7L - 1);
        int done = (int) sessions.stream().filter(ProgressViewModel::counts)
                .filter(s -> !dateOf(s).isBefore(from) && !dateOf(s).isAfter(today)).count();
        return Messages.get("progress.adherence", done, WEEKS, WEEKS * 7 * target, target);
    }

    private double dayOffset(SessionRecord session) {
        return ChronoUnit.MINUTES.between(sessions.get(0).started(), session.started()) / (24.0 * 60);
    }

    public List<PainPoint> painBefore() {
        List<PainPoint> points = new ArrayList<>();
        sessions.forEach(s -> s.painBefore().ifPresent(p -> points.add(new PainPoint(dayOffset(s), p))));
        return points;
    }

    public List<PainPoint> painAfter() {
        List<PainPoint> points = new ArrayList<>();
        sessions.forEach(s -> s.painAfter().ifPresent(p -> points.add(new PainPoint(dayOffset(s), p))));
        return points;
    }

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
                        lastDone.put(result.exerciseId(), dateOf(session));
                    }
                    case SKIPPED -> c[1]++;
                    case STOPPED -> c[2]++;
                    default -> { }
                }
            }
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
        List<ExerciseLine> lines = new ArrayList<>();
        for (Exercise exercise : catalogue.exercises()) {
            int[] c = counts.getOrDefault(exercise.id(), new int[3]);
            LocalDate last = lastDone.get(exercise.id());
            lines.add(new ExerciseLine(exercise.name(), c[0], c[1], c[2],
                    last == null ? Messages.get("progress.never") : last.format(date)));
        }
        return lines;
    }

    /**
     * "Tue 24 Nov 2026, 09:12: Hip flexor stretch (hold, left side, 2 of 3)", with "in the routine …" after it
     * when a prescribed routine was played, newest first.
     */
    public List<String> painStops() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
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
}
