package org.exerciseplayer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.exerciseplayer.routine.RoutineLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not files, and files built to cost a reader its time or memory (issue 14). The timeouts only
 * turn a hang into a failure; the corpora hold the exact messages.
 */
class HostileFilesTest {

    @TempDir
    Path folder;

    private static CatalogueException refusal(Path file) {
        try {
            RoutineLoader.open(file);
        } catch (CatalogueException e) {
            return e;
        }
        throw new AssertionError(file + " was opened, but it should have been refused");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aNamedPipeIsNamedForWhatItIsAndNeverRead() throws Exception {
        Path pipe = Fifos.make(folder.resolve("pipe.json"));

        assertThat(refusal(pipe).problems()).extracting(Problem::toString).containsExactly(pipe
                + ": is a named pipe (FIFO), not a file; only a catalogue or routine saved as a file (.json) can be"
                + " opened");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aDeviceIsNamedForWhatItIs() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "this system has no /dev/zero");

        assertThat(refusal(zero).problems()).extracting(Problem::message).containsExactly(
                "is a device (like a terminal or /dev/zero), not a file; only a catalogue or routine saved as a"
                        + " file (.json) can be opened");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aLinkToADeviceIsFollowedAndRefusedToo() throws Exception {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "this system has no /dev/zero");
        Path link = Files.createSymbolicLink(folder.resolve("routine.json"), zero);

        assertThat(refusal(link).problems()).extracting(Problem::message).singleElement().asString()
                .startsWith("is a device");
    }

    @Test
    void aFolderIsNamedForWhatItIs() {
        assertThat(refusal(folder).problems()).extracting(Problem::message)
                .containsExactly("is a folder; expected a catalogue or routine file (.json)");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aStreamThatNeverEndsIsCutAtTheSizeCapWhileReading() throws Exception {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
                return length;
            }
        };
        assertThat(CatalogueLoader.readAtMost(endless)).hasSize((int) CatalogueLoader.MAX_FILE_BYTES + 1);
    }

    @Test
    void aFileOverTheCapIsRefusedBeforeItIsRead() throws Exception {
        Path big = folder.resolve("big.json");
        try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(CatalogueLoader.MAX_FILE_BYTES + 1);
        }
        assertThat(refusal(big).problems()).extracting(Problem::message)
                .containsExactly("the file is 32.0 MiB; a catalogue may be at most 32 MiB");
    }

    @Test
    void theProblemCountIsTheTrueCountWhenOnlyTheFirstAreListed() throws Exception {
        StringBuilder fields = new StringBuilder("{");
        for (int i = 0; i < 100_000; i++) {
            fields.append("\"x").append(i).append("\":0,");
        }
        fields.append("\"formatVersion\": 1}");
        Path file = Files.writeString(folder.resolve("fields.json"), fields, StandardCharsets.UTF_8);

        CatalogueException refused = refusal(file);
        // 100,000 unknown fields and the 8 required fields missing.
        assertThat(refused.count()).isEqualTo(100_000 + 8);
        assertThat(refused.problems()).hasSize(Problems.MAX_REPORTED + 1);
        assertThat(refused.problems().get(Problems.MAX_REPORTED).message())
                .isEqualTo("and 99,908 more problems not listed; fix these first");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void sixHundredHugeUnknownKeysGiveShortMessagesOfBoundedSize() throws Exception {
        StringBuilder text = new StringBuilder("{\n");
        for (int i = 0; i < 600; i++) {
            text.append("\"").append("u".repeat(49_000)).append(i).append("\": 0,\n");
        }
        text.append("\"formatVersion\": 1}");
        Path file = Files.writeString(folder.resolve("keys.json"), text, StandardCharsets.UTF_8);

        CatalogueException refused = refusal(file);
        assertThat(refused.count()).isEqualTo(600 + 8);
        assertThat(refused.getMessage().length()).isLessThan(50_000);
        assertThat(refused.problems()).allSatisfy(problem -> assertThat(problem.toString()).hasSizeLessThan(400));
    }
}
