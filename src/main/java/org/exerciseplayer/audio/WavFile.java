package org.exerciseplayer.audio;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** A 16-bit PCM mono WAV in memory, and the stereo WAV made from it at some volume. */
record WavFile(int sampleRate, short[] samples) {

    private static final short PCM = 1;

    /**
     * Reads a RIFF/WAVE file, skipping chunks other than {@code fmt } and {@code data}.
     *
     * @throws IllegalArgumentException if it is not a 16-bit PCM mono WAV
     */
    static WavFile parse(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        try {
            if (!tag(in).equals("RIFF") || in.getInt() < 0 || !tag(in).equals("WAVE")) {
                throw new IllegalArgumentException("not a RIFF/WAVE file");
            }
            int sampleRate = 0;
            while (in.remaining() >= 8) {
                String chunk = tag(in);
                int size = in.getInt();
                if (size < 0 || size > in.remaining()) {
                    throw new IllegalArgumentException("chunk " + chunk + " runs past the end of the file");
                }
                ByteBuffer body = in.slice().limit(size).order(ByteOrder.LITTLE_ENDIAN);
                in.position(in.position() + size + (size & 1));
                if (chunk.equals("fmt ")) {
                    short format = body.getShort();
                    short channels = body.getShort();
                    sampleRate = body.getInt();
                    body.position(14);
                    short bits = body.getShort();
                    if (format != PCM || channels != 1 || bits != 16) {
                        throw new IllegalArgumentException("not 16-bit PCM mono (format " + format + ", "
                                + channels + " channels, " + bits + " bits)");
                    }
                } else if (chunk.equals("data")) {
                    if (sampleRate == 0) {
                        throw new IllegalArgumentException("data before fmt");
                    }
                    short[] samples = new short[size / 2];
                    body.asShortBuffer().get(samples);
                    return new WavFile(sampleRate, samples);
                }
            }
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("the file ends too early");
        }
        throw new IllegalArgumentException("no data chunk");
    }

    /**
     * The same sound as a stereo WAV with both channels equal, each sample times {@code gain}. JavaFX plays a mono
     * file at half amplitude on each channel (6 dB quieter), a stereo one at full amplitude.
     */
    byte[] toStereo(double gain) {
        short[] stereo = new short[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            short scaled = (short) Math.round(samples[i] * gain);
            stereo[2 * i] = scaled;
            stereo[2 * i + 1] = scaled;
        }
        return encode(sampleRate, 2, stereo);
    }

    /** A canonical WAV (44-byte header) of 16-bit PCM samples, interleaved when there is more than one channel. */
    static byte[] encode(int sampleRate, int channels, short[] interleaved) {
        int dataBytes = interleaved.length * 2;
        int frameBytes = channels * 2;
        ByteBuffer out = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        out.put(ascii("RIFF")).putInt(36 + dataBytes).put(ascii("WAVE"));
        out.put(ascii("fmt ")).putInt(16).putShort(PCM).putShort((short) channels).putInt(sampleRate)
                .putInt(sampleRate * frameBytes).putShort((short) frameBytes).putShort((short) 16);
        out.put(ascii("data")).putInt(dataBytes);
        out.asShortBuffer().put(interleaved);
        return out.array();
    }

    private static String tag(ByteBuffer in) {
        byte[] tag = new byte[4];
        in.get(tag);
        return new String(tag, StandardCharsets.US_ASCII);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
