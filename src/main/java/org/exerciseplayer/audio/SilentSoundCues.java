package org.exerciseplayer.audio;

/**
 * Cues that are never heard, for when sound is switched off on purpose (a command-line option could choose it) or
 * cannot be had at all. Its status is unavailable from the start, so the screen shows its visual cues.
 */
public final class SilentSoundCues extends SoundCuesBase {

    /** @param reason the plain sentence the person sees, saying what happens instead */
    public SilentSoundCues(String reason) {
        super(SoundStatus.unavailable(reason));
    }

    /** Sound switched off on purpose: "Sound is switched off; cues are shown on screen instead." */
    public static SilentSoundCues switchedOff() {
        return new SilentSoundCues(SilenceReason.SWITCHED_OFF.message());
    }

    @Override
    void playAudibly(Cue cue, double volume) {
        // Never reached: the status is unavailable from the start.
    }
}
