package org.exerciseplayer.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The files of a bad-file corpus: {@code NAME.json} as it is, or {@code NAME.json.gz} (a file too large to keep as
 * it is, such as a text of 21 million characters) unpacked to {@code NAME.json} in a folder of the test's, so that
 * the reader meets the real file. Each has {@code NAME.expected} beside it.
 */
public final class CorpusFiles {

    private CorpusFiles() {
    }

    /** The file to load: {@code file} itself, or unpacked into {@code folder} if it is gzipped. */
    public static Path unpacked(Path file, Path folder) throws IOException {
        String name = file.getFileName().toString();
        if (!name.endsWith(".gz")) {
            return file;
        }
        Path target = folder.resolve(name.substring(0, name.length() - ".gz".length()));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            Files.copy(in, target);
        }
        return target;
    }

    /** The name of the file of expected messages for a corpus file. */
    public static String expectedName(String name) {
        return name.replaceFirst("\\.json(\\.gz)?$", ".expected");
    }
}
