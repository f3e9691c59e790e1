package org.exerciseplayer.history;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes a demonstration history into a data folder, for looking at the between-sessions screens under Xvfb:
 * {@code java -cp … org.exerciseplayer.history.DemoHistory FOLDER [DAYS]} writes DAYS (default 20) of the generated
 * twice-daily history ending yesterday, in the computer's zone.
 */
public final class DemoHistory {

    private DemoHistory() {
    }

    public static void main(String[] args) throws Exception {
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        ZoneId zone = ZoneId.systemDefault();
        LocalDate first = LocalDate.now(zone).minusDays(days);
        List<SessionRecord> sessions = GeneratedHistory.twiceDaily(first, days, zone, 5);
        try (SqliteHistoryStore store = SqliteHistoryStore.open(Path.of(args[0]))) {
            for (SessionRecord s : sessions) {
                long id = store.sessionStarted(s.started(), s.catalogueId(), s.catalogueTitle(), s.routine(),
                        s.painBefore());
                for (ExerciseResult r : s.exercises()) {
                    store.exerciseFinished(id, r);
                }
                store.sessionEnded(id, s.ended().orElseThrow(), s.ending(), s.painStop());
                if (s.painAfter().isPresent()) {
                    store.painAfter(id, s.painAfter().getAsInt());
                }
            }
            for (int d = 1; d < days; d += 3) {
                LocalDate day = first.plusDays(d);
                store.morningCheck(MorningCheck.answered(day.atTime(7, 30).atZone(zone).toInstant(), day, "hip",
                        d % 2 == 0 ? MorningCheck.Answer.BETTER : MorningCheck.Answer.SAME));
            }
        }
        System.out.println(sessions.size() + " sessions written to " + args[0]);
    }
}
