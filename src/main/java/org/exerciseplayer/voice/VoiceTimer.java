package org.exerciseplayer.voice;

/**
 * Runs the coach's work at instants of the session's clock, off the UI thread, so that a phrase starts on its instant
 * whatever the frame rate. {@link ClockTimer} is the real one; tests run one in virtual time.
 */
public interface VoiceTimer extends AutoCloseable {

    /** Runs {@code task} once the clock reads {@code clockNanos} (at once if it already has). */
    Scheduled at(long clockNanos, Runnable task);

    /**
     * Runs work that readies a phrase (which may take some milliseconds) at that instant, where it cannot delay a
     * phrase's start; by default like {@link #at}.
     */
    default Scheduled prepareAt(long clockNanos, Runnable task) {
        return at(clockNanos, task);
    }

    /** Lets what is scheduled run, then stops; nothing new is taken. */
    @Override
    void close();

    /** Something scheduled, which may be called off before it runs. */
    interface Scheduled {
        void cancel();
    }
}
