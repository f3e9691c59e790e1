package org.exerciseplayer.audio;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link CueFolderTest}: makes a cue folder in the given temporary folder, writes a cue file
 * into it, prints the folder and waits, holding it in use, until it is killed.
 */
public final class CueFolderChild {

    private CueFolderChild() {
    }

    public static void main(String[] args) throws Exception {
        CueFolder folder = CueFolder.create(Path.of(args[0]));
        Files.write(folder.path().resolve("countdown-100.wav"), new byte[] {1, 2, 3});
        System.out.println(folder.path());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
