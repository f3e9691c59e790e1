package org.exerciseplayer.history;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The history as CSV (RFC 4180): a header, then one row per exercise result, and one row with empty exercise
 * columns for a session without results. Lines end in CRLF; a field holding a comma, a quote or a line break is
 * quoted, with its quotes doubled. Dates are ISO ({@code 2026-03-02}) and times {@code 09:05:00} in the person's
 * zone; a session that ran past midnight has an end time earlier than its start time. The header is English and
 * fixed, so that a spreadsheet or script reads every export the same way. Texts that a spreadsheet would run as
 * a formula are defused (see {@link #text(String)}). "stopped at" says, on every row of a stopped session, where it
 * stopped: "Clam exercise: rep, right side, 6 of 12", or "at the check before Clam exercise". The last column,
 * "counts as", says how the session counts in progress and the report ({@link Adherence}): {@code done},
 * {@code stopped for pain}, {@code stopped early} or {@code nothing done}; a session's days are its "date" column, in
 * the same zone as theirs.
 */
public final class CsvExport {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("session id", "date", "start time", "end time", "ending",
            "catalogue", "routine", "pain before", "pain after", "exercise position", "exercise id",
            "exercise name", "outcome", "done right", "done left", "done without side", "planned", "stopped at",
            "counts as");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private CsvExport() {
    }

    /** Writes {@code sessions} in their order, with dates and times in {@code zone}. Does not close {@code out}. */
    public static void write(List<SessionRecord> sessions, ZoneId zone, Writer out) throws IOException {
        writeRow(out, HEADER);
        List<String> row = new ArrayList<>(HEADER.size());
        for (SessionRecord s : sessions) {
            LocalDateTime start = LocalDateTime.ofInstant(s.started(), zone);
            List<String> session = List.of(Long.toString(s.id()), start.toLocalDate().toString(),
                    TIME.format(start),
                    s.ended().map(end -> TIME.format(LocalDateTime.ofInstant(end, zone))).orElse(""),
                    s.ending().name(), text(s.catalogueTitle()), text(s.routine().orElse("")), rating(s.painBefore()),
                    rating(s.painAfter()));
            String stoppedAt = s.stopPlace().map(CsvExport::where).orElse("");
            if (s.exercises().isEmpty()) {
                row.clear();
                row.addAll(session);
                while (row.size() < HEADER.size() - 2) {
                    row.add("");
                }
                row.add(stoppedAt);
                row.add(countsAs(s));
                writeRow(out, row);
            }
            for (ExerciseResult r : s.exercises()) {
                row.clear();
                row.addAll(session);
                row.add(Integer.toString(r.position()));
                row.add(r.exerciseId());
                row.add(text(r.exerciseName()));
                row.add(r.outcome().name());
                row.add(Integer.toString(r.doneRight()));
                row.add(Integer.toString(r.doneLeft()));
                row.add(Integer.toString(r.doneWithoutSide()));
                row.add(Integer.toString(r.planned()));
                row.add(stoppedAt);
                row.add(countsAs(s));
                writeRow(out, row);
            }
        }
        out.flush();
    }

    /**
     * A text that came from a catalogue or routine file, so from anywhere: one that a spreadsheet would take for
     * a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, which
     * spreadsheets show as text and do not run (OWASP's advice on CSV injection).
     */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    /** Where a session stopped, in fixed English words like the header. */
    static String where(StopPlace stop) {
        String name = text(java.util.Objects.toString(stop.exerciseName(), ""));
        if (stop.atCheck()) {
            return "at the check before " + name;
        }
        List<String> parts = new ArrayList<>();
        if (stop.phase() != null && !stop.phase().isBlank()) {
            parts.add(stop.phase());
        }
        if (stop.side() != null && !stop.side().isBlank()) {
            parts.add(stop.side() + " side");
        }
        if (stop.repetition() > 0) {
            parts.add(stop.repetition() + " of " + stop.of());
        }
        return parts.isEmpty() ? name : name + ": " + String.join(", ", parts);
    }

    /** The session's kind in words: "done", "stopped for pain", "stopped early" or "nothing done". */
    static String countsAs(SessionRecord session) {
        return Adherence.kind(session).name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String rating(OptionalInt rating) {
        return rating.isPresent() ? Integer.toString(rating.getAsInt()) : "";
    }

    private static void writeRow(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            writeField(out, fields.get(i) == null ? "" : fields.get(i));
        }
        out.write("\r\n");
    }

    static void writeField(Writer out, String field) throws IOException {
        boolean quote = false;
        for (int i = 0; i < field.length() && !quote; i++) {
            char c = field.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(field);
            return;
        }
        out.write('"');
        out.write(field.replace("\"", "\"\""));
        out.write('"');
    }
}
