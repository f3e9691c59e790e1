package org.exerciseplayer.audio;

/**
 * A sound file made ready to play at once (a spoken phrase): {@link SoundCues#prepare} opens it ahead of its moment,
 * so that {@link #start()} is heard without delay. Each is started at most once; either method may be called from any
 * thread.
 */
public interface PreparedSound {

    /** Starts it now and returns at once; does nothing once stopped. */
    void start();

    /** Silences it at once if it plays, and frees what it holds. */
    void stop();
}
