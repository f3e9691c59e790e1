package org.exerciseplayer.reminders;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.exerciseplayer.history.Adherence;
import org.exerciseplayer.history.SessionRecord;

/**
 * Which reminder is due when. Each time of day is a slot; a day's done sessions fill its slots in order, so slot n
 * (from 0) is done once n + 1 sessions were done that day before the slot's window ends (halfway to the next time,
 * or midnight). A reminder is due at its time unless its slot is done already: a person who did the morning
 * session at 07:30 is not reminded at 08:00, and one who did both early is not reminded at 18:00 either. Done is
 * {@link Adherence}'s: played to the end (a pain stop does not fill a slot, but nor does anything remind after
 * one until the next slot).
 */
public final class ReminderSlots {

    private final ReminderTimes times;
    private final ZoneId zone;

    public ReminderSlots(ReminderTimes times, ZoneId zone) {
        this.times = times;
        this.zone = zone;
    }

    /** One reminder: which slot of which day, at what instant. */
    public record Slot(LocalDate day, int index, LocalTime time, ZonedDateTime at) {}

    /** The first slot that starts after {@code now}. */
    public Slot next(ZonedDateTime now) {
        ZonedDateTime local = now.withZoneSameInstant(zone);
        for (int offset = 0; offset <= 1; offset++) {
            LocalDate day = local.toLocalDate().plusDays(offset);
            for (int i = 0; i < times.size(); i++) {
                ZonedDateTime at = ZonedDateTime.of(LocalDateTime.of(day, times.get(i)), zone);
                if (at.isAfter(local)) {
                    return new Slot(day, i, times.get(i), at);
                }
            }
        }
        throw new IllegalStateException("a day always has a first slot");
    }

    /** Whether {@code slot} is done: enough done sessions that day before its window ends. */
    public boolean isDone(Slot slot, List<SessionRecord> sessions) {
        LocalTime end = slot.index() + 1 < times.size() ? midpoint(times.get(slot.index()), times.get(slot.index() + 1))
                : null;
        long done = sessions.stream().filter(s -> Adherence.kind(s) == Adherence.Kind.DONE
                && Adherence.day(s, zone).equals(slot.day())
                && (end == null || s.started().atZone(zone).toLocalTime().isBefore(end))).count();
        return done >= slot.index() + 1;
    }

    /** Whether a reminder should be shown for {@code slot} now, given the history. */
    public boolean isDue(Slot slot, List<SessionRecord> sessions) {
        return !isDone(slot, sessions);
    }

    private static LocalTime midpoint(LocalTime a, LocalTime b) {
        return a.plusSeconds((b.toSecondOfDay() - a.toSecondOfDay()) / 2);
    }

    public ReminderTimes times() {
        return times;
    }
}
