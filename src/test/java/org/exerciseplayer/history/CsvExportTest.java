package org.exerciseplayer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aHeaderThenOneRowPerExerciseResult() throws IOException {
        List<SessionRecord> sessions = GeneratedHistory.twiceDaily(LocalDate.of(2026, 3, 2), 3, LONDON, 1);

        List<List<String>> rows = parse(csv(sessions, LONDON));

        assertThat(rows.get(0)).isEqualTo(CsvExport.HEADER);
        assertThat(rows).hasSize(1 + 6 * GeneratedHistory.EXERCISES.size());
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(CsvExport.HEADER.size()));
        List<String> first = rows.get(1);
        assertThat(first.subList(0, 7)).containsExactly("1", "2026-03-02", "08:00:00", "08:35:00", "COMPLETED",
                "Hip exercises", "Everyday");
        assertThat(first.subList(9, 13)).containsExactly("0", "lower-back-rotations", "Lower back rotations",
                sessions.get(0).exercises().get(0).outcome().name());
    }

    @Test
    void textsThatASpreadsheetWouldRunAsAFormulaAreDefused() throws IOException {
        SessionRecord s = new SessionRecord(7, Instant.parse("2026-03-02T09:00:00Z"), Optional.empty(), "hip",
                "=HYPERLINK(\"http://example.org\")", Optional.of("+1 routine"), OptionalInt.empty(),
                OptionalInt.empty(), SessionRecord.Ending.INTERRUPTED, List.of(), Optional.empty());

        List<String> row = parse(csv(List.of(s), ZoneOffset.UTC)).get(1);

        assertThat(row.subList(5, 7)).containsExactly("'=HYPERLINK(\"http://example.org\")", "'+1 routine");
        assertThat(CsvExport.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.text("-2")).isEqualTo("'-2");
        assertThat(CsvExport.text("Hip exercises")).isEqualTo("Hip exercises");
        assertThat(CsvExport.text("")).isEmpty();
    }

    @Test
    void timesAreInThePersonsZone() throws IOException {
        Instant started = Instant.parse("2026-07-01T23:30:00Z");
        SessionRecord s = session(1, started, "Hip", Optional.empty(), List.of());

        List<String> row = parse(csv(List.of(s), ZoneId.of("Asia/Tokyo"))).get(1);

        assertThat(row.subList(1, 4)).containsExactly("2026-07-02", "08:30:00", "08:50:00");
    }

    @Test
    void aSessionWithoutResultsIsOneRowWithEmptyExerciseColumns() throws IOException {
        SessionRecord s = new SessionRecord(7, Instant.parse("2026-03-02T09:00:00Z"), Optional.empty(), "hip",
                "Hip exercises", Optional.empty(), OptionalInt.of(4), OptionalInt.empty(),
                SessionRecord.Ending.INTERRUPTED, List.of(), Optional.empty());

        List<List<String>> rows = parse(csv(List.of(s), ZoneOffset.UTC));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsExactly("7", "2026-03-02", "09:00:00", "", "INTERRUPTED", "Hip exercises",
                "", "4", "", "", "", "", "", "", "", "", "", "", "nothing done");
    }

    @Test
    void everyRowOfAStoppedSessionSaysWhereItStopped() throws IOException {
        ExerciseResult clam = new ExerciseResult(2, "clam", "Clam exercise", ExerciseResult.Outcome.STOPPED, 6, 0, 0,
                12);
        SessionRecord during = new SessionRecord(8, Instant.parse("2026-03-02T09:00:00Z"),
                Optional.of(Instant.parse("2026-03-02T09:20:00Z")), "hip", "Hip exercises", Optional.empty(),
                OptionalInt.empty(), OptionalInt.empty(), SessionRecord.Ending.STOPPED, List.of(clam),
                Optional.of(new StopPlace("clam", "Clam exercise", "rep", "right", 7, 12)));
        SessionRecord atCheck = new SessionRecord(9, Instant.parse("2026-03-03T09:00:00Z"),
                Optional.of(Instant.parse("2026-03-03T09:20:00Z")), "hip", "Hip exercises", Optional.empty(),
                OptionalInt.empty(), OptionalInt.empty(), SessionRecord.Ending.PAIN_STOP, List.of(),
                Optional.of(new StopPlace("clam", "Clam exercise", StopPlace.AT_CHECK, "", 0, 0)));

        List<List<String>> rows = parse(csv(List.of(during, atCheck), ZoneOffset.UTC));

        assertThat(rows.get(1).subList(12, 18)).containsExactly("STOPPED", "6", "0", "0", "12",
                "Clam exercise: rep, right side, 7 of 12");
        assertThat(rows.get(2).get(17)).isEqualTo("at the check before Clam exercise");
    }

    @Test
    void theLastColumnSaysHowEachSessionCountsInProgressAndTheReport() throws IOException {
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        ExerciseResult done = new ExerciseResult(0, "clam", "Clam", ExerciseResult.Outcome.DONE, 5, 5, 0, 5);
        List<SessionRecord> sessions = List.of(
                session(1, at, "Hip", Optional.empty(), List.of(done)),
                new SessionRecord(2, at.plusSeconds(60), Optional.of(at.plusSeconds(90)), "hip", "Hip",
                        Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), SessionRecord.Ending.PAIN_STOP,
                        List.of(done), Optional.empty()),
                new SessionRecord(3, at.plusSeconds(120), Optional.of(at.plusSeconds(190)), "hip", "Hip",
                        Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), SessionRecord.Ending.STOPPED,
                        List.of(done), Optional.empty()));

        List<List<String>> rows = parse(csv(sessions, ZoneOffset.UTC));

        assertThat(rows.get(0)).last().isEqualTo("counts as");
        assertThat(rows.subList(1, 4)).extracting(row -> row.get(row.size() - 1))
                .containsExactly("done", "stopped for pain", "stopped early");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndReadBackUnchanged() throws IOException {
        String title = "Hips, knees & \"backs\"";
        String routine = "Morning\nroutine\r\nlong";
        String name = "Stretch, \"gentle\"\nthen hold";
        ExerciseResult result = new ExerciseResult(0, "odd", name, ExerciseResult.Outcome.DONE, 1, 2, 0, 3);
        SessionRecord s = session(1, Instant.parse("2026-03-02T09:00:00Z"), title, Optional.of(routine),
                List.of(result));

        String csv = csv(List.of(s), ZoneOffset.UTC);
        List<List<String>> rows = parse(csv);

        assertThat(csv).contains("\"Hips, knees & \"\"backs\"\"\"");
        assertThat(csv).endsWith("\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(5)).isEqualTo(title);
        assertThat(rows.get(1).get(6)).isEqualTo(routine);
        assertThat(rows.get(1).get(11)).isEqualTo(name);
        assertThat(rows.get(1).subList(13, 17)).containsExactly("1", "2", "0", "3");
    }

    @Test
    void noSessionsIsTheHeaderAlone() throws IOException {
        assertThat(csv(List.of(), ZoneOffset.UTC)).isEqualTo(String.join(",", CsvExport.HEADER) + "\r\n");
    }

    private static SessionRecord session(long id, Instant started, String title, Optional<String> routine,
                                         List<ExerciseResult> results) {
        return new SessionRecord(id, started, Optional.of(started.plusSeconds(1200)), "hip", title, routine,
                OptionalInt.of(5), OptionalInt.of(4), SessionRecord.Ending.COMPLETED, results, Optional.empty());
    }

    private static String csv(List<SessionRecord> sessions, ZoneId zone) throws IOException {
        StringWriter out = new StringWriter();
        CsvExport.write(sessions, zone, out);
        return out.toString();
    }

    /** A strict RFC 4180 reader: CRLF between records, quoted fields with doubled quotes. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i++;
                while (true) {
                    char q = csv.charAt(i++);
                    if (q == '"') {
                        if (i < csv.length() && csv.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && csv.startsWith("\r\n", i)) {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                assertThat(c).as("an unquoted line break or quote at " + i).isNotIn('\r', '\n', '"');
                field.append(c);
                i++;
            }
        }
        assertThat(row).as("the last record ends in CRLF").isEmpty();
        return rows;
    }
}
