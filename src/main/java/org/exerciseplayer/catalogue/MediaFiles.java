package org.exerciseplayer.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds an exercise's picture or video on disk, reading only inside the folder of the catalogue or routine
 * that names it: a path that leads outside it (through {@code ..} or a link) is refused, as is anything that is
 * not a readable file of a sensible size.
 */
public final class MediaFiles {

    /** Larger files are not shown: a short clip of an exercise is a few MiB. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    private MediaFiles() {
    }

    /** Where a media file was found, or why it cannot be shown. */
    public sealed interface Located permits Found, Unavailable {}

    public record Found(Path file) implements Located {}

    /** @param reason what is wrong, in plain words, naming the file */
    public record Unavailable(String reason) implements Located {}

    /**
     * Finds {@code media} under {@code folder}, the folder of the file that names it; with no folder (the
     * bundled catalogue) there is nowhere to look.
     */
    public static Located locate(Optional<Path> folder, Media media) {
        if (folder.isEmpty()) {
            return new Unavailable("\"" + media.file() + "\" cannot be shown: the bundled catalogue has no folder"
                    + " of pictures");
        }
        Path base = folder.get();
        Path candidate;
        try {
            candidate = base.resolve(media.file()).normalize();
        } catch (InvalidPathException e) {
            return new Unavailable(org.exerciseplayer.catalogue.json.Echo.quote(media.file())
                    + " cannot be shown: it is not a file name this system allows");
        }
        String shown = candidate.toString();
        try {
            Path realBase = base.toRealPath();
            Path real = candidate.toRealPath();
            if (!real.startsWith(realBase)) {
                return new Unavailable(shown + " leads outside the folder " + base + "; only files inside it are"
                        + " shown");
            }
            if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                return new Unavailable(shown + " is not a file");
            }
            if (!Files.isReadable(real)) {
                return new Unavailable(shown + " cannot be read: permission denied");
            }
            long size = Files.size(real);
            if (size > MAX_BYTES) {
                return new Unavailable(String.format(java.util.Locale.ROOT, "%s is %.0f MiB; at most %d MiB is shown",
                        shown, size / 1048576.0, MAX_BYTES / 1048576));
            }
            if (size == 0) {
                return new Unavailable(shown + " is empty");
            }
            return new Found(real);
        } catch (NoSuchFileException e) {
            return new Unavailable(shown + " is missing");
        } catch (IOException e) {
            return new Unavailable(shown + " cannot be read: " + e.getMessage());
        }
    }
}
