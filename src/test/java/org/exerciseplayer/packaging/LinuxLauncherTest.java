package org.exerciseplayer.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux app image's launcher script (src/main/jpackage/linux/exercise-player), run with {@code sh} on a fake
 * image whose "java" only writes down its arguments: it must start the same command line as jpackage's launcher
 * from the cfg file, pass the person's arguments through untouched, and make and then use its class-data-sharing
 * archive.
 */
class LinuxLauncherTest {

    private static final Path SCRIPT = Path.of("src/main/jpackage/linux/exercise-player");

    @TempDir
    Path folder;

    private Path image;
    private Path cache;
    private Path calls;

    @BeforeEach
    void makeImage() throws IOException {
        image = folder.resolve("my image");
        cache = folder.resolve("cache");
        calls = folder.resolve("calls");
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib/app"));
        Files.createDirectories(image.resolve("lib/runtime/bin"));
        Files.createDirectories(image.resolve("lib/runtime/lib/server"));
        Files.createDirectories(calls);
        Files.copy(SCRIPT, image.resolve("bin/exercise-player"));
        Files.writeString(image.resolve("lib/app/exercise-player.cfg"), String.join("\n",
                "[Application]",
                "app.classpath=$APPDIR/main.jar",
                "app.mainclass=org.example.Main",
                "app.classpath=$APPDIR/other lib.jar",
                "",
                "[JavaOptions]",
                "java-options=-Djpackage.app-version=0.1.0",
                "java-options=-Dtitle=a b=c",
                ""));
        Files.writeString(image.resolve("lib/app/classes.lst"), "java/lang/Object\n");
        // Writes each argument on its own line to calls/<n>; for -Xshare:dump, makes the archive file it is given.
        Files.writeString(image.resolve("lib/runtime/bin/java"), String.join("\n",
                "#!/bin/sh",
                "out=\"" + calls + "/$$\"",
                "for a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$out.tmp\" && mv \"$out.tmp\" \"$out\"",
                "for a in \"$@\"; do case \"$a\" in -XX:SharedArchiveFile=*) [ \"$1\" = -Xshare:dump ] && echo jsa > \"${a#*=}\";; esac; done",
                ""));
        for (String file : List.of("bin/exercise-player", "lib/runtime/bin/java")) {
            image.resolve(file).toFile().setExecutable(true);
        }
    }

    private List<String> launch(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", image.resolve("bin/exercise-player").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return List.of(arguments);
    }

    /** The argument lists the fake java was started with, the program's (not the archive dump's). */
    private List<List<String>> programRuns() throws IOException {
        List<List<String>> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(calls)) {
            for (Path file : files.filter(f -> !f.toString().endsWith(".tmp")).toList()) {
                List<String> arguments = Files.readAllLines(file);
                if (!arguments.contains("-Xshare:dump")) {
                    runs.add(arguments);
                }
            }
        }
        return runs;
    }

    private Set<Path> archives() throws IOException {
        Path folder = cache.resolve("exercise-player");
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return Set.copyOf(files.filter(f -> f.toString().endsWith(".jsa")).toList());
        }
    }

    private void waitForArchive() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (archives().isEmpty()) {
            assertThat(System.nanoTime()).as("the archive is made within 30 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void startsTheCfgsCommandLineWithThePersonsArgumentsUntouched() throws Exception {
        Path app = image.resolve("lib/app").toRealPath();

        launch("--plan", "my file*.json", "");

        assertThat(programRuns()).singleElement().isEqualTo(List.of("-Djpackage.app-version=0.1.0",
                "-Dtitle=a b=c", "-cp", app.resolve("main.jar") + ":" + app.resolve("other lib.jar"),
                "org.example.Main", "--plan", "my file*.json", ""));
    }

    @Test
    void makesItsArchiveOnTheFirstStartAndUsesItAfter() throws Exception {
        launch("--validate");
        waitForArchive();
        Path archive = archives().iterator().next();
        assertThat(archive.getFileName().toString()).matches("classes-\\d+\\.jsa");
        try (Stream<Path> files = Files.list(calls)) {
            assertThat(files.map(f -> {
                try {
                    return Files.readAllLines(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(a -> a.contains("-Xshare:dump")).toList()).singleElement()
                    .satisfies(a -> assertThat(a).contains("-XX:SharedClassListFile="
                            + image.resolve("lib/app").toRealPath().resolve("classes.lst")));
        }
        Files.walk(calls).filter(Files::isRegularFile).forEach(f -> f.toFile().delete());

        launch("--validate");

        assertThat(programRuns()).singleElement().satisfies(arguments -> assertThat(arguments)
                .startsWith("-XX:SharedArchiveFile=" + archive, "-Xshare:auto").contains("--validate"));
        assertThat(archives()).containsExactly(archive);
    }

    @Test
    void anUpdatedImageGetsANewArchiveInPlaceOfTheOld() throws Exception {
        launch("--validate");
        waitForArchive();
        Path old = archives().iterator().next();
        Files.writeString(image.resolve("lib/app/main.jar"), "a newer jar");

        launch("--validate");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (archives().contains(old) || archives().isEmpty()) {
            assertThat(System.nanoTime()).as("the old archive is replaced within 30 s").isLessThan(deadline);
            Thread.sleep(20);
        }
        assertThat(archives()).hasSize(1);
    }
}
