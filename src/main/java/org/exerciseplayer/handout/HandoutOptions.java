package org.exerciseplayer.handout;

import java.util.Locale;
import java.util.Objects;

/**
 * How to print a handout.
 *
 * @param largeType 16 pt body text instead of 11 pt, for people who find small print hard to read
 * @param weekChart whether to add a week of tick boxes, one for each time a day an exercise is done
 * @param locale    the language of the handout's own words and of the date
 */
public record HandoutOptions(boolean largeType, boolean weekChart, Locale locale) {

    public HandoutOptions {
        Objects.requireNonNull(locale, "locale");
    }

    /** Normal or large type, with the week chart, in the default locale. */
    public static HandoutOptions of(boolean largeType) {
        return new HandoutOptions(largeType, true, Locale.getDefault());
    }

    /** The body text size in points. */
    float bodySize() {
        return largeType ? 16 : 11;
    }

    /** The distance between lines of body text in points. */
    float lineSpacing() {
        return largeType ? 21 : 15;
    }
}
