package org.exerciseplayer.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Runs the real {@link JavaFxSoundCues} in a JVM of its own, started by {@link JavaFxSoundCuesDeviceTest} with an
 * ALSA configuration ({@code ALSA_CONFIG_PATH}) that picks the sound device. It reports on standard output, one line
 * per event: {@code status STATE reason}, {@code uncaught THREAD EXCEPTION}, {@code captured CUE VOLUME FILE},
 * {@code done}.
 *
 * <p>Commands, run in order as soon as the cues are started:
 * <ul>
 *   <li>{@code ask CUE}: plays the cue and goes on at once;</li>
 *   <li>{@code await-status}: waits (up to 8 s) until the device check is over;</li>
 *   <li>{@code play-all}: plays every cue twice, then waits 300 ms for anything thrown late;</li>
 *   <li>{@code capture SINK CUE VOLUME}: plays the cue and copies what the player wrote to the sink, a named pipe
 *       (FIFO) that this JVM reads all the time, into {@code SINK.CUE-VOLUME}, once the player has closed it;</li>
 *   <li>{@code alsa-config TEXT}: replaces the ALSA configuration, as if the sound device changed;</li>
 *   <li>{@code play CUE}: plays the cue and waits 300 ms;</li>
 *   <li>{@code phrase SINK WAV VOLUME}: opens a spoken phrase (a mono WAV file), starts it from this thread (not the
 *       JavaFX one), and copies what the player wrote into {@code SINK.phrase-VOLUME}, as {@code capture} does; says
 *       {@code phrase-unavailable} if it could not be opened;</li>
 *   <li>{@code mute}: mutes the cues (and phrases).</li>
 * </ul>
 */
public final class SoundCuesChild {

    private static final long POLL_MILLIS = 5;
    /** What is kept of one player's output: far more than a cue; the rest is read and thrown away. */
    private static final int KEPT_BYTES = 4 << 20;
    /** One reader per sink: what each player wrote, from opening the pipe to closing it. */
    private static final Map<Path, BlockingQueue<byte[]>> SINKS = new ConcurrentHashMap<>();

    private SoundCuesChild() {
    }

