package org.exerciseplayer.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.exerciseplayer.audio.SpeechWav;
import org.exerciseplayer.settings.UserFolders;

/**
 * Rendered phrases on disk, in the per-user cache folder ({@code ~/.cache/exercise-player/voice} on Linux): one WAV a
 * phrase, named by a hash of everything that changes its sound (the text, the voice, the speed, the engine and its
 * version), trimmed of silence at its ends ({@link SpeechWav#trimmed}). Phrases are kept on disk, never in memory;
 * when the folder grows past its bound the phrases used longest ago go first (each use touches its file). Safe for
 * several threads and processes: a phrase is written to a temporary file and moved into place.
 */
public final class PhraseCache {

    /** A hip session's phrases take about 10 MB; this keeps several voices and speeds. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final Path folder;
    private final long maxBytes;

    public PhraseCache(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    public static PhraseCache forThisUser() {
        return new PhraseCache(UserFolders.cache().resolve("voice"), DEFAULT_MAX_BYTES);
    }

    public Path folder() {
        return folder;
    }

    /** The key of a phrase as this engine says it in this voice. */
    static String key(SpeechEngine engine, VoiceChoice choice, String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String all = engine.name() + "\n" + engine.version() + "\n" + choice.key() + "\n" + text;
            return HexFormat.of().formatHex(digest.digest(all.getBytes(StandardCharsets.UTF_8)), 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    Path file(String key) {
        return folder.resolve(key + ".wav");
    }

    /** A temporary file in the folder for the engine to write a phrase to, before {@link #store}. */
    Path scratch(String key) throws IOException {
        Files.createDirectories(folder);
        return Files.createTempFile(folder, key + "-", ".part");
    }

    /** How long the phrase lasts, if it is here; marks it used. */
    OptionalLong millis(String key) {
        Path file = file(key);
        try {
            long millis = SpeechWav.millis(file);
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return OptionalLong.of(millis);
        } catch (NoSuchFileException missing) {
            return OptionalLong.empty();
        } catch (IOException broken) {
            return OptionalLong.empty();
        }
    }

    /**
     * Keeps what the engine wrote to {@code rendered} (which is removed) as the phrase of {@code key}, trimmed, and
     * returns how long it lasts. Then, if the folder is past its bound, removes the phrases used longest ago.
     *
     * @throws IOException if the folder cannot be written, or the engine wrote no usable sound
     */
    long store(String key, Path rendered) throws IOException {
        byte[] trimmed;
        try {
            trimmed = SpeechWav.trimmed(Files.readAllBytes(rendered));
        } catch (IllegalArgumentException e) {
            throw new IOException("the engine wrote no usable sound: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(rendered);
        }
        Path part = scratch(key);
        Files.write(part, trimmed);
        try {
            Files.move(part, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, file(key), StandardCopyOption.REPLACE_EXISTING);
        }
        trimToBound();
        return SpeechWav.millis(file(key));
    }

    /** The bytes of all the phrases kept. */
    public long sizeBytes() {
        return phrases().stream().mapToLong(PhraseCache::size).sum();
    }

    /** Removes the phrases used longest ago until the folder is within its bound. */
    void trimToBound() {
        List<Path> phrases = new ArrayList<>(phrases());
        long total = phrases.stream().mapToLong(PhraseCache::size).sum();
        if (total <= maxBytes) {
            return;
        }
        java.util.Map<Path, FileTime> used = new java.util.HashMap<>();
        phrases.forEach(phrase -> used.put(phrase, modified(phrase)));
        phrases.sort(Comparator.comparing(used::get));
        for (Path phrase : phrases) {
            if (total <= maxBytes * 9 / 10) {
                break;
            }
            long size = size(phrase);
            try {
                Files.deleteIfExists(phrase);
                total -= size;
            } catch (IOException e) {
                // In use or gone: the next phrase goes instead.
            }
        }
    }

    private List<Path> phrases() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".wav")).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
