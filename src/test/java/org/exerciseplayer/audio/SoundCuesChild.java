package org.exerciseplayer.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
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
 *   <li>{@code capture SINK CUE VOLUME}: plays the cue and copies what reaches the sink file into
 *       {@code SINK.CUE-VOLUME}, once the sink has stopped growing;</li>
 *   <li>{@code alsa-config TEXT}: replaces the ALSA configuration, as if the sound device changed;</li>
 *   <li>{@code play CUE}: plays the cue and waits 300 ms.</li>
 * </ul>
 */
public final class SoundCuesChild {

    private static final long POLL_MILLIS = 5;

    private SoundCuesChild() {
    }

    public static void main(String[] args) throws Exception {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> say("uncaught " + thread.getName() + " " + e));
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
     * The sink file is written from the start each time a player opens the device; the cue comes first, then silence,
     * as fast as the disk takes it, until the player is disposed of (or the file size limit is reached).
     */
    private static void capture(JavaFxSoundCues cues, Path sink, Cue cue, double volume) throws Exception {
        Files.deleteIfExists(sink);
        cues.setVolume(volume);
        cues.play(cue);
        long[] size = {-1};
        boolean settled = waitUntil(() -> {
            long now = Files.exists(sink) ? Files.size(sink) : -1;
            boolean same = now > 0 && now == size[0];
            size[0] = now;
            return same;
        }, 3_000, 50);
        if (!settled) {
            say("capture-timeout " + cue + " " + volume + " size " + size[0]);
            return;
        }
        byte[] written = Files.readAllBytes(sink);
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
        Files.deleteIfExists(sink);
        say("captured " + cue + " " + volume + " " + copy);
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
