package org.exerciseplayer.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The playable cue files: the bundled mono sound, on two channels, with the volume in the samples. */
class CueFilesTest {

    @TempDir
    Path folder;

    private CueFiles loaded() throws IOException {
        CueFiles files = new CueFiles(CueFiles::bundled, folder.resolve("cues"));
        files.load();
        return files;
    }

    @Test
    void aCueFileIsTheBundledSoundOnBothChannelsTimesTheVolume() throws IOException {
        URI file = loaded().file(Cue.HOLD_END, 0.5);

        Pcm pcm = Pcm.read(Files.readAllBytes(Path.of(file)));
        short[] bundled = Pcm.read(CueSoundsTest.committed(Cue.HOLD_END)).channel(0);
        assertThat(pcm.format().getChannels()).isEqualTo(2);
        assertThat(pcm.format().getSampleRate()).isEqualTo(CueSynthesizer.SAMPLE_RATE);
        assertThat(pcm.channel(0)).isEqualTo(pcm.channel(1)).hasSameSizeAs(bundled);
        for (int i = 0; i < bundled.length; i++) {
            assertThat((double) pcm.channel(0)[i]).isCloseTo(bundled[i] * 0.5, Offset.offset(0.5));
        }
    }

    @Test
    void volumesAreRoundedToStepsOfFivePercentAndEachFileIsWrittenOnce() throws IOException {
        CueFiles files = loaded();

        URI first = files.file(Cue.COUNTDOWN, 0.61);
        URI again = files.file(Cue.COUNTDOWN, 0.59);
        files.file(Cue.COUNTDOWN, 1.0);

        assertThat(first).isEqualTo(again);
        assertThat(Path.of(first).getFileName()).hasToString("countdown-60.wav");
        try (Stream<Path> written = Files.list(folder.resolve("cues"))) {
            assertThat(written.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("countdown-60.wav", "countdown-100.wav");
        }
    }

    @Test
    void aMissingSoundIsFoundBeforeTheFirstCue() {
        CueFiles files = new CueFiles(cue -> cue == Cue.SESSION_DONE ? null : CueFiles.bundled(cue), folder);

        assertThatThrownBy(files::load).isInstanceOf(IOException.class)
                .hasMessage("the sound session-done.wav is missing");
    }

    @Test
    void aSoundThatIsNotMono16BitPcmIsRefused() {
        byte[] stereo = WavFile.encode(22_050, 2, new short[] {0, 0, 1, 1});
        CueFiles files = new CueFiles(cue -> new ByteArrayInputStream(stereo), folder);

        assertThatThrownBy(files::load).isInstanceOf(IOException.class)
                .hasMessageContaining("hold-start.wav is broken: not 16-bit PCM mono (format 1, 2 channels, 16 bits)");
    }

    @Test
    void deletingRemovesEverythingWritten() throws IOException {
        CueFiles files = loaded();
        files.file(Cue.REP, 1.0);

        files.delete();

        assertThat(folder.resolve("cues")).doesNotExist();
    }

    @Test
    void wavChunksOtherThanFormatAndDataAreSkipped() {
        byte[] plain = WavFile.encode(22_050, 1, new short[] {1, -2, 3});
        byte[] info = {'L', 'I', 'S', 'T', 3, 0, 0, 0, 'a', 'b', 'c', 0}; // odd size, padded
        byte[] withInfo = new byte[plain.length + info.length];
        System.arraycopy(plain, 0, withInfo, 0, 36);
        System.arraycopy(info, 0, withInfo, 36, info.length);
        System.arraycopy(plain, 36, withInfo, 36 + info.length, plain.length - 36);

        WavFile wav = WavFile.parse(withInfo);

        assertThat(wav.sampleRate()).isEqualTo(22_050);
        assertThat(wav.samples()).containsExactly(1, -2, 3);
    }

    @Test
    void aTruncatedOrForeignFileIsRefusedWithAReason() {
        byte[] plain = WavFile.encode(22_050, 1, new short[] {1, 2, 3});
        byte[] cut = Arrays.copyOf(plain, 46);
        ByteBuffer.wrap(cut).order(ByteOrder.LITTLE_ENDIAN).putInt(40, 6);

        assertThatThrownBy(() -> WavFile.parse(cut)).hasMessage("chunk data runs past the end of the file");
        assertThatThrownBy(() -> WavFile.parse(Arrays.copyOf(plain, 10))).hasMessage("the file ends too early");
        assertThatThrownBy(() -> WavFile.parse("ID3 not a wav at all".getBytes()))
                .hasMessage("not a RIFF/WAVE file");
    }
}
