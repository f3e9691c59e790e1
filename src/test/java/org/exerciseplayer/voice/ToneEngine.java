package org.exerciseplayer.voice;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * An engine that writes files for tests: each phrase a 300 Hz tone of 40 ms a letter between 0.1 s of silence before
 * and 0.3 s after (as espeak-ng leaves), at 22,050 Hz mono. It can be told to fail.
 */
public final class ToneEngine implements SpeechEngine {

    public final List<String> rendered = new java.util.concurrent.CopyOnWriteArrayList<>();
    final List<Integer> batches = new ArrayList<>();
    String version = "1";
    boolean failing;

    public ToneEngine() {
    }

    @Override
    public String name() {
        return "tone";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public boolean writesFiles() {
        return true;
    }

    @Override
    public synchronized void render(List<Job> jobs, VoiceChoice choice) throws IOException {
        if (failing) {
            throw new IOException("the synthesizer crashed");
        }
        batches.add(jobs.size());
        for (Job job : jobs) {
            rendered.add(job.text());
            Files.write(job.wav(), wav(toneMillis(job.text())));
        }
    }

    static long toneMillis(String text) {
        return 40L * text.codePoints().filter(Character::isLetterOrDigit).count();
    }

    static byte[] wav(long toneMillis) {
        int rate = 22050;
        int lead = rate / 10;
        int body = (int) (rate * toneMillis / 1000);
        short[] samples = new short[lead + body + rate * 3 / 10];
        for (int i = 0; i < body; i++) {
            samples[lead + i] = (short) Math.round(9000 * Math.sin(2 * Math.PI * 300 * i / rate));
        }
        ByteBuffer out = ByteBuffer.allocate(44 + samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples.length * 2)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put("fmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2)
                .putShort((short) 2).putShort((short) 16).put("data".getBytes(StandardCharsets.US_ASCII))
                .putInt(samples.length * 2);
        out.asShortBuffer().put(samples);
        return out.array();
    }

    @Override
    public List<String> voices(String language) {
        return List.of("tone-low", "tone-high");
    }
}
