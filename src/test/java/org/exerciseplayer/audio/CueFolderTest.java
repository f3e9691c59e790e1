package org.exerciseplayer.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cues' folders in the temporary folder: one left by a process that was killed is removed, and nothing else is,
 * neither a folder a live process holds, nor this process's own, nor one holding anything but cues, nor a link.
 */
class CueFolderTest {

    @TempDir
    Path temporary;
    final List<Process> children = new ArrayList<>();

    @AfterEach
    void killChildren() {
        children.forEach(Process::destroyForcibly);
    }

    /** A real process holding a cue folder in use; returns its folder. */
    Path folderOfAChild() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), CueFolderChild.class.getName(), temporary.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        children.add(child);
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        return Path.of(out.readLine());
    }

    /** A minute and more after the folders were made: their marks have settled. */
    static Instant later() {
        return Instant.now().plus(CueFolder.MARK_SETTLES).plusSeconds(5);
    }

    @Test
    @Timeout(60)
    void aFolderLeftByAKilledProcessIsRemovedAndThoseInUseAreNot() throws Exception {
        Path killed = folderOfAChild();
        Path alive = folderOfAChild();
        Process first = children.get(0);
        first.destroyForcibly(); // SIGKILL: it never closes its cues
        assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        try (CueFolder mine = CueFolder.create(temporary)) {
            assertThat(killed).isDirectory();
            assertThat(killed.getFileName().toString()).startsWith("exercise-player-cues-" + first.pid() + "-");

            assertThat(CueFolder.removeLeftOvers(temporary, later())).containsExactly(killed);

            assertThat(killed).doesNotExist();
            assertThat(alive.resolve("countdown-100.wav")).hasBinaryContent(new byte[] {1, 2, 3});
            assertThat(mine.path().resolve(CueFolder.IN_USE)).exists();
        }
    }

    @Test
    @Timeout(60)
    void aLeftOverFolderHoldingAnythingButCuesOrReachedThroughALinkIsLeftAlone() throws Exception {
        Path killed = folderOfAChild();
        Path linked = folderOfAChild();
        children.forEach(Process::destroyForcibly);
        for (Process child : children) {
            child.waitFor(10, TimeUnit.SECONDS);
        }
        Files.writeString(killed.resolve("notes.txt"), "mine");
        Path elsewhere = Files.createDirectory(temporary.resolve("elsewhere"));
        Files.move(linked, elsewhere.resolve("moved"));
        Path link = Files.createSymbolicLink(temporary.resolve("exercise-player-cues-link"), elsewhere.resolve("moved"));

        assertThat(CueFolder.removeLeftOvers(temporary, later())).isEmpty();

        assertThat(killed.resolve("notes.txt")).hasContent("mine");
        assertThat(killed.resolve("countdown-100.wav")).exists();
        assertThat(link.resolve("countdown-100.wav")).exists();
    }

    @Test
    void aFolderFromBeforeTheMarkIsRemovedOnlyOnceADayOld() throws Exception {
        Path recent = Files.createDirectory(temporary.resolve("exercise-player-cues-123"));
        Files.write(recent.resolve("countdown-50.wav"), new byte[] {1});
        Path old = Files.createDirectory(temporary.resolve("exercise-player-cues-456"));
        Files.write(old.resolve("countdown-50.wav"), new byte[] {1});
        Instant now = Instant.now();
        Files.setLastModifiedTime(old, FileTime.from(now.minus(Duration.ofDays(2))));

        assertThat(CueFolder.removeLeftOvers(temporary, now)).containsExactly(old);
        assertThat(recent.resolve("countdown-50.wav")).exists();
    }

    @Test
    void aMarkJustMadeIsLeftAloneEvenUnlocked() throws Exception {
        // As a process that has made its mark and not yet locked it would leave it, for a moment.
        Path starting = Files.createDirectory(temporary.resolve("exercise-player-cues-789-1"));
        Files.createFile(starting.resolve(CueFolder.IN_USE));

        assertThat(CueFolder.removeLeftOvers(temporary, Instant.now())).isEmpty();
        assertThat(CueFolder.removeLeftOvers(temporary, later())).containsExactly(starting);
    }
}
