package org.exerciseplayer.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Phrases rendered ahead into the cache, played through the sound cues' path, and an engine that fails. */
class RenderedVoiceTest {

    @TempDir
    Path folder;

    private final ToneEngine engine = new ToneEngine();
    private final RecordingSoundCues sound = new RecordingSoundCues();
    private final List<String> notes = new ArrayList<>();
    private final VoiceChoice choice = new VoiceChoice("en-GB", "", 100);

    private RenderedVoice voice(PhraseCache cache) {
        return new RenderedVoice(engine, choice, cache, () -> sound, notes::add);
    }

    @Test
    void aPhraseHasNoLengthUntilItIsRenderedThenPlaysFromTheCacheThroughTheCuesPath() {
        RenderedVoice voice = voice(new PhraseCache(folder, 1 << 24));
        assertThat(voice.millis("Release.")).isEmpty();
        assertThat(voice.prepare("Release.", false)).isEmpty();

        voice.renderAhead(List.of("Release.", "Hold for 20 seconds.")).join();

        assertThat(voice.millis("Release.").orElseThrow()).isBetween(ToneEngine.toneMillis("Release."),
                ToneEngine.toneMillis("Release.") + 35);
        voice.prepare("Release.", false).orElseThrow().start();
        assertThat(sound.phrasesStarted()).containsExactly(voice.file("Release."));
        assertThat(voice.file("Release.")).exists().hasParent(folder);
    }

    @Test
    void whatIsInTheCacheIsNotRenderedAgainNotEvenByAnotherRun() {
        PhraseCache cache = new PhraseCache(folder, 1 << 24);
        voice(cache).renderAhead(List.of("3", "2", "1")).join();
        RenderedVoice again = voice(cache);

        again.renderAhead(List.of("3", "2", "1", "Release.")).join();

        assertThat(engine.rendered).containsExactly("3", "2", "1", "Release.");
        assertThat(again.millis("2")).isPresent();
    }

    @Test
    void aQuestionNotRenderedYetIsRenderedWhenAskedTheTimedLinesNever() {
        RenderedVoice voice = voice(new PhraseCache(folder, 1 << 24));

        assertThat(voice.prepare("Is your pain any worse?", false)).isEmpty();
        assertThat(voice.prepare("Is your pain any worse?", true)).isPresent();
        assertThat(engine.rendered).containsExactly("Is your pain any worse?");
    }

    @Test
    void mutedOrWithoutSoundNothingIsOpened() {
        RenderedVoice voice = voice(new PhraseCache(folder, 1 << 24));
        voice.renderAhead(List.of("Release.")).join();

        sound.setMuted(true);
        assertThat(voice.prepare("Release.", false)).isEmpty();
        sound.setMuted(false);
        sound.loseSound("No sound device was found; cues are shown on screen instead.");
        assertThat(voice.prepare("Release.", false)).isEmpty();
        assertThat(sound.phrasesOpened()).isEmpty();
    }

    @Test
    void anEngineThatFailsIsNotAskedAgainAndThePersonIsToldOnce() {
        engine.failing = true;
        RenderedVoice voice = voice(new PhraseCache(folder, 1 << 24));

        voice.renderAhead(List.of("Release.", "3")).join();
        voice.renderAhead(List.of("Hold.")).join();
        assertThat(voice.prepare("Is your pain any worse?", true)).isEmpty();

        assertThat(notes).containsExactly("The voice stopped working (tone: the synthesizer crashed); the session goes "
                + "on with the sound cues and the flash.");
        assertThat(voice.failure()).isPresent();
        assertThat(voice.millis("Release.")).isEmpty();
    }
}
