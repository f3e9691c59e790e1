package org.exerciseplayer.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechWavTest {

    @TempDir
    Path folder;

    /** Something like speech: bursts of a 300 Hz tone, 0.1 s of silence before and 0.3 s after, as espeak-ng leaves. */
    static short[] words(int rate, double seconds) {
        int lead = rate / 10;
        int body = (int) (rate * seconds);
        short[] samples = new short[lead + body + rate * 3 / 10];
        for (int i = 0; i < body; i++) {
            double envelope = Math.sin(Math.PI * i / body) * (0.6 + 0.4 * Math.sin(2 * Math.PI * 4 * i / rate));
            samples[lead + i] = (short) Math.round(12000 * envelope * Math.sin(2 * Math.PI * 300 * i / rate));
        }
        return samples;
    }

    @Test
    void thePhraseIsKeptWithoutTheSilenceAtItsEndsAndItsLengthIsReadFromTheHeader() throws Exception {
        short[] spoken = words(22050, 2.0);
        byte[] trimmed = SpeechWav.trimmed(WavFile.encode(22050, 1, spoken));

        Path file = Files.write(folder.resolve("phrase.wav"), trimmed);
        long millis = SpeechWav.millis(file);
        assertThat(millis).as("2 s of words, give or take the quiet start of each burst and 15 ms margins")
                .isBetween(1900L, 2030L);
        Pcm read = Pcm.read(trimmed);
        assertThat(read.format().getChannels()).isEqualTo(1);
        assertThat(read.format().getSampleRate()).isEqualTo(22050f);
        assertThat(SpeechWav.peak(trimmed)).isGreaterThan(10_000);
    }

    @Test
    void aSilentRecordingOrAnotherFormatIsRefused() {
        assertThatThrownBy(() -> SpeechWav.trimmed(WavFile.encode(22050, 1, new short[22050])))
                .hasMessageContaining("silent");
        assertThatThrownBy(() -> SpeechWav.trimmed(WavFile.encode(22050, 2, new short[200])))
                .hasMessageContaining("mono");
    }
}
