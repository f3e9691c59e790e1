package org.exerciseplayer.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A picture or a short video of an exercise, in a file beside the catalogue (or routine) that names it. Only
 * files inside that folder are ever read; never a network address.
 *
 * @param file        the file's path relative to the catalogue's folder, with {@code /} between folder names
 * @param kind        whether it is a still image or a video, from the file's extension
 * @param description what it shows, in words, for people who cannot see it (and in place of a missing file)
 */
public record Media(String file, Kind kind, String description) {

    public enum Kind { IMAGE, VIDEO }

    /** The extensions the player can show, each with its kind (those JavaFX reads without system codecs). */
    public static final List<String> IMAGE_EXTENSIONS = List.of("png", "jpg", "jpeg", "gif", "bmp");
    public static final List<String> VIDEO_EXTENSIONS = List.of("mp4", "m4v");

    /** The kind a file name's extension gives, if the player can show it. */
    public static Optional<Kind> kindOf(String file) {
        int dot = file.lastIndexOf('.');
        String extension = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (IMAGE_EXTENSIONS.contains(extension)) {
            return Optional.of(Kind.IMAGE);
        }
        return VIDEO_EXTENSIONS.contains(extension) ? Optional.of(Kind.VIDEO) : Optional.empty();
    }
}
