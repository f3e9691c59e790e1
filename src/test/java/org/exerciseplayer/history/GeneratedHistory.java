package org.exerciseplayer.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/**
 * A made-up but plausible history, the same for the same seed: two sessions a day of the hip routine's 14
 * exercises, pain easing slowly over 40 days to about 2, now and then a skipped exercise, an unrated session or a pain stop.
 * For tests and the report benchmark.
 */
public final class GeneratedHistory {

    /** The hip leaflet's exercises, as ids and names. */
    public static final List<String> EXERCISES = List.of("Lower back rotations", "Single leg knee hugs",
            "Single leg rotations", "Lower back rotation stretch", "Hip flexor stretch", "Inner thigh stretch",
            "Gluteal muscle (glute) stretch", "Hamstring stretch", "Bridging", "Clam shells",
            "Side lying leg raise", "Straight leg raise", "Sit to stand", "Standing hip abduction");

    private GeneratedHistory() {
    }

    /** {@code days} days of morning (08:00) and evening (19:00) sessions from {@code firstDay}, in {@code zone}. */
    public static List<SessionRecord> twiceDaily(LocalDate firstDay, int days, ZoneId zone, long seed) {
        Random random = new Random(seed);
        List<SessionRecord> sessions = new ArrayList<>(days * 2);
        long id = 1;
        for (int day = 0; day < days; day++) {
            for (LocalTime time : List.of(LocalTime.of(8, 0), LocalTime.of(19, 0))) {
                Instant started = firstDay.plusDays(day).atTime(time).atZone(zone).toInstant();
                int pain = Math.max(0, Math.min(10, 6 - Math.min(day / 10, 4) + random.nextInt(3) - 1));
                boolean painStop = random.nextInt(50) == 0;
                int stopAt = painStop ? random.nextInt(EXERCISES.size()) : EXERCISES.size();
                List<ExerciseResult> results = new ArrayList<>();
                for (int i = 0; i < EXERCISES.size(); i++) {
                    String name = EXERCISES.get(i);
                    ExerciseResult.Outcome outcome = i < stopAt
                            ? (random.nextInt(20) == 0 ? ExerciseResult.Outcome.SKIPPED : ExerciseResult.Outcome.DONE)
                            : i == stopAt ? ExerciseResult.Outcome.STOPPED : ExerciseResult.Outcome.NOT_REACHED;
                    int done = outcome == ExerciseResult.Outcome.DONE ? 10 : outcome == ExerciseResult.Outcome.NOT_REACHED
                            ? 0 : random.nextInt(10);
                    boolean sided = i % 3 != 0;
                    results.add(new ExerciseResult(i, id(name), name, outcome, sided ? done : 0, sided ? done : 0,
                            sided ? 0 : done, 10));
                }
                Optional<StopPlace> where = painStop ? Optional.of(new StopPlace(id(EXERCISES.get(stopAt)),
                        EXERCISES.get(stopAt), "hold", stopAt % 3 != 0 ? "left" : "", 3, 10)) : Optional.empty();
                boolean rated = random.nextInt(10) != 0;
                sessions.add(new SessionRecord(id++, started, Optional.of(started.plusSeconds(35 * 60)), "hip",
                        "Hip exercises", Optional.of("Everyday"),
                        rated ? OptionalInt.of(pain) : OptionalInt.empty(),
                        rated ? OptionalInt.of(Math.max(0, pain + (painStop ? 2 : -random.nextInt(2))))
                                : OptionalInt.empty(),
                        painStop ? SessionRecord.Ending.PAIN_STOP : SessionRecord.Ending.COMPLETED, results, where));
            }
        }
        return sessions;
    }

    /**
     * A year as people live it, the same for the same seed: two sessions on most days, one on some, none on others
     * (gaps of up to a week), now and then a pain stop or a session stopped early, and a move from {@code before}'s
     * time zone to {@code after}'s on {@code moveDay} (sessions keep their local times, 08:00 and 19:00, where they
     * are played, so near midnight they may fall on another day in the other zone).
     */
    public static List<SessionRecord> year(LocalDate firstDay, ZoneId before, ZoneId after, LocalDate moveDay,
                                           long seed) {
        Random random = new Random(seed);
        List<SessionRecord> all = twiceDaily(firstDay, 365, before, seed);
        List<SessionRecord> kept = new ArrayList<>();
        int gapLeft = 0;
        for (int i = 0; i < all.size(); i += 2) {
            LocalDate day = firstDay.plusDays(i / 2);
            if (gapLeft > 0) {
                gapLeft--;
                continue;
            }
            if (random.nextInt(40) == 0) {
                gapLeft = 1 + random.nextInt(7);
                continue;
            }
            ZoneId zone = day.isBefore(moveDay) ? before : after;
            int sessionsToday = random.nextInt(5) == 0 ? 1 : 2;
            for (int k = 0; k < sessionsToday; k++) {
                SessionRecord s = all.get(i + k);
                LocalTime time = k == 0 ? LocalTime.of(8, 0) : LocalTime.of(19, 0);
                Instant started = day.atTime(time).atZone(zone).toInstant();
                SessionRecord.Ending ending = s.ending() == SessionRecord.Ending.PAIN_STOP ? s.ending()
                        : random.nextInt(25) == 0 ? SessionRecord.Ending.STOPPED : s.ending();
                kept.add(new SessionRecord(kept.size() + 1, started, Optional.of(started.plusSeconds(35 * 60)),
                        s.catalogueId(), s.catalogueTitle(), s.routine(), s.painBefore(), s.painAfter(), ending,
                        s.exercises(), s.painStop()));
            }
        }
        return kept;
    }

    private static String id(String name) {
        return name.toLowerCase().replaceAll("[^a-z]+", "-");
    }
}
