package org.exerciseplayer.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@link JavaFxSoundCues}, in a child JVM whose whole ALSA configuration ({@code ALSA_CONFIG_PATH}) says what
 * the sound device is: one that cannot be opened, or a file that receives the samples. ALSA reads its configuration
 * once per process (and again only when that top-level file changes), hence the child; {@link SoundCuesChild} reports
 * what happened. Linux only, as ALSA is.
 */
@EnabledOnOs(OS.LINUX)
class JavaFxSoundCuesDeviceTest {

    /** The child's whole ALSA configuration, in place of the system's (ALSA_CONFIG_PATH). */
    static final String ALSA_CONFIG = "asound.conf";
    /** A sound card that no machine has. */
    private static final String NO_DEVICE = "pcm.!default { type hw card 99 }\n";

    @TempDir
    Path home;

    @Test
    void withoutASoundDeviceCuesFallSilentAndSaySoOnceWithNothingThrown() throws Exception {
        Files.writeString(home.resolve(ALSA_CONFIG), NO_DEVICE);

        List<String> report = runChild("ask", "HOLD_START", "await-status", "play-all");

        assertThat(report).containsExactly(
                "status UNAVAILABLE No sound device was found; cues are shown on screen instead.",
                "done");
    }

    @Test
    void withAFileAsTheSoundDeviceTheCuesSamplesLandInItAtTheChosenVolume() throws Exception {
        Path sink = fifo(home.resolve("cue-out.raw"));
        Files.writeString(home.resolve(ALSA_CONFIG), fileSink(sink));

        List<String> report = runChild("await-status", "capture", sink.toString(), "COUNTDOWN", "1.0",
                "capture", sink.toString(), "COUNTDOWN", "0.5",
                "capture", sink.toString(), "HOLD_START", "1.0");

        assertThat(report).containsExactly(
                "status AVAILABLE",
                "captured COUNTDOWN 1.0 " + sink + ".COUNTDOWN-1.0",
                "captured COUNTDOWN 0.5 " + sink + ".COUNTDOWN-0.5",
                "captured HOLD_START 1.0 " + sink + ".HOLD_START-1.0",
                "done");
        assertHeard(sink + ".COUNTDOWN-1.0", Cue.COUNTDOWN, 1.0);
        assertHeard(sink + ".COUNTDOWN-0.5", Cue.COUNTDOWN, 0.5);
        assertHeard(sink + ".HOLD_START-1.0", Cue.HOLD_START, 1.0);
    }

    @Test
    void whenTheDeviceGoesAwayMidSessionCuesFallSilentAndSaySoOnce() throws Exception {
        Path sink = fifo(home.resolve("cue-out.raw"));
        Files.writeString(home.resolve(ALSA_CONFIG), fileSink(sink));

        List<String> report = runChild("await-status", "capture", sink.toString(), "SWITCH_SIDE", "1.0",
                "alsa-config", NO_DEVICE, "play", "COUNTDOWN", "play", "HOLD_END");

        assertThat(report).containsExactly(
                "status AVAILABLE",
                "captured SWITCH_SIDE 1.0 " + sink + ".SWITCH_SIDE-1.0",
                "status UNAVAILABLE Sound stopped working; cues are shown on screen instead.",
                "done");
    }

    @Test
    void aSpokenPhrasePlaysThroughTheSameDeviceAtTheChosenVolumeAndMutedIsNotOpened() throws Exception {
        Path sink = fifo(home.resolve("cue-out.raw"));
        Files.writeString(home.resolve(ALSA_CONFIG), fileSink(sink));
        // As the voice's cache keeps phrases: trimmed of the silence at their ends.
        byte[] trimmed = SpeechWav.trimmed(WavFile.encode(CueSynthesizer.SAMPLE_RATE, 1,
                SpeechWavTest.words(CueSynthesizer.SAMPLE_RATE, 1.2)));
        short[] spoken = Pcm.read(trimmed).channel(0);
        Path phrase = Files.write(home.resolve("phrase.wav"), trimmed);

        List<String> report = runChild("await-status", "phrase", sink.toString(), phrase.toString(), "0.5",
                "mute", "phrase", sink.toString(), phrase.toString(), "1.0");

        assertThat(report).containsExactly("status AVAILABLE", "captured phrase 0.5 " + sink + ".phrase-0.5",
                "phrase-unavailable", "done");
        short[] stereo = Pcm.samples(Files.readAllBytes(Path.of(sink + ".phrase-0.5")));
        int start = 0;
        while (spoken[start] == 0) {
            start++;
        }
        int exact = CueSynthesizer.SAMPLE_RATE * 190 / 1000;
        assertThat(stereo.length / 2).as("samples of the phrase captured").isGreaterThanOrEqualTo(exact);
        for (int i = 0; i < exact; i++) {
            assertThat((double) stereo[2 * i]).as("sample %d", i).isCloseTo(spoken[start + i] * 0.5, Offset.offset(1.0));
            assertThat(stereo[2 * i + 1]).isEqualTo(stereo[2 * i]);
        }
    }

