package org.exerciseplayer.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Spoken phrases as WAV files, as the speech engines write them (16-bit PCM mono): trimmed of the silence an engine
 * leaves before and after the words (espeak-ng leaves 0.3 s after each phrase), so that a phrase's file lasts as long as
 * it is heard and starts with the first word; and the length of a trimmed file, read from its header only.
 */
public final class SpeechWav {

    /** Samples quieter than this (of 32767) count as silence at the ends. */
    static final int SILENCE = 250;
    /** Kept before the first and after the last sound, so that no consonant is cut. */
    static final int MARGIN_MILLIS = 15;

    private SpeechWav() {
    }

    /**
     * The phrase without the silence at its ends, as a canonical 16-bit mono WAV.
     *
     * @throws IllegalArgumentException if it is not a 16-bit PCM mono WAV, or holds nothing but silence
     */
    public static byte[] trimmed(byte[] wav) {
        WavFile sound = WavFile.parse(wav);
        short[] samples = sound.samples();
        int first = 0;
        while (first < samples.length && Math.abs(samples[first]) < SILENCE) {
            first++;
        }
        if (first == samples.length) {
            throw new IllegalArgumentException("the recording is silent");
        }
        int last = samples.length - 1;
        while (Math.abs(samples[last]) < SILENCE) {
            last--;
        }
        int margin = sound.sampleRate() * MARGIN_MILLIS / 1000;
        int from = Math.max(0, first - margin);
        int to = Math.min(samples.length, last + 1 + margin);
        short[] kept = java.util.Arrays.copyOfRange(samples, from, to);
        return WavFile.encode(sound.sampleRate(), 1, kept);
    }

    /** How long a canonical 16-bit mono WAV written by {@link #trimmed} lasts, from its header. */
    public static long millis(Path file) throws IOException {
        byte[] header = new byte[44];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, header.length) < header.length) {
                throw new IOException(file + " is too short for a WAV file");
            }
        }
        ByteBuffer buffer = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        int sampleRate = buffer.getInt(24);
        int dataBytes = buffer.getInt(40);
        if (sampleRate <= 0 || dataBytes < 0 || buffer.getShort(22) != 1 || buffer.getShort(34) != 16) {
            throw new IOException(file + " is not a 16-bit mono WAV file");
        }
        return dataBytes / 2 * 1000L / sampleRate;
    }

    /** The loudest sample of a 16-bit mono WAV, from 0 to 32767: 0 for silence. */
    public static int peak(byte[] wav) {
        int peak = 0;
        for (short sample : WavFile.parse(wav).samples()) {
            peak = Math.max(peak, Math.abs(sample));
        }
        return peak;
    }
}
