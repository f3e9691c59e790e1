package org.exerciseplayer.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the physio report shows.
 *
 * @param catalogueTitle    the catalogue's title, for the report's title
 * @param from              the first day of the period, in {@code zone}
 * @param to                the last day of the period, included
 * @param sessions          the catalogue's sessions; those started outside the period are left out
 * @param timesPerDayTarget the sessions a day the leaflet asks for (twice daily for the hip leaflet), at least 1
 * @param advice            the review rule's answer for today
 * @param adviceText        the catalogue's own words for that answer ({@link ReviewRule#leafletText}), or empty
 * @param zone              the person's time zone
 * @param locale            the catalogue's language: for dates, numbers and the report's texts
 * @param mornings          the catalogue's next-morning checks; those outside the period are left out
 */
public record ReportInput(String catalogueTitle, LocalDate from, LocalDate to, List<SessionRecord> sessions,
                          int timesPerDayTarget, ReviewRule.Advice advice, String adviceText, ZoneId zone,
                          Locale locale, List<MorningCheck> mornings) {

    /** A report without next-morning checks. */
    public ReportInput(String catalogueTitle, LocalDate from, LocalDate to, List<SessionRecord> sessions,
                       int timesPerDayTarget, ReviewRule.Advice advice, String adviceText, ZoneId zone,
                       Locale locale) {
        this(catalogueTitle, from, to, sessions, timesPerDayTarget, advice, adviceText, zone, locale, List.of());
    }

    public ReportInput {
        Objects.requireNonNull(catalogueTitle, "catalogueTitle");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(locale, "locale");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The report's period ends (" + to + ") before it starts (" + from + ")");
        }
        if (timesPerDayTarget < 1) {
            throw new IllegalArgumentException("The sessions a day must be at least 1, not " + timesPerDayTarget);
        }
        sessions = List.copyOf(sessions);
        mornings = mornings == null ? List.of() : List.copyOf(mornings);
        adviceText = adviceText == null ? "" : adviceText;
    }
}
