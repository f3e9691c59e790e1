package org.exerciseplayer.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Rows of the history file's tables turned back into records (columns in {@link SqliteHistoryStore}'s order). */
final class SessionRows {

    private SessionRows() {
    }

    static SessionRecord session(ResultSet row, List<ExerciseResult> exercises) throws SQLException {
        Optional<Instant> ended = instant(row, 3);
        String ending = row.getString(9);
        SessionRecord.Ending how = ended.isEmpty() || ending == null
                ? SessionRecord.Ending.INTERRUPTED : SessionRecord.Ending.valueOf(ending);
        String stopExercise = row.getString(10);
        Optional<StopPlace> stopPlace = stopExercise == null ? Optional.empty()
                : Optional.of(new StopPlace(stopExercise, row.getString(11), row.getString(12), row.getString(13),
                        row.getInt(14), row.getInt(15), integer(row, 16)));
        return new SessionRecord(row.getLong(1), Instant.ofEpochMilli(row.getLong(2)), ended, row.getString(4),
                row.getString(5), Optional.ofNullable(row.getString(6)), integer(row, 7), integer(row, 8), how,
                exercises, stopPlace);
    }

    /** An exercise result from a row whose first column is its session's id. */
    static ExerciseResult result(ResultSet row) throws SQLException {
        return new ExerciseResult(row.getInt(2), row.getString(3), row.getString(4),
                ExerciseResult.Outcome.valueOf(row.getString(5)), row.getInt(6), row.getInt(7), row.getInt(8),
                row.getInt(9));
    }

    /** A next-morning check from a row of answered, day, catalogue_id, answer, rating, compared_with. */
    static MorningCheck morningCheck(ResultSet row) throws SQLException {
        return new MorningCheck(Instant.ofEpochMilli(row.getLong(1)), java.time.LocalDate.parse(row.getString(2)),
                row.getString(3), MorningCheck.Answer.valueOf(row.getString(4)), integer(row, 5), integer(row, 6));
    }

    private static Optional<Instant> instant(ResultSet row, int column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    private static OptionalInt integer(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
