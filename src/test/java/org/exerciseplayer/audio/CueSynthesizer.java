package org.exerciseplayer.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes the cue sounds that ship in {@code src/main/resources/org/exerciseplayer/audio}: each cue is a short score of
 * notes, played as a sine with two soft overtones (so small laptop speakers still carry it) and shaped by a
 * click-free envelope. Only {@link StrictMath} is used, so the bytes are the same on every machine, and
 * {@code CueSoundsTest} checks that the committed files are exactly what this class makes.
 *
 * <p>To change a sound, edit {@link #score(Cue)} and regenerate the files:
 * <pre>
 * mvn -q test-compile
 * java -cp target/classes:target/test-classes org.exerciseplayer.audio.CueSynthesizer src/main/resources/org/exerciseplayer/audio
 * </pre>
 */
final class CueSynthesizer {

    static final int SAMPLE_RATE = 22_050;
    /** The highest a cue may reach, as a fraction of full scale: about -1 dBFS, loud but never clipped. */
    static final double PEAK = 0.89;

    private static final double[] OVERTONES = {1.0, 0.25, 0.1};
    private static final double ATTACK_SECONDS = 0.005;
    private static final double RELEASE_SECONDS = 0.015;

    // Equal-tempered pitches, in hertz.
    private static final double A4 = 440.00;
    private static final double C5 = 523.25;
    private static final double E5 = 659.25;
    private static final double G5 = 783.99;
    private static final double A5 = 880.00;
    private static final double C6 = 1046.50;
    private static final double G6 = 1567.98;

    /**
     * One note of a cue, or a rest when the frequency is 0.
     *
     * @param loudness     0 to 1, before the overall {@link #PEAK}
     * @param decaySeconds how fast the note fades while it sounds (a struck, chime-like note decays quickly);
     *                     0 for a steady tone
     */
    record Note(double frequency, int milliseconds, double loudness, double decaySeconds) {

        static Note tone(double frequency, int milliseconds) {
            return new Note(frequency, milliseconds, 1.0, 0);
        }

        static Note rest(int milliseconds) {
            return new Note(0, milliseconds, 0, 0);
        }
    }

    private CueSynthesizer() {
    }

    /** What each cue sounds like. Pitches stay between 440 and 1600 Hz, where hearing lasts best with age. */
    static List<Note> score(Cue cue) {
        return switch (cue) {
            case HOLD_START -> List.of(Note.tone(C5, 120), Note.tone(G5, 160));
            case COUNTDOWN -> List.of(new Note(C6, 90, 0.9, 0));
            case HOLD_END -> List.of(Note.tone(E5, 110), Note.tone(A4, 230));
            case SWITCH_SIDE -> List.of(Note.tone(A5, 80), Note.rest(60), Note.tone(A5, 80));
            case SESSION_DONE -> List.of(new Note(C5, 110, 1.0, 0.25), new Note(E5, 110, 1.0, 0.25),
                    new Note(G5, 170, 1.0, 0.2));
            case REP -> List.of(new Note(G6, 80, 0.45, 0.03));
        };
    }

    static short[] samples(Cue cue) {
        List<Note> notes = score(cue);
        double[] sound = new double[notes.stream().mapToInt(note -> frames(note.milliseconds())).sum()];
        int start = 0;
        for (Note note : notes) {
            int length = frames(note.milliseconds());
            for (int i = 0; i < length && note.frequency() > 0; i++) {
                sound[start + i] = note.loudness() * envelope(note, i, length) * tone(note, i);
            }
            start += length;
        }
        return toSamples(sound, PEAK * notes.stream().mapToDouble(Note::loudness).max().orElse(0));
    }

    static byte[] wav(Cue cue) {
        return WavFile.encode(SAMPLE_RATE, 1, samples(cue));
    }

    private static int frames(int milliseconds) {
        return SAMPLE_RATE * milliseconds / 1000;
    }

    private static double tone(Note note, int frame) {
        double seconds = (double) frame / SAMPLE_RATE;
        double sum = 0;
        for (int k = 0; k < OVERTONES.length; k++) {
            sum += OVERTONES[k] * StrictMath.sin(2 * StrictMath.PI * note.frequency() * (k + 1) * seconds);
        }
        return sum;
    }

    /** A raised-cosine fade-in and fade-out, so the sound starts and ends at zero (no click). */
    private static double envelope(Note note, int frame, int length) {
        double attack = ATTACK_SECONDS * SAMPLE_RATE;
        double release = RELEASE_SECONDS * SAMPLE_RATE;
        double gain = 1;
        if (frame < attack) {
            gain *= 0.5 - 0.5 * StrictMath.cos(StrictMath.PI * frame / attack);
        }
        int fromEnd = length - 1 - frame;
        if (fromEnd < release) {
            gain *= 0.5 - 0.5 * StrictMath.cos(StrictMath.PI * fromEnd / release);
        }
        if (note.decaySeconds() > 0) {
            gain *= StrictMath.exp(-(double) frame / SAMPLE_RATE / note.decaySeconds());
        }
        return gain;
    }

    /** Scales the sound so that its loudest sample reaches {@code peak} of full scale. */
    private static short[] toSamples(double[] sound, double peak) {
        double loudest = 0;
        for (double value : sound) {
            loudest = Math.max(loudest, Math.abs(value));
        }
        short[] samples = new short[sound.length];
        for (int i = 0; i < sound.length; i++) {
            samples[i] = (short) StrictMath.round(sound[i] / loudest * peak * Short.MAX_VALUE);
        }
        return samples;
    }

    /** Writes every cue's WAV into the folder given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CueSynthesizer <folder>");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        for (Cue cue : Cue.values()) {
            Path file = Files.write(folder.resolve(cue.fileName()), wav(cue));
            System.out.printf("%s: %d bytes%n", file, Files.size(file));
        }
    }
}
