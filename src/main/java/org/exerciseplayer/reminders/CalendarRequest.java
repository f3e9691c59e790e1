package org.exerciseplayer.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.history.Adherence;
import org.exerciseplayer.history.SessionRecord;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.session.Routine;

/**
 * The calendar file of a catalogue or routine, as the window exports it and {@code --calendar} prints it: from today
 * to the review date (the first session's day plus the review period, or today plus it before any session, and
 * never before today), at the person's times, or the default times for the sessions a day asked for.
 */
public final class CalendarRequest {

    private CalendarRequest() {
    }

    /** The review date: the day of the first session (of {@code sessions}) plus {@code days}, not before today. */
    public static LocalDate reviewDate(List<SessionRecord> sessions, int days, LocalDate today, ZoneId zone) {
        Optional<LocalDate> first = sessions.stream().map(s -> Adherence.day(s, zone)).min(LocalDate::compareTo);
        LocalDate review = first.orElse(today).plusDays(days);
        return review.isBefore(today) ? today : review;
    }

    /** The sessions a day a routine asks for: the most any of its exercises does, else the leaflet's most. */
    public static int perDay(Catalogue catalogue, Optional<RoutineDocument> routine) {
        java.util.stream.IntStream counts = routine.filter(r -> r.size() > 0)
                .map(r -> java.util.stream.IntStream.range(0, r.size()).mapToObj(r::dose))
                .orElseGet(() -> catalogue.exercises().stream().map(e -> e.dose()))
                .map(dose -> dose.timesPerDay()).filter(java.util.OptionalInt::isPresent)
                .mapToInt(java.util.OptionalInt::getAsInt);
        return counts.max().orElse(catalogue.safety().maintenance().maxTimesPerDay());
    }

    /**
     * The file's text.
     *
     * @param sessions the catalogue's sessions, for the review date (empty: counted from today)
     */
    public static String calendar(Catalogue catalogue, Optional<RoutineDocument> routine, ReminderTimes times,
                                  List<SessionRecord> sessions, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        List<SessionRecord> own = sessions.stream().filter(s -> catalogue.id().equals(s.catalogueId())).toList();
        LocalDate review = reviewDate(own, catalogue.safety().review().days(), today, clock.getZone());
        Routine played = routine.map(RoutineDocument::routine).orElseGet(() -> Routine.of(catalogue));
        Duration length = Duration.ofSeconds(Planner.plan(played).totalSeconds());
        String title = routine.map(RoutineDocument::title).orElse(catalogue.title());
        CalendarFile.Content content = new CalendarFile.Content(catalogue.id(), title, catalogue.safety().stopRule(),
                catalogue.safety().review().text(), length, locale(catalogue));
        return CalendarFile.write(content, times, today, review, clock.instant());
    }

    public static java.util.Locale locale(Catalogue catalogue) {
        java.util.Locale language = catalogue.language() == null ? java.util.Locale.ROOT
                : java.util.Locale.forLanguageTag(catalogue.language());
        return language.getLanguage().isEmpty() ? java.util.Locale.getDefault() : language;
    }
}
