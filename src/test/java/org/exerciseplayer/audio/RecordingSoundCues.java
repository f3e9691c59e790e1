package org.exerciseplayer.audio;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Sound cues for tests of other parts: every cue that would have been heard is recorded in order, with its volume.
 * It honours mute and volume like the real cues, starts available, and can be told that sound was lost.
 */
public final class RecordingSoundCues extends SoundCuesBase {

    /** A cue that would have been heard, and how loud. */
    public record Played(Cue cue, double volume) {}

    private final List<Played> plays = new CopyOnWriteArrayList<>();
    /** The phrase files opened, and those started, in order. */
    private final List<java.nio.file.Path> phrasesOpened = new CopyOnWriteArrayList<>();
    private final List<java.nio.file.Path> phrasesStarted = new CopyOnWriteArrayList<>();

    public RecordingSoundCues() {
        super(SoundStatus.AVAILABLE);
    }

    /** Cues whose device check is still running, as the real ones are when just started: see {@link #checked()}. */
    public static RecordingSoundCues checking() {
        return new RecordingSoundCues(SoundStatus.UNKNOWN);
    }

    private RecordingSoundCues(SoundStatus initial) {
        super(initial);
    }

    /** The device check is over: sound can be heard. */
    public void checked() {
        changeStatus(SoundStatus.AVAILABLE);
    }

    @Override
    void playAudibly(Cue cue, double volume) {
        plays.add(new Played(cue, volume));
    }

    @Override
    java.util.Optional<PreparedSound> prepareAudibly(java.nio.file.Path wav, double volume) {
        if (!status().isAvailable()) {
            return java.util.Optional.empty(); // as the real cues: no player before the device check is over
        }
        phrasesOpened.add(wav);
        return java.util.Optional.of(new PreparedSound() {
            @Override
            public void start() {
                phrasesStarted.add(wav);
            }

            @Override
            public void stop() {
                // Nothing plays.
            }
        });
    }

    /** The spoken phrases' files that were started, in order. */
    public List<java.nio.file.Path> phrasesStarted() {
        return List.copyOf(phrasesStarted);
    }

    public List<java.nio.file.Path> phrasesOpened() {
        return List.copyOf(phrasesOpened);
    }

    public List<Played> plays() {
        return List.copyOf(plays);
    }

    public List<Cue> played() {
        return plays.stream().map(Played::cue).toList();
    }

    public void clear() {
        plays.clear();
    }

    /** Acts as if the sound device had just been lost: listeners hear of it, later cues are not heard. */
    public void loseSound(String reason) {
        changeStatus(SoundStatus.unavailable(reason));
    }
}
