package org.exerciseplayer.reminders;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The reminders as an iCalendar file (RFC 5545), for a phone's or a computer's calendar: one daily event at each
 * reminder time from {@code from} to the review date, each with an alarm at its start, and the review date as an
 * all-day event of its own carrying the leaflet's review advice (with an alarm at 09:00 that day).
 *
 * <p>The daily times are floating local times (no time zone): 08:00 stays 08:00 wherever the phone is. Texts are
 * escaped and lines folded at 75 octets; lines end in CRLF. Texts come from the {@code reminders} bundle.
 * Google Calendar, Outlook and some Android calendars drop alarms from an imported file (README, "Reminders").
 */
public final class CalendarFile {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * What the calendar is for.
     *
     * @param id          the catalogue's (or routine's) id, for the events' UIDs
     * @param title       the catalogue's or routine's title, e.g. "Hip exercises"
     * @param stopRule    the leaflet's stop rule, in every reminder's description
     * @param reviewText  the leaflet's review advice, the review event's description
     * @param session     the predicted length of a session, each reminder event's length
     */
    public record Content(String id, String title, String stopRule, String reviewText, Duration session,
                          Locale locale) {}

    private CalendarFile() {
    }

    /**
     * The file's text.
     *
     * @param from       the first day of reminders (today)
     * @param reviewDate the day of the review: the last day of reminders, and its own event
     * @param stamp      when the file was made (DTSTAMP)
     */
    public static String write(Content content, ReminderTimes times, LocalDate from, LocalDate reviewDate,
                               Instant stamp) {
        if (reviewDate.isBefore(from)) {
            throw new IllegalArgumentException("the review date " + reviewDate + " is before " + from);
        }
        ResourceBundle texts = ResourceBundle.getBundle("org.exerciseplayer.reminders.reminders", content.locale());
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Exercise Player//Reminders//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(format(texts, "calendar.name", content.locale(), content.title())));
        String dtstamp = UTC.format(stamp);
        long minutes = Math.max(1, (content.session().getSeconds() + 59) / 60);
        for (int i = 0; i < times.size(); i++) {
            LocalTime time = times.get(i);
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + uid("reminder-" + time.toString().replace(":", ""), content, from));
            line(out, "DTSTAMP:" + dtstamp);
            line(out, "DTSTART:" + LOCAL.format(from.atTime(time)));
            line(out, "DURATION:PT" + minutes + "M");
            line(out, "RRULE:FREQ=DAILY;UNTIL=" + LOCAL.format(reviewDate.atTime(23, 59, 59)));
            line(out, "SUMMARY:" + text(format(texts, "calendar.reminder.summary", content.locale(), content.title(),
                    i + 1, times.size())));
            line(out, "DESCRIPTION:" + text(format(texts, "calendar.reminder.description", content.locale(),
                    content.title(), minutes, content.stopRule())));
            line(out, "TRANSP:OPAQUE");
            alarm(out, "PT0M", format(texts, "calendar.reminder.alarm", content.locale(), content.title()));
            line(out, "END:VEVENT");
        }
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + uid("review", content, from));
        line(out, "DTSTAMP:" + dtstamp);
        line(out, "DTSTART;VALUE=DATE:" + DATE.format(reviewDate));
        line(out, "DTEND;VALUE=DATE:" + DATE.format(reviewDate.plusDays(1)));
        line(out, "SUMMARY:" + text(format(texts, "calendar.review.summary", content.locale(), content.title())));
        line(out, "DESCRIPTION:" + text(format(texts, "calendar.review.description", content.locale(),
                content.reviewText())));
        line(out, "TRANSP:TRANSPARENT");
        alarm(out, "PT9H", format(texts, "calendar.review.alarm", content.locale(), content.title()));
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void alarm(StringBuilder out, String trigger, String description) {
        line(out, "BEGIN:VALARM");
        line(out, "ACTION:DISPLAY");
        line(out, "TRIGGER:" + trigger);
        line(out, "DESCRIPTION:" + text(description));
        line(out, "END:VALARM");
    }

    private static String uid(String what, Content content, LocalDate from) {
        String id = content.id().replaceAll("[^A-Za-z0-9._-]", "-");
        return what + "-" + id + "-" + DATE.format(from) + "@exercise-player";
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    /** RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as \n. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n")
                .replace("\r", "\n").replace("\n", "\\n");
    }

    /** One content line, folded so that no line is longer than 75 octets (continuations start with a space). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
