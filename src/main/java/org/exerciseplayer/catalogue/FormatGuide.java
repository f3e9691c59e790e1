package org.exerciseplayer.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The format guides as the app carries them (the build copies {@code docs/catalogue-format.md} and
 * {@code docs/routine-format.md} into the jar), so that an installed app can show them: Help &gt; File formats,
 * and {@code exercise-player --format-guide}.
 */
public final class FormatGuide {

    /** Which guide. */
    public enum Kind {
        CATALOGUE("catalogue-format.md"),
        ROUTINE("routine-format.md");

        private final String fileName;

        Kind(String fileName) {
            this.fileName = fileName;
        }

        /** The guide's file name, as it is saved. */
        public String fileName() {
            return fileName;
        }
    }

    private FormatGuide() {
    }

    /** The guide's text (Markdown). */
    public static String text(Kind kind) {
        String resource = "/org/exerciseplayer/guide/" + kind.fileName();
        try (InputStream in = FormatGuide.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The app was built without its format guide " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
