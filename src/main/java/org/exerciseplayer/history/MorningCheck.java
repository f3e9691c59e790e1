package org.exerciseplayer.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The next-morning check: how the pain was the morning after a day of exercise, compared with before that day's
 * exercise (the pain-monitoring model judges the load by it).
 *
 * @param at           when it was answered
 * @param day          the person's calendar day it was answered on (in their zone then)
 * @param catalogueId  the catalogue whose sessions it follows
 * @param answer       better, the same or worse; or, for a number with nothing to compare it with, {@link Answer#RATED}
 * @param rating       under a physio's pain limit, the pain this morning from 0 to 10; empty for the leaflet's question
 * @param comparedWith the rating given before the previous day's first rated session, which a number is compared with
 */
public record MorningCheck(Instant at, LocalDate day, String catalogueId, Answer answer, OptionalInt rating,
                           OptionalInt comparedWith) {

    /** The answer, as the person gave it or as their number compares. */
    public enum Answer {
        BETTER,
        SAME,
        WORSE,
        /** A number was given but there was no rating from before the previous day's exercise to compare it with. */
        RATED
    }

    public MorningCheck {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(catalogueId, "catalogueId");
        Objects.requireNonNull(answer, "answer");
        rating = rating == null ? OptionalInt.empty() : rating;
        comparedWith = comparedWith == null ? OptionalInt.empty() : comparedWith;
    }

    /** The leaflet's question: better, the same or worse, without a number. */
    public static MorningCheck answered(Instant at, LocalDate day, String catalogueId, Answer answer) {
        return new MorningCheck(at, day, catalogueId, answer, OptionalInt.empty(), OptionalInt.empty());
    }

    /**
     * A number under a physio's pain limit, judged against the rating before the previous day's exercise: higher is
     * worse, lower better; without one to compare with, {@link Answer#RATED}.
     */
    public static MorningCheck rated(Instant at, LocalDate day, String catalogueId, int rating, OptionalInt before) {
        if (rating < 0 || rating > 10) {
            throw new IllegalArgumentException("a pain rating is from 0 to 10, got " + rating);
        }
        Answer answer = before.isEmpty() ? Answer.RATED
                : rating > before.getAsInt() ? Answer.WORSE : rating < before.getAsInt() ? Answer.BETTER : Answer.SAME;
        return new MorningCheck(at, day, catalogueId, answer, OptionalInt.of(rating), before);
    }

    public boolean isWorse() {
        return answer == Answer.WORSE;
    }
}
