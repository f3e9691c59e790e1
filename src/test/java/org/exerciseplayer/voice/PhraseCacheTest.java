package org.exerciseplayer.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhraseCacheTest {

    @TempDir
    Path folder;

    private final ToneEngine engine = new ToneEngine();
    private final VoiceChoice choice = new VoiceChoice("en-GB", "", 100);

    @Test
    void aPhraseIsKeyedByItsTextVoiceSpeedAndTheEnginesVersion() {
        String key = PhraseCache.key(engine, choice, "Release.");

        assertThat(PhraseCache.key(engine, choice, "Release.")).isEqualTo(key).matches("[0-9a-f]{40}");
        assertThat(PhraseCache.key(engine, choice, "Release")).isNotEqualTo(key);
        assertThat(PhraseCache.key(engine, new VoiceChoice("en-GB", "tone-low", 100), "Release.")).isNotEqualTo(key);
        assertThat(PhraseCache.key(engine, new VoiceChoice("en-GB", "", 110), "Release.")).isNotEqualTo(key);
        assertThat(PhraseCache.key(engine, new VoiceChoice("en-US", "", 100), "Release.")).isNotEqualTo(key);
        engine.version = "2";
        assertThat(PhraseCache.key(engine, choice, "Release.")).isNotEqualTo(key);
    }

    @Test
    void aStoredPhraseIsTrimmedOfSilenceAndItsLengthKnown() throws Exception {
        PhraseCache cache = new PhraseCache(folder.resolve("voice"), 1 << 20);
        String key = PhraseCache.key(engine, choice, "Release.");
        Path written = cache.scratch(key);
        Files.write(written, ToneEngine.wav(280));

        long millis = cache.store(key, written);

        assertThat(millis).as("280 ms of tone and two 15 ms margins").isBetween(300L, 315L);
        assertThat(cache.millis(key)).hasValue(millis);
        assertThat(written).doesNotExist();
        assertThat(cache.millis(PhraseCache.key(engine, choice, "Hold."))).isEmpty();
    }

    @Test
    void pastItsBoundThePhrasesUsedLongestAgoGoFirst() throws Exception {
        long phraseBytes = 44 + 2L * 22050 * 330 / 1000;
        PhraseCache cache = new PhraseCache(folder, phraseBytes * 5 + 100);
        String[] keys = new String[8];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = PhraseCache.key(engine, choice, "phrase " + i);
            Path written = cache.scratch(keys[i]);
            Files.write(written, ToneEngine.wav(300));
            cache.store(keys[i], written);
            Files.setLastModifiedTime(cache.file(keys[i]), FileTime.fromMillis(1_000_000L * (i + 1)));
            if (i == 1) {
                Files.setLastModifiedTime(cache.file(keys[0]), FileTime.fromMillis(1_500_000L));
            }
        }

        assertThat(cache.sizeBytes()).isLessThanOrEqualTo(phraseBytes * 5 + 100);
        assertThat(cache.file(keys[7])).exists();
        assertThat(cache.file(keys[1])).as("the one used longest ago").doesNotExist();
    }
}