    /**
     * ALSA's default device becomes a file, here a named pipe that the child reads: raw 16-bit stereo at the cues' own
     * rate, so the samples arrive unchanged. Its slave, the null device, takes samples as fast as they come.
     */
    private static String fileSink(Path file) {
        return "pcm.cuefile { type file slave.pcm { type null } file \"" + file + "\" format \"raw\" }\n"
                + "pcm.!default { type plug slave { pcm \"cuefile\" format S16_LE rate "
                + CueSynthesizer.SAMPLE_RATE + " channels 2 } }\n";
    }

    /**
     * The captured samples are the cue's own, times the volume, on both channels, sample for sample (give or take
     * rounding). The file sink is not paced like a real device: the null device takes samples as fast as they come and
     * the audio clock runs ahead, so after the first 200 ms the player may drop the rest of the cue, or 40 ms stretches
     * of it, written as silence. So the first 190 ms (all of a short cue) must be there exactly; after that, each
     * sample must be the cue's or silence.
     */
    private static void assertHeard(String capture, Cue cue, double volume) throws IOException {
        short[] stereo = Pcm.samples(Files.readAllBytes(Path.of(capture)));
        short[] left = new short[stereo.length / 2];
        for (int i = 0; i < left.length; i++) {
            left[i] = stereo[2 * i];
            assertThat(stereo[2 * i + 1]).as("right channel equals left at %d", i).isEqualTo(left[i]);
        }
        short[] cueSamples = Pcm.read(CueSoundsTest.committed(cue)).channel(0);
        int start = 0;
        while (cueSamples[start] == 0) {
            start++;
        }
        int end = cueSamples.length;
        while (cueSamples[end - 1] == 0) {
            end--;
        }
        int exact = Math.min(end - start, CueSynthesizer.SAMPLE_RATE * 190 / 1000);
        assertThat(left.length).as("samples of %s captured", cue).isBetween(exact, end - start);
        for (int i = 0; i < left.length; i++) {
            if (i >= exact && left[i] == 0) {
                continue;
            }
            assertThat((double) left[i]).as("%s at volume %s, sample %d", cue, volume, i)
                    .isCloseTo(cueSamples[start + i] * volume, Offset.offset(1.0));
        }
    }

    /** A named pipe at {@code path}, made with the system's mkfifo. */
    private static Path fifo(Path path) throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo " + path).isTrue();
        return path;
    }

    private List<String> runChild(String... commands) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", SoundCuesChild.class.getName()));
        command.addAll(List.of(commands));
        Path temporary = Files.createDirectories(home.resolve("tmp"));
        command.add(command.indexOf(SoundCuesChild.class.getName()), "-Djava.io.tmpdir=" + temporary);
        Path out = home.resolve("child.out");
        Path err = home.resolve("child.err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("HOME", home.toString());
        environment.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        environment.put("ALSA_CONFIG_PATH", home.resolve(ALSA_CONFIG).toString());
        Process child = builder.start();
        boolean ended = child.waitFor(30, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        List<String> report = Files.readAllLines(out);
        assertThat(ended && child.exitValue() == 0)
                .as("the child ended well; it said:%n%s%nand on stderr:%n%s", String.join("\n", report),
                        Files.readString(err))
                .isTrue();
        try (Stream<Path> left = Files.list(temporary)) {
            assertThat(left).as("files the cues left behind").isEmpty();
        }
        return report;
    }
}
