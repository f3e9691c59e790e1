package org.exerciseplayer.voice;

import java.util.OptionalLong;

/**
 * How long a phrase takes to say, estimated from its letters and pauses, for where nothing is rendered: the plan
 * printed by {@code --plan}, and live engines that write no file. Fitted to espeak-ng 1.51 ({@code en-gb}, 175 words a
 * minute) over the hip session's phrases; other engines speak at about the same rate at their normal speed.
 */
public final class EstimatedDurations implements Fitting.Durations {

    /** Milliseconds for any phrase, for each letter or digit, and for each pause (a comma, a stop, a colon). */
    static final double BASE = 140;
    static final double PER_LETTER = 52;
    static final double PER_PAUSE = 190;

    private final int speedPercent;

    /** @param speedPercent the speaking rate as a share of the normal rate */
    public EstimatedDurations(int speedPercent) {
        this.speedPercent = speedPercent;
    }

    @Override
    public OptionalLong millis(String text) {
        int letters = 0;
        int pauses = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters++;
            } else if (",.:;?!".indexOf(c) >= 0 && i + 1 < text.length()) {
                pauses++;
            }
        }
        double normal = BASE + PER_LETTER * letters + PER_PAUSE * pauses;
        return OptionalLong.of(Math.round(normal * 100 / speedPercent));
    }
}
