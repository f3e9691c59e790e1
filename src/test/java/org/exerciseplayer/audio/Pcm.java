package org.exerciseplayer.audio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * A WAV file as the JDK's own reader ({@code javax.sound.sampled}) sees it, so the tests do not trust the code that
 * wrote the file. Samples are 16-bit little-endian; {@link #channel(int)} picks one channel out.
 */
record Pcm(AudioFormat format, short[] interleaved) {

    static Pcm read(byte[] wav) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            AudioFormat format = in.getFormat();
            if (format.getSampleSizeInBits() != 16 || format.isBigEndian()
                    || format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED) {
                throw new AssertionError("not 16-bit little-endian signed PCM: " + format);
            }
            return new Pcm(format, samples(in.readAllBytes()));
        } catch (UnsupportedAudioFileException | IOException e) {
            throw new AssertionError("not a WAV file the JDK can read", e);
        }
    }

    /** Raw little-endian 16-bit samples, as the ALSA file sink writes them. */
    static short[] samples(byte[] raw) {
        short[] samples = new short[raw.length / 2];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return samples;
    }

    short[] channel(int index) {
        int channels = format.getChannels();
        short[] one = new short[interleaved.length / channels];
        for (int i = 0; i < one.length; i++) {
            one[i] = interleaved[i * channels + index];
        }
        return one;
    }

    double seconds() {
        return interleaved.length / (double) format.getChannels() / format.getSampleRate();
    }

    static int peak(short[] samples) {
        int peak = 0;
        for (short sample : samples) {
            peak = Math.max(peak, Math.abs(sample));
        }
        return peak;
    }
}
