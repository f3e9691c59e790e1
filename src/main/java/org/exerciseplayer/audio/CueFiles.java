package org.exerciseplayer.audio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The cue sounds as files JavaFX can play, one per cue and volume step, written on first use into a folder of their
 * own. Two things JavaFX does (seen on Linux with JavaFX 21) shape them:
 * <ul>
 *   <li>it applies {@code MediaPlayer.setVolume} only about 100 ms into the sound (the first buffers went through at
 *       full volume while the player got ready), which for an 80 ms blip is not at all: so the volume is baked into
 *       the samples;</li>
 *   <li>it plays a mono file at half amplitude on each of two channels, 6 dB quieter than the same sound in stereo:
 *       so the bundled mono sounds are written out as stereo.</li>
 * </ul>
 * Not thread-safe: {@link JavaFxSoundCues} uses it from its one worker thread.
 */
final class CueFiles {

    /** Volumes are rounded to steps of 5 %, so a volume slider writes at most 21 files per cue. */
    static final int VOLUME_STEPS = 20;

    private final Function<Cue, InputStream> sources;
    private final Path folder;
    private final Map<Cue, WavFile> sounds = new EnumMap<>(Cue.class);
    private final Map<Path, URI> written = new HashMap<>();

    /**
     * @param sources opens each cue's mono WAV (the bundled ones: {@link #bundled})
     * @param folder  where the playable files go; it is made if missing and {@link #delete() deleted} at the end
     */
    CueFiles(Function<Cue, InputStream> sources, Path folder) {
        this.sources = sources;
        this.folder = folder;
    }

    static InputStream bundled(Cue cue) {
        return Cue.class.getResourceAsStream(cue.fileName());
    }

    /**
     * Reads every cue's sound, so that a missing or broken file is found before the first cue.
     *
     * @throws IOException if a sound is missing or is not a 16-bit PCM mono WAV
     */
    void load() throws IOException {
        for (Cue cue : Cue.values()) {
            try (InputStream in = sources.apply(cue)) {
                if (in == null) {
                    throw new IOException("the sound " + cue.fileName() + " is missing");
                }
                sounds.put(cue, WavFile.parse(in.readAllBytes()));
            } catch (IllegalArgumentException e) {
                throw new IOException("the sound " + cue.fileName() + " is broken: " + e.getMessage(), e);
            }
        }
        Files.createDirectories(folder);
    }

    /** The playable file for the cue at the volume (rounded to a step), written if it is not there yet. */
    URI file(Cue cue, double volume) throws IOException {
        WavFile sound = sounds.get(cue);
        if (sound == null) {
            throw new IllegalStateException("load() has not read " + cue.fileName());
        }
        int step = (int) Math.round(volume * VOLUME_STEPS);
        Path file = folder.resolve(cue.fileName().replace(".wav", "-" + (100 * step / VOLUME_STEPS) + ".wav"));
        URI uri = written.get(file);
        if (uri == null) {
            Files.write(file, sound.toStereo((double) step / VOLUME_STEPS));
            uri = file.toUri();
            written.put(file, uri);
        }
        return uri;
    }

    /** Removes the folder and everything written into it, as far as it can: a file still open may stay behind. */
    /** The folder the cues are written to; the spoken phrases' copies go there too, so they go with it. */
    Path folder() {
        return folder;
    }

    void delete() {
        written.clear();
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            System.getLogger(CueFiles.class.getName()).log(System.Logger.Level.DEBUG, "Cue files left in " + folder, e);
        }
    }
}
