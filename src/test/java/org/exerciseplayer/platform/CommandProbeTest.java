package org.exerciseplayer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandProbeTest {

    @TempDir
    Path temp;

    @Test
    void findsAnExecutableInTheFirstFolderThatHasIt() throws IOException {
        Path first = Files.createDirectories(temp.resolve("first"));
        Path second = Files.createDirectories(temp.resolve("second"));
        Files.writeString(second.resolve("tool"), "#!/bin/sh\n");
        Files.writeString(first.resolve("tool"), "#!/bin/sh\n");

        CommandProbe probe = CommandProbe.onPath(join(temp.resolve("missing"), first, second), null, file -> true);

        assertThat(probe.find("tool")).contains(first.resolve("tool"));
    }

    @Test
    void skipsAFileThatIsNotExecutable() throws IOException {
        Path first = Files.createDirectories(temp.resolve("first"));
        Path second = Files.createDirectories(temp.resolve("second"));
        Files.writeString(first.resolve("tool"), "not a program");
        Files.writeString(second.resolve("tool"), "#!/bin/sh\n");

        // The executable bit is the platform's; here the second folder's file is the one marked executable.
        CommandProbe probe = CommandProbe.onPath(join(first, second), null, file -> file.startsWith(second));

        assertThat(probe.find("tool")).contains(second.resolve("tool"));
    }

    @Test
    void byDefaultTheExecutableTestIsThePlatformsOwn() throws IOException {
        Path tool = Files.writeString(temp.resolve("tool"), "#!/bin/sh\n");
        boolean executable = Files.isExecutable(tool);

        assertThat(CommandProbe.onPath(temp.toString(), null).find("tool").isPresent()).isEqualTo(executable);
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

    private static String join(Path... folders) {
        StringBuilder path = new StringBuilder();
        for (Path folder : folders) {
            path.append(folder).append(File.pathSeparator);
        }
        return path + File.pathSeparator;
    }
}
