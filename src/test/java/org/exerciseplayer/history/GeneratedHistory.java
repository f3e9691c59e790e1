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

    private static String id(String name) {
        return name.toLowerCase().replaceAll("[^a-z]+", "-");
    }
}
