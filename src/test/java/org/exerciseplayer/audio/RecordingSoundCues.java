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

    public RecordingSoundCues() {
        super(SoundStatus.AVAILABLE);
    }

    @Override
    void playAudibly(Cue cue, double volume) {
        plays.add(new Played(cue, volume));
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
