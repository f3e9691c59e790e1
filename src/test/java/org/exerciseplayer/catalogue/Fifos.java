package org.exerciseplayer.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Named pipes for tests, made with {@code mkfifo}; a test reports itself skipped where there is none. */
public final class Fifos {

    private Fifos() {
    }

    /** A named pipe at {@code file}; skips the calling test, saying why, where none can be made. */
    public static Path make(Path file) throws InterruptedException {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
            boolean made = mkfifo.waitFor() == 0 && Files.exists(file);
            Assumptions.assumeTrue(made, "mkfifo could not make a named pipe here");
        } catch (IOException e) {
            Assumptions.assumeTrue(false, "mkfifo is not available here: " + e.getMessage());
        }
        return file;
    }
}
