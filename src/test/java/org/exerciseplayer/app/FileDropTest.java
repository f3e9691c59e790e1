package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a file dropped on the window does (a real drag and drop cannot be made headless). */
class FileDropTest {

    @TempDir
    Path folder;

    @Test
    void oneFileIsOpened() {
        Path file = folder.resolve("sam.routine.json");
        assertThat(FileDrop.decide(List.of(file), true)).isEqualTo(new FileDrop.Decision.Open(file));
    }

    @Test
    void severalFilesAreRefusedSayingHowMany() {
        assertThat(FileDrop.decide(List.of(folder.resolve("a.json"), folder.resolve("b.json")), true))
                .isEqualTo(new FileDrop.Decision.Refuse("Drop one file at a time, a catalogue or a routine (.json);"
                        + " 2 files were dropped."));
    }

    @Test
    void aFolderIsRefusedByName() {
        assertThat(FileDrop.decide(List.of(folder), true)).isEqualTo(new FileDrop.Decision.Refuse("\u201c"
                + folder.getFileName() + "\u201d is a folder. Drop one file, a catalogue or a routine (.json)."));
    }

    @Test
    void aNamedPipeIsRefusedByNameWithoutBeingRead() throws Exception {
        Path pipe = org.exerciseplayer.catalogue.Fifos.make(folder.resolve("pipe.json"));
        assertThat(FileDrop.decide(List.of(pipe), true)).isEqualTo(new FileDrop.Decision.Refuse("\u201cpipe.json\u201d"
                + " is a named pipe (FIFO), not a file; only a catalogue or routine saved as a file (.json) can be"
                + " opened."));
    }

    @Test
    void nothingIsOpenedDuringASession() {
        assertThat(FileDrop.decide(List.of(folder.resolve("a.json")), false))
                .isEqualTo(new FileDrop.Decision.Refuse("Finish or stop the session first, then drop the file again."));
    }
}
