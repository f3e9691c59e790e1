package org.exerciseplayer.audio;

import java.util.function.Consumer;

/**
 * The sounds that mark moments in a session. Playing never blocks and never throws for want of sound: when no sound
 * can be made, {@link #play} does nothing and the {@link #status()} says why, so the screen can show its visual cue
 * instead.
 *
 * <p>Implementations are thread-safe: any method may be called from any thread.
 */
public interface SoundCues {

    /**
     * Starts the cue's sound and returns at once. Does nothing when muted, at volume 0, or when sound is unavailable.
     */
    void play(Cue cue);

    /**
     * Opens a spoken phrase, a 16-bit PCM mono WAV file, at the volume now, ready to start at once, like a cue: muted
     * sound, a volume of 0 and unavailable sound give nothing, and muting silences a phrase that plays. It may take some
     * milliseconds, so call it ahead of the phrase's moment and off the UI thread. Never throws for want of sound: a
     * device lost shows in the {@link #status()}.
     */
    java.util.Optional<PreparedSound> prepare(java.nio.file.Path wav);

    /** Muting silences at once the cues and phrases playing, and those to come, until unmuted. */
    void setMuted(boolean muted);

    boolean isMuted();

    /**
     * Sets the loudness of the cues to come, from 0 (silent) to 1 (as loud as the sound files are), as a linear
     * factor on the samples. Muting keeps the volume for when sound is turned back on.
     *
     * @throws IllegalArgumentException if the volume is not between 0 and 1
     */
    void setVolume(double volume);

    double volume();

    SoundStatus status();

    /**
     * Tells the listener of each change of {@link #status()}, at most once per state; a listener added when the
     * status is already known is told it at once. {@link SoundStatus.State#UNAVAILABLE} is final, so a listener hears
     * of it once: the moment to show a single quiet note and rely on the visual cues.
     *
     * <p>The listener is called on whichever thread found out (often a background one) and must return quickly: a
     * JavaFX screen hops to its own thread with {@code Platform.runLater} before touching any node.
     */
    void addStatusListener(Consumer<SoundStatus> listener);

    /** Stops telling a listener added with {@link #addStatusListener}, such as a screen that has gone. */
    void removeStatusListener(Consumer<SoundStatus> listener);
}
