package org.exerciseplayer.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    private Stream<Path> files() throws IOException {
        return Files.list(folder);
    }

    @Test
    void theContentReplacesTheFileAndNothingElseIsLeft() throws Exception {
        Path file = Files.writeString(folder.resolve("routine.json"), "old");
        AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(file).hasContent("new");
        try (Stream<Path> left = files()) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void aWriterThatFailsHalfwayLeavesTheOldFileWholeAndNoTemporaryFile() throws Exception {
        Path file = Files.writeString(folder.resolve("routine.json"), "old");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThat(file).hasContent("old");
        try (Stream<Path> left = files()) {
            assertThat(left).containsExactly(file);
        }
    }
}
