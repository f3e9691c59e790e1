package org.exerciseplayer.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.property.Trigger;
import biweekly.util.Frequency;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TimeZone;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.history.SessionRecord;
import org.junit.jupiter.api.Test;

/** The reminders' .ics file, read back by a real iCalendar parser (biweekly) as a calendar app would read it. */
class CalendarFileTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = LocalDate.of(2026, 12, 1).atTime(9, 30).atZone(LONDON).toInstant();

    private static ICalendar parse(String text, List<String> warnings) {
        List<List<ParseWarning>> all = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(text).warnings(all).first();
        all.forEach(list -> list.forEach(w -> warnings.add(w.toString())));
        return calendar;
    }

    @Test
    void twiceDailyRemindersRunFromTodayToTheReviewDateWhichHasItsOwnEventWithTheLeafletsAdvice() throws Exception {
        Catalogue hip = BundledCatalogue.load();
        String text = CalendarRequest.calendar(hip, Optional.empty(), ReminderTimes.defaults(2), List.of(),
                Clock.fixed(NOW, LONDON));
        List<String> warnings = new ArrayList<>();

        ICalendar calendar = parse(text, warnings);

        assertThat(warnings).isEmpty();
        assertThat(calendar.getVersion()).isEqualTo(biweekly.ICalVersion.V2_0);
        List<VEvent> events = calendar.getEvents();
        assertThat(events).hasSize(3);
        VEvent morning = events.get(0);
        assertThat(morning.getSummary().getValue()).isEqualTo("Hip exercises (1 of 2 today)");
        assertThat(morning.getDescription().getValue()).contains("about 39 minutes")
                .contains(hip.safety().stopRule());
        assertThat(Optional.of(morning.getDateStart().getValue().getRawComponents()).map(CalendarFileTest::local).get())
                .isEqualTo(LocalDateTime.of(2026, 12, 1, 8, 0));
        assertThat(morning.getDateStart().getValue().getRawComponents().isUtc()).as("floating local time").isFalse();
        assertThat(morning.getRecurrenceRule().getValue().getFrequency()).isEqualTo(Frequency.DAILY);
        assertThat(occurrences(morning)).hasSize(15).first().isEqualTo(LocalDateTime.of(2026, 12, 1, 8, 0));
        assertThat(occurrences(morning)).last().isEqualTo(LocalDateTime.of(2026, 12, 15, 8, 0));
        assertThat(occurrences(events.get(1))).first().isEqualTo(LocalDateTime.of(2026, 12, 1, 18, 0));
        VAlarm alarm = morning.getAlarms().get(0);
        assertThat(alarm.getAction().isDisplay()).isTrue();
        Trigger trigger = alarm.getTrigger();
        assertThat(trigger.getDuration().toMillis()).isZero();

        VEvent review = events.get(2);
        assertThat(review.getDateStart().getValue().hasTime()).isFalse();
        assertThat(Optional.of(review.getDateStart().getValue().getRawComponents()).map(CalendarFileTest::local).get().toLocalDate())
                .isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(review.getDescription().getValue()).isEqualTo(hip.safety().review().text());
        assertThat(review.getSummary().getValue()).contains("review");
        assertThat(events).extracting(e -> e.getUid().getValue()).doesNotHaveDuplicates();
    }

    @Test
    void theReviewDateCountsFromTheFirstSessionAndLinesAreFoldedAndEscaped() throws Exception {
        Catalogue hip = BundledCatalogue.load();
        Instant first = LocalDate.of(2026, 11, 25).atTime(8, 0).atZone(LONDON).toInstant();
        SessionRecord session = new SessionRecord(1, first, Optional.empty(), "hip", "Hip", Optional.empty(),
                OptionalInt.empty(), OptionalInt.empty(), SessionRecord.Ending.COMPLETED, List.of(), Optional.empty());

        String text = CalendarRequest.calendar(hip, Optional.empty(), ReminderTimes.parse("7:30, 12:00;19:15"),
                List.of(session), Clock.fixed(NOW, LONDON));

        assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes("UTF-8").length)
                .isLessThanOrEqualTo(75));
        assertThat(text).doesNotContain("\n\n").endsWith("END:VCALENDAR\r\n");
        ICalendar calendar = parse(text, new ArrayList<>());
        assertThat(calendar.getEvents()).hasSize(4);
        assertThat(occurrences(calendar.getEvents().get(0))).hasSize(9)
                .last().isEqualTo(LocalDateTime.of(2026, 12, 9, 7, 30));
        assertThat(Optional.of(calendar.getEvents().get(3).getDateStart().getValue().getRawComponents()).map(CalendarFileTest::local).get()
                .toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(calendar.getEvents().get(0).getDescription().getValue()).contains(hip.safety().stopRule());
        assertThat(CalendarFile.text("a, b; c\\d\ne")).isEqualTo("a\\, b\\; c\\\\d\\ne");
    }

    private static LocalDateTime local(biweekly.util.DateTimeComponents c) {
        return LocalDateTime.of(c.getYear(), c.getMonth(), c.getDate(), c.getHour(), c.getMinute(), c.getSecond());
    }

    /** Every start of a recurring event, in the floating local time it was written in. */
    private static List<LocalDateTime> occurrences(VEvent event) {
        List<LocalDateTime> starts = new ArrayList<>();
        TimeZone utc = TimeZone.getTimeZone("UTC");
        DateIterator it = event.getDateIterator(utc);
        while (it.hasNext() && starts.size() < 400) {
            Date next = it.next();
            starts.add(LocalDateTime.ofInstant(next.toInstant(), ZoneId.of("UTC")));
        }
        return starts;
    }
}
