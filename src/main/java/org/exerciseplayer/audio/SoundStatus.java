package org.exerciseplayer.audio;

import java.util.Objects;

/**
 * Whether cues can be heard. It starts {@link State#UNKNOWN} while the sound device is checked, becomes
 * {@link State#AVAILABLE}, or becomes {@link State#UNAVAILABLE} with a reason for the person, which is final.
 *
 * @param reason a plain sentence for the person when unavailable, such as "No sound device was found; cues are
 *               shown on screen instead."; empty otherwise
 */
public record SoundStatus(State state, String reason) {

    public enum State { UNKNOWN, AVAILABLE, UNAVAILABLE }

    public static final SoundStatus UNKNOWN = new SoundStatus(State.UNKNOWN, "");
    public static final SoundStatus AVAILABLE = new SoundStatus(State.AVAILABLE, "");

    public SoundStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        if ((state == State.UNAVAILABLE) == reason.isBlank()) {
            throw new IllegalArgumentException(state == State.UNAVAILABLE
                    ? "an unavailable status needs a reason" : "only an unavailable status has a reason");
        }
    }

    public static SoundStatus unavailable(String reason) {
        return new SoundStatus(State.UNAVAILABLE, reason);
    }

    public boolean isAvailable() {
        return state == State.AVAILABLE;
    }

    public boolean isUnavailable() {
        return state == State.UNAVAILABLE;
    }
}