    public static void main(String[] args) throws Exception {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> say("uncaught " + thread.getName() + " " + e));
        // A player opening the device (the device check's first) waits until the pipe has a reader: read from the start.
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("capture") || args[i].equals("phrase")) {
                SINKS.computeIfAbsent(Path.of(args[i + 1]), SoundCuesChild::readForever);
            }
        }
        Platform.startup(() -> { });
        JavaFxSoundCues cues = JavaFxSoundCues.start();
        cues.addStatusListener(status -> say(("status " + status.state() + " " + status.reason()).strip()));

        Deque<String> commands = new ArrayDeque<>(Arrays.asList(args));
        while (!commands.isEmpty()) {
            switch (commands.pop()) {
                case "ask" -> cues.play(Cue.valueOf(commands.pop()));
                case "await-status" -> waitUntil(() -> cues.status().state() != SoundStatus.State.UNKNOWN, 8_000);
                case "play-all" -> {
                    for (Cue cue : Cue.values()) {
                        cues.play(cue);
                        cues.play(cue);
                    }
                    Thread.sleep(300);
                }
                case "capture" -> capture(cues, Path.of(commands.pop()), Cue.valueOf(commands.pop()),
                        Double.parseDouble(commands.pop()));
                case "alsa-config" -> replaceAlsaConfig(commands.pop());
                case "phrase" -> phrase(cues, Path.of(commands.pop()), Path.of(commands.pop()),
                        Double.parseDouble(commands.pop()));
                case "mute" -> cues.setMuted(true);
                case "play" -> {
                    cues.play(Cue.valueOf(commands.pop()));
                    Thread.sleep(300);
                }
                default -> throw new IllegalArgumentException("unknown command in " + Arrays.toString(args));
            }
        }
        cues.close();
        say("done");
        Platform.exit();
        System.exit(0);
    }

    /**
     * ALSA rereads its configuration on opening a device when a top-level file's inode or modification time (in whole
     * seconds) has changed; a new file moved into place has a new inode, so the change is seen at once.
     */
    private static void replaceAlsaConfig(String text) throws IOException {
        Path config = Path.of(System.getenv("ALSA_CONFIG_PATH"));
        Path replacement = Files.writeString(config.resolveSibling(config.getFileName() + ".new"), text);
        Files.move(replacement, config, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The sink is a named pipe: ALSA's file plugin opens it when a player opens the device and closes it when the
     * player is disposed of, and the null device behind it takes samples as fast as they come. Reading it all the time
     * keeps the player from ever waiting and nothing grows on disk (a file sink grew by about 100 MB a second, and a
     * file size limit made ALSA's file plugin fail an assertion when a write was cut short). The cue comes first,
     * then silence; outputs that are all silence (the device check's player) are passed over.
     */
    private static void capture(JavaFxSoundCues cues, Path sink, Cue cue, double volume) throws Exception {
        BlockingQueue<byte[]> outputs = SINKS.computeIfAbsent(sink, SoundCuesChild::readForever);
        outputs.clear();
        cues.setVolume(volume);
        cues.play(cue);
        keep(outputs, sink, cue.toString(), volume);
    }

    private static void phrase(JavaFxSoundCues cues, Path sink, Path wav, double volume) throws Exception {
        BlockingQueue<byte[]> outputs = SINKS.computeIfAbsent(sink, SoundCuesChild::readForever);
        outputs.clear();
        cues.setVolume(volume);
        java.util.Optional<PreparedSound> phrase = cues.prepare(wav);
        if (phrase.isEmpty()) {
            say("phrase-unavailable");
            return;
        }
        Thread.sleep(200); // opened ahead of its moment, as the voice does
        phrase.get().start();
        keep(outputs, sink, "phrase", volume);
    }

    private static void keep(BlockingQueue<byte[]> outputs, Path sink, String cue, double volume) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
        byte[] written = null;
        while (written == null && System.nanoTime() < deadline) {
            byte[] output = outputs.poll(100, TimeUnit.MILLISECONDS);
            if (output != null && !silent(output)) {
                written = output;
            }
        }
        if (written == null) {
            say("capture-timeout " + cue + " " + volume);
            return;
        }
        int first = 0;
        while (first < written.length && written[first] == 0) {
            first++;
        }
        int last = written.length;
        while (last > first && written[last - 1] == 0) {
            last--;
        }
        first -= first % 4; // keep whole stereo frames
        last += (4 - last % 4) % 4;
        Path copy = Path.of(sink + "." + cue + "-" + volume);
        Files.write(copy, Arrays.copyOfRange(written, first, Math.min(last, written.length)));
        say("captured " + cue + " " + volume + " " + copy);
    }

    /** Starts a thread that opens the pipe again and again, and queues what each writer wrote before closing it. */
    private static BlockingQueue<byte[]> readForever(Path sink) {
        BlockingQueue<byte[]> outputs = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            while (true) {
                ByteArrayOutputStream kept = new ByteArrayOutputStream();
                try (InputStream in = Files.newInputStream(sink)) {
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        kept.write(buffer, 0, Math.max(0, Math.min(n, KEPT_BYTES - kept.size())));
                    }
                } catch (IOException e) {
                    say("sink-failed " + e);
                    return;
                }
                outputs.add(kept.toByteArray());
            }
        }, "sink-reader");
        reader.setDaemon(true);
        reader.start();
        return outputs;
    }

    private static boolean silent(byte[] output) {
        for (byte b : output) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    interface Check {
        boolean holds() throws IOException;
    }

    private static boolean waitUntil(Check check, long timeoutMillis) throws Exception {
        return waitUntil(check, timeoutMillis, POLL_MILLIS);
    }

    private static boolean waitUntil(Check check, long timeoutMillis, long pollMillis) throws Exception {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (check.holds()) {
                return true;
            }
            Thread.sleep(pollMillis);
        }
        return check.holds();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
