package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app closes what it made when it exits: the real app in a JVM of its own (AppExitChild), headless, plays a
 * session, which makes the sound cues' folder in the temporary folder, and its window is closed; once it has exited
 * the folder is gone. Before, every run left one (the cues were never closed).
 */
class AppExitTest {

    @TempDir
    Path scratch;

    @Test
    @Timeout(120)
    void closingTheWindowRemovesTheSoundCuesFolder() throws Exception {
        Path temporary = Files.createDirectory(scratch.resolve("tmp"));
        Path errors = scratch.resolve("child-stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temporary, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "-Dheadless.geometry=1366x768-32", "-cp", System.getProperty("java.class.path"),
                AppExitChild.class.getName(), "--data-dir", scratch.resolve("data").toString(),
                Path.of("src/test/resources/catalogues/short.json").toAbsolutePath().toString())
                .redirectError(errors.toFile());
        builder.environment().remove("DBUS_SESSION_BUS_ADDRESS");
        builder.environment().put("XDG_CONFIG_HOME", scratch.resolve("config").toString());
        builder.environment().put("XDG_DATA_HOME", scratch.resolve("data-home").toString());
        Process app = builder.start();
        try {
            assertThat(app.waitFor(100, TimeUnit.SECONDS)).isTrue();
            List<String> said = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .toList();
            assertThat(said).as(() -> "stderr: " + read(errors)).hasSize(2);
            assertThat(said.get(0)).as("while playing, the cues' one folder, named for the process")
                    .matches("while playing: \\[exercise-player-cues-" + app.pid() + "-\\d+\\]");
            assertThat(said.get(1)).isEqualTo("after exit: []");
            assertThat(app.exitValue()).isZero();
            assertThat(AppExitChild.cueFolders(temporary)).isEmpty();
        } finally {
            app.destroyForcibly();
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
