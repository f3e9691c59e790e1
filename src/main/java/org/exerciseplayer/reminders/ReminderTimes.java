package org.exerciseplayer.reminders;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The times of day a person wants reminding, in order, at most one a minute, e.g. 08:00 and 18:00. By default
 * they follow the sessions a day the catalogue or routine asks for ({@link #defaults(int)}).
 */
public record ReminderTimes(List<LocalTime> times) {

    /** More than this many a day would be nagging, not reminding. */
    public static final int MOST = 6;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public ReminderTimes {
        TreeSet<LocalTime> sorted = new TreeSet<>();
        for (LocalTime time : times) {
            sorted.add(time.withSecond(0).withNano(0));
        }
        if (sorted.isEmpty() || sorted.size() > MOST) {
            throw new IllegalArgumentException("give from 1 to " + MOST + " reminder times, not " + sorted.size());
        }
        times = List.copyOf(sorted);
    }

    /** Once a day 08:00; twice 08:00 and 18:00; three times adds 13:00; more spread from 08:00 to 20:00. */
    public static ReminderTimes defaults(int perDay) {
        int count = Math.max(1, Math.min(MOST, perDay));
        return switch (count) {
            case 1 -> new ReminderTimes(List.of(LocalTime.of(8, 0)));
            case 2 -> new ReminderTimes(List.of(LocalTime.of(8, 0), LocalTime.of(18, 0)));
            case 3 -> new ReminderTimes(List.of(LocalTime.of(8, 0), LocalTime.of(13, 0), LocalTime.of(18, 0)));
            default -> {
                List<LocalTime> spread = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    spread.add(LocalTime.of(8, 0).plusMinutes(12L * 60 * i / (count - 1)));
                }
                yield new ReminderTimes(spread);
            }
        };
    }

    /**
     * Times as a person types them: "08:00,18:00", "8:00, 18:30", "7:30 19:00".
     *
     * @throws IllegalArgumentException saying which part is wrong and what is expected
     */
    public static ReminderTimes parse(String text) {
        List<LocalTime> times = new ArrayList<>();
        for (String part : text.trim().split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                times.add(LocalTime.parse(part.length() == 4 ? "0" + part : part, HH_MM));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"" + part + "\" is not a time of day; write times as 24-hour "
                        + "HH:MM, e.g. 08:00,18:00");
            }
        }
        return new ReminderTimes(times);
    }

    /** "08:00,18:00": what {@link #parse} reads back. */
    public String format() {
        List<String> parts = new ArrayList<>();
        times.forEach(t -> parts.add(HH_MM.format(t)));
        return String.join(",", parts);
    }

    public int size() {
        return times.size();
    }

    public LocalTime get(int index) {
        return times.get(index);
    }
}
