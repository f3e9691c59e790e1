package org.exerciseplayer.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The committed cue sounds: their format, their shape, and that each can be told apart from the others by ear. */
class CueSoundsTest {

    private static final int FULL_SCALE = Short.MAX_VALUE;

    static byte[] committed(Cue cue) {
        try (InputStream in = Cue.class.getResourceAsStream(cue.fileName())) {
            assertThat(in).as("%s on the class path next to Cue", cue.fileName()).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Cue.class)
    void everyCueIsAShortMono16BitWav(Cue cue) {
        Pcm pcm = Pcm.read(committed(cue));

        AudioFormat format = pcm.format();
        assertThat(format.getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
        assertThat(format.getSampleSizeInBits()).isEqualTo(16);
        assertThat(format.getChannels()).isEqualTo(1);
        assertThat(format.getSampleRate()).isEqualTo(22_050f);
        assertThat(pcm.seconds()).isBetween(0.080, 0.400);
    }

    @Test
    void allCuesTogetherStaySmall() {
        int total = 0;
        for (Cue cue : Cue.values()) {
            total += committed(cue).length;
        }
        assertThat(total).isLessThan(100 * 1024);
    }

    @ParameterizedTest
    @EnumSource(Cue.class)
    void cuesAreLoudButNeverClip(Cue cue) {
        int peak = Pcm.peak(Pcm.read(committed(cue)).channel(0));

        assertThat(peak).isLessThanOrEqualTo((int) (0.9 * FULL_SCALE));
        if (cue == Cue.REP) {
            assertThat(peak).as("the repetition tick is soft").isBetween(FULL_SCALE / 5, FULL_SCALE / 2);
        } else {
            assertThat(peak).isGreaterThanOrEqualTo((int) (0.75 * FULL_SCALE));
        }
    }

    @ParameterizedTest
    @EnumSource(Cue.class)
    void cuesFadeInAndOutSoTheyDoNotClick(Cue cue) {
        short[] samples = Pcm.read(committed(cue)).channel(0);
        int peak = Pcm.peak(samples);
        int twoMilliseconds = CueSynthesizer.SAMPLE_RATE / 500;

        assertThat(Math.abs(samples[0])).isLessThanOrEqualTo(FULL_SCALE / 100);
        assertThat(Math.abs(samples[samples.length - 1])).isLessThanOrEqualTo(FULL_SCALE / 100);
        assertThat(Pcm.peak(java.util.Arrays.copyOfRange(samples, 0, twoMilliseconds))).isLessThan(peak / 2);
        assertThat(Pcm.peak(java.util.Arrays.copyOfRange(samples, samples.length - twoMilliseconds, samples.length)))
                .isLessThan(peak / 2);
    }

    @Test
    void eachCueHasItsOwnMelody() {
        Map<Cue, List<Integer>> melodies = new EnumMap<>(Cue.class);
        for (Cue cue : Cue.values()) {
            melodies.put(cue, melody(Pcm.read(committed(cue)).channel(0)));
        }

        assertThat(melodies.get(Cue.HOLD_START)).as("hold start rises").hasSize(2).isSorted();
        assertThat(melodies.get(Cue.HOLD_END)).as("hold end falls").hasSize(2)
                .satisfies(notes -> assertThat(notes.get(0)).isGreaterThan(notes.get(1)));
        assertThat(melodies.get(Cue.COUNTDOWN)).as("countdown is one blip").hasSize(1);
        assertThat(melodies.get(Cue.SWITCH_SIDE)).as("switch side is two blips with a gap")
                .containsExactly(melodies.get(Cue.SWITCH_SIDE).get(0), SILENCE, melodies.get(Cue.SWITCH_SIDE).get(0));
        assertThat(melodies.get(Cue.SESSION_DONE)).as("session done is a rising three-note chime").hasSize(3)
                .isSorted().doesNotHaveDuplicates();
        assertThat(melodies.get(Cue.REP)).as("a repetition is one tick").hasSize(1);
        assertThat(melodies.get(Cue.COUNTDOWN).get(0)).as("the countdown is the highest of the hold cues")
                .isGreaterThan(melodies.get(Cue.HOLD_START).get(1)).isGreaterThan(melodies.get(Cue.HOLD_END).get(0));
        assertThat(new java.util.HashSet<>(melodies.values())).as("no two cues share a melody")
                .hasSize(Cue.values().length);
    }

    @ParameterizedTest
    @EnumSource(Cue.class)
    void committedFilesAreWhatTheSynthesizerMakes(Cue cue) {
        assertThat(committed(cue))
                .as("%s differs from CueSynthesizer's output; after changing a sound, regenerate the files as its "
                        + "Javadoc shows", cue.fileName())
                .isEqualTo(CueSynthesizer.wav(cue));
    }

    private static final int SILENCE = -1;

    /**
     * The sound as a melody: the strongest semitone (as a MIDI note number) or {@link #SILENCE} in each 20 ms window,
     * keeping only what lasts at least two windows (a window across two notes hears a blur of both), with repeats
     * merged and silence at either end left out.
     */
    static List<Integer> melody(short[] samples) {
        int window = CueSynthesizer.SAMPLE_RATE / 50;
        List<Integer> windows = new ArrayList<>();
        for (int start = 0; start + window <= samples.length; start += window) {
            windows.add(strongestNote(samples, start, window));
        }
        List<Integer> melody = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            int note = windows.get(i);
            boolean lasts = i + 1 < windows.size() && windows.get(i + 1) == note;
            boolean isNew = melody.isEmpty() ? note != SILENCE : melody.get(melody.size() - 1) != note;
            if (lasts && isNew) {
                melody.add(note);
            }
        }
        if (!melody.isEmpty() && melody.get(melody.size() - 1) == SILENCE) {
            melody.remove(melody.size() - 1);
        }
        return melody;
    }

    private static int strongestNote(short[] samples, int start, int length) {
        double energy = 0;
        for (int i = start; i < start + length; i++) {
            energy += (double) samples[i] * samples[i];
        }
        if (Math.sqrt(energy / length) < 0.02 * FULL_SCALE) {
            return SILENCE;
        }
        int strongest = SILENCE;
        double strongestPower = 0;
        for (int midi = 57; midi <= 96; midi++) { // A3 to C7
            double power = goertzel(samples, start, length, 440 * Math.pow(2, (midi - 69) / 12.0));
            if (power > strongestPower) {
                strongestPower = power;
                strongest = midi;
            }
        }
        return strongest;
    }

    /** The power of one frequency in a stretch of samples. */
    private static double goertzel(short[] samples, int start, int length, double frequency) {
        double coefficient = 2 * Math.cos(2 * Math.PI * frequency / CueSynthesizer.SAMPLE_RATE);
        double previous = 0;
        double beforePrevious = 0;
        for (int i = start; i < start + length; i++) {
            double current = samples[i] + coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = current;
        }
        return previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
    }
}
