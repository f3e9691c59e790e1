package org.exerciseplayer.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the whole-session limits and the plan: routines written as files, with doses, pacing, sides,
 * directions, preparations and repetitions of items chosen by the fuzzer anywhere in (and just past) their
 * ranges, so that sessions near 4 hours, near 5,000 phases and far past 2^31 seconds are all tried. Each is refused
 * at the item that takes it over, or plans within the limits and plays ({@link FileInvariant}).
 */
class PlanFuzzTest {

    private static final String CATALOGUE = """
            { "formatVersion": 1, "id": "fuzz", "version": "1", "title": "Fuzz", "language": "en",
              "source": { "title": "Fuzz", "publisher": "Fuzz" },
              "safety": { "stopRule": "Stop.", "review": { "text": "Review.", "days": 14 },
                          "maintenance": { "text": "Keep on.", "minTimesPerDay": 1, "maxTimesPerDay": 2 } },
              "pacing": { "getReadySeconds": %d, "restSeconds": %d, "secondsPerRepetition": %d, "switchSeconds": %d },
              "sections": [ { "id": "all", "title": "All", "exercises": [ %s ] } ] }""";

    @FuzzTest(maxDuration = "5m")
    void anySessionIsRefusedAtTheItemThatTakesItOverOrPlans(FuzzedDataProvider data) {
        List<String> exercises = new ArrayList<>();
        int exerciseCount = data.consumeInt(1, 4);
        for (int i = 0; i < exerciseCount; i++) {
            exercises.add(exercise(i, data));
        }
        String catalogue = CATALOGUE.formatted(data.consumeInt(0, 121), data.consumeInt(0, 301),
                data.consumeInt(1, 61), data.consumeInt(0, 121), String.join(", ", exercises));
        List<String> items = new ArrayList<>();
        int itemCount = data.consumeInt(1, 501);
        for (int i = 0; i < itemCount && data.remainingBytes() > 0; i++) {
            items.add(item(data.consumeInt(0, exerciseCount - 1), data));
        }
        if (items.isEmpty()) {
            items.add("{ \"exercise\": \"e0\" }");
        }
        String routine = "{ \"formatVersion\": 1, \"title\": \"Fuzz\", \"exercises\": [ " + String.join(", ", items)
                + " ], \"catalogue\": " + catalogue + " }";
        FileInvariant.holdsFor(routine.getBytes(StandardCharsets.UTF_8));
    }

    private static String exercise(int index, FuzzedDataProvider data) {
        return "{ \"id\": \"e" + index + "\", \"name\": \"E" + index + "\", \"steps\": [\"Move.\"], \"dose\": "
                + dose(data, true) + " }";
    }

    private static String item(int exercise, FuzzedDataProvider data) {
        StringBuilder item = new StringBuilder("{ \"exercise\": \"e" + exercise + "\"");
        if (data.consumeBoolean()) {
            item.append(", \"dose\": ").append(dose(data, false));
        }
        if (data.consumeBoolean()) {
            item.append(", \"pacing\": { \"restSeconds\": ").append(data.consumeInt(0, 301))
                    .append(", \"getReadySeconds\": ").append(data.consumeInt(0, 121)).append(" }");
        }
        return item.append(" }").toString();
    }

    /** A dose of any shape; each amount within its range or one past it. */
    private static String dose(FuzzedDataProvider data, boolean complete) {
        List<String> fields = new ArrayList<>();
        switch (data.consumeInt(0, 2)) {
            case 0 -> {
                fields.add("\"holdSeconds\": " + data.consumeInt(1, 601));
                fields.add("\"repetitions\": " + data.consumeInt(1, 501));
            }
            case 1 -> fields.add("\"repetitions\": " + data.consumeInt(1, 501));
            default -> fields.add("\"durationSeconds\": " + data.consumeInt(1, 3601));
        }
        if (complete || data.consumeBoolean()) {
            fields.add("\"sides\": \"" + data.pickValue(new String[] {"none", "each", "alternating"}) + "\"");
        }
        if (data.consumeBoolean()) {
            int count = data.consumeInt(2, 8);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                names.add("\"d" + i + "\"");
            }
            fields.add("\"directions\": { \"names\": [" + String.join(", ", names) + "], \"order\": \""
                    + (data.consumeBoolean() ? "each" : "alternating") + "\" }");
        }
        if (complete && data.consumeBoolean()) {
            fields.add("\"preparation\": { \"name\": \"warm-up\", \"repetitions\": " + data.consumeInt(1, 100) + " }");
        }
        return "{ " + String.join(", ", fields) + " }";
    }
}
