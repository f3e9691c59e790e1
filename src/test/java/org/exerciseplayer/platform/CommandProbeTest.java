package org.exerciseplayer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class CommandProbeTest {

    @TempDir
    Path temp;

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void findsAnExecutableInTheFirstFolderThatHasIt() throws IOException {
        Path first = Files.createDirectories(temp.resolve("first"));
        Path second = Files.createDirectories(temp.resolve("second"));
        executable(second.resolve("tool"));
        executable(first.resolve("tool"));

        CommandProbe probe = CommandProbe.onPath(join(temp.resolve("missing"), first, second), null);

        assertThat(probe.find("tool")).contains(first.resolve("tool"));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void skipsAFileThatIsNotExecutable() throws IOException {
        Path first = Files.createDirectories(temp.resolve("first"));
        Path second = Files.createDirectories(temp.resolve("second"));
        Files.writeString(first.resolve("tool"), "not a program");
        executable(second.resolve("tool"));

        CommandProbe probe = CommandProbe.onPath(join(first, second), null);

        assertThat(probe.find("tool")).contains(second.resolve("tool"));
    }

    @Test
    void skipsAFolderOfTheSameName() throws IOException {
        Files.createDirectories(temp.resolve("tool"));

        assertThat(CommandProbe.onPath(temp.toString(), null).find("tool")).isEmpty();
    }

    @Test
    void findsNothingWithAnEmptyOrMissingPath() {
        assertThat(CommandProbe.onPath("", null).find("sh")).isEmpty();
        assertThat(CommandProbe.onPath(null, null).find("sh")).isEmpty();
    }

    @Test
    void triesEachWindowsExtensionAfterABareName() throws IOException {
        Files.writeString(temp.resolve("powershell.exe"), "");

        CommandProbe probe = CommandProbe.onPath(temp.toString(), ".COM;.EXE;.BAT");

        assertThat(probe.find("powershell")).contains(temp.resolve("powershell.exe"));
        assertThat(probe.find("powershell.exe")).contains(temp.resolve("powershell.exe"));
        assertThat(probe.find("pwsh")).isEmpty();
    }

    @Test
    void aWindowsNameNeedsAnExtensionFromPathExt() throws IOException {
        Files.writeString(temp.resolve("tool"), "");

        assertThat(CommandProbe.onPath(temp.toString(), ".EXE").find("tool")).isEmpty();
    }

    private static void executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String join(Path... folders) {
        StringBuilder path = new StringBuilder();
        for (Path folder : folders) {
            path.append(folder).append(File.pathSeparator);
        }
        return path + File.pathSeparator;
    }
}
