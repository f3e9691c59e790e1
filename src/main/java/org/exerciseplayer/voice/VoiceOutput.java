package org.exerciseplayer.voice;

import java.util.Optional;

/**
 * Where the coach's phrases are heard: rendered phrases played through the sound cues' path, or an engine that speaks
 * live. It knows how long each phrase lasts once it can say it ({@link #millis}); what it cannot say yet has no length,
 * and the fitting leaves it out. Thread-safe.
 */
public interface VoiceOutput extends Fitting.Durations {

    /**
     * Readies a phrase to start at once, as the cue sounds are: may take some milliseconds, so the coach calls it ahead
     * of the phrase's instant, off the UI thread. Empty when it cannot be said now: not rendered yet (unless
     * {@code renderIfMissing}, for the questions, which have no deadline), muted, or no sound.
     */
    Optional<Utterance> prepare(String text, boolean renderIfMissing);

    /** A phrase ready to be heard. */
    interface Utterance {
        /** Starts it now and returns at once. */
        void start();

        /** Silences it at once if it is playing, and frees what it holds; it is not started after. */
        void stop();
    }

    /** An output that says nothing, for a voice that is off or has no engine. */
    VoiceOutput NONE = new VoiceOutput() {
        @Override
        public java.util.OptionalLong millis(String text) {
            return java.util.OptionalLong.empty();
        }

        @Override
        public Optional<Utterance> prepare(String text, boolean renderIfMissing) {
            return Optional.empty();
        }
    };
}
