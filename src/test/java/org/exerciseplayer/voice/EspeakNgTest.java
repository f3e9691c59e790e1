package org.exerciseplayer.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.settings.VoicePreferences.Verbosity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real espeak-ng writing real WAV files of a session's phrases, read back with the JDK's own reader: each is
 * 16-bit mono at 22,050 Hz, starts with sound, is not silent, and lasts about as long as the words take. On a machine
 * without espeak-ng these tests are reported skipped, with the reason; {@code .ci/run} installs it where it can.
 */
class EspeakNgTest {

    @TempDir
    Path folder;

    private SpeechEngine espeak;

    @BeforeEach
    void findEspeakNg() {
        Optional<SpeechEngine> found = EspeakNg.find(SystemProcesses.INSTANCE);
        assumeTrue(found.isPresent(), "espeak-ng is not installed (apt-get install -y espeak-ng), so the real engine "
                + "is not tried");
        espeak = found.get();
    }

    @Test
    void aSessionsPhrasesAreRealWavFilesOfTheRightLengthAndNotSilent() throws Exception {
        VoiceScript script = VoiceScript.of(org.exerciseplayer.session.SessionSetup.of(CoachRun.hip(),
                org.exerciseplayer.session.Routine.of(List.of(CoachRun.hip().exercise("hip-flexor-stretch")
                        .orElseThrow(), CoachRun.hip().exercise("clam").orElseThrow()))), Verbosity.FULL);
        List<String> phrases = List.of(script.lines().get(0).variants().get(0), "3", "Release. Next, 2 of 3.",
                script.check(1, org.exerciseplayer.session.Phase.Kind.HOLD), "Right, 17.");
        List<String> notes = new ArrayList<>();
        RenderedVoice voice = new RenderedVoice(espeak, new VoiceChoice("en-GB", "", 100),
                new PhraseCache(folder, 1 << 24), RecordingSoundCues::new, notes::add);

        voice.renderAhead(phrases).join();

        assertThat(notes).isEmpty();
        EstimatedDurations estimate = new EstimatedDurations(100);
        for (String phrase : phrases) {
            File file = voice.file(phrase).toFile();
            try (AudioInputStream in = AudioSystem.getAudioInputStream(file)) {
                AudioFormat format = in.getFormat();
                assertThat(format.getChannels()).isEqualTo(1);
                assertThat(format.getSampleRate()).isEqualTo(22050f);
                assertThat(format.getSampleSizeInBits()).isEqualTo(16);
                short[] samples = samples(in.readAllBytes());
                long millis = samples.length * 1000L / 22050;
                assertThat(millis).as("the length of \"%s\"", phrase).isEqualTo(voice.millis(phrase).orElseThrow())
                        .isBetween(Math.round(estimate.millis(phrase).orElseThrow() * 0.6),
                                Math.round(estimate.millis(phrase).orElseThrow() * 1.5));
                assertThat(rms(samples, 0, samples.length)).as("\"%s\" is not silent", phrase).isGreaterThan(800);
                assertThat(peak(samples, 0, 22050 * 60 / 1000)).as("\"%s\" starts with sound", phrase)
                        .isGreaterThan(250);
            }
        }
    }

    @Test
    void aSlowerSpeedGivesALongerRecordingAndAnotherVoiceAnotherOne() throws Exception {
        String phrase = "Hold for 20 seconds, 3 times.";
        PhraseCache cache = new PhraseCache(folder, 1 << 24);
        RenderedVoice normal = new RenderedVoice(espeak, new VoiceChoice("en-GB", "", 100), cache,
                RecordingSoundCues::new, note -> { });
        RenderedVoice slow = new RenderedVoice(espeak, new VoiceChoice("en-GB", "", 70), cache,
                RecordingSoundCues::new, note -> { });
        RenderedVoice american = new RenderedVoice(espeak, new VoiceChoice("en-GB", "en-us", 100), cache,
                RecordingSoundCues::new, note -> { });

        normal.renderAhead(List.of(phrase)).join();
        slow.renderAhead(List.of(phrase)).join();
        american.renderAhead(List.of(phrase)).join();

        assertThat(slow.millis(phrase).orElseThrow()).isGreaterThan(normal.millis(phrase).orElseThrow() * 12 / 10);
        assertThat(american.file(phrase)).isNotEqualTo(normal.file(phrase)).exists();
        assertThat(espeak.voices("en")).contains("en-gb", "en-us");
    }

    private static short[] samples(byte[] raw) {
        short[] samples = new short[raw.length / 2];
        java.nio.ByteBuffer.wrap(raw).order(java.nio.ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return samples;
    }

    private static double rms(short[] samples, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) samples[i] * samples[i];
        }
        return Math.sqrt(sum / Math.max(1, to - from));
    }

    private static int peak(short[] samples, int from, int to) {
        int peak = 0;
        for (int i = from; i < Math.min(to, samples.length); i++) {
            peak = Math.max(peak, Math.abs(samples[i]));
        }
        return peak;
    }
}
