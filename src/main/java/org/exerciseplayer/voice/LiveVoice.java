package org.exerciseplayer.voice;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.exerciseplayer.audio.SoundCues;

/**
 * An engine that speaks live ({@code spd-say}): nothing is rendered, so a phrase's length is estimated, and a phrase
 * starts when the engine's daemon gets to it. It follows the cues' mute.
 */
final class LiveVoice implements VoiceOutput {

    private final SpeechEngine engine;
    private final VoiceChoice choice;
    private final Supplier<SoundCues> sound;
    private final Consumer<String> problem;
    private final EstimatedDurations estimate;
    private volatile boolean failed;

    LiveVoice(SpeechEngine engine, VoiceChoice choice, Supplier<SoundCues> sound, Consumer<String> problem) {
        this.engine = engine;
        this.choice = choice;
        this.sound = sound;
        this.problem = problem;
        this.estimate = new EstimatedDurations(choice.speedPercent());
    }

    @Override
    public OptionalLong millis(String text) {
        return failed ? OptionalLong.empty() : estimate.millis(text);
    }

    @Override
    public Optional<Utterance> prepare(String text, boolean renderIfMissing) {
        if (failed || sound.get().isMuted()) {
            return Optional.empty();
        }
        return Optional.of(new Utterance() {
            private Process speaking;
            private boolean stopped;
            private long endsNanos;

            @Override
            public synchronized void start() {
                if (stopped || speaking != null) {
                    return;
                }
                try {
                    speaking = engine.speak(text, choice);
                    endsNanos = System.nanoTime() + estimate.millis(text).orElse(0) * 1_000_000L;
                } catch (IOException e) {
                    failed = true;
                    problem.accept(VoiceMessages.text("voice.failed", engine.name() + ": " + e.getMessage()));
                }
            }

            @Override
            public synchronized void stop() {
                stopped = true;
                if (speaking != null) {
                    speaking.destroy();
                    if (System.nanoTime() < endsNanos) {
                        engine.silence();
                    }
                }
            }
        });
    }
}
