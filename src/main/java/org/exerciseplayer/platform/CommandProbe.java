package org.exerciseplayer.platform;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds a command the way a shell would, so the helper that was probed is the one that runs. */
@FunctionalInterface
interface CommandProbe {

    /** The executable file for {@code command}, if there is one. */
    Optional<Path> find(String command);

    /**
     * Searches the folders of a {@code PATH} value in order. Empty entries (the current folder) are skipped.
     *
     * @param pathExtensions on Windows the {@code PATHEXT} value (such as {@code .COM;.EXE}) tried after a bare
     *                       name; {@code null} elsewhere, where a match must be an executable file instead
     */
    static CommandProbe onPath(String path, String pathExtensions) {
        return onPath(path, pathExtensions, Files::isExecutable);
    }

    /** As {@link #onPath(String, String)}, with the test for "executable" given (for tests on any platform). */
    static CommandProbe onPath(String path, String pathExtensions, java.util.function.Predicate<Path> executable) {
        List<Path> folders = new ArrayList<>();
        for (String entry : (path == null ? "" : path).split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                folders.add(Path.of(entry));
            } catch (InvalidPathException e) {
                // An unusable entry cannot hold the command; a shell would skip it too.
            }
        }
        List<String> extensions = pathExtensions == null ? null
                : List.of(pathExtensions.toLowerCase(Locale.ROOT).split(";"));
        return command -> {
            for (Path folder : folders) {
                for (String name : candidateNames(command, extensions)) {
                    Path file = folder.resolve(name);
                    boolean usable = extensions == null
                            ? Files.isRegularFile(file) && executable.test(file)
                            : Files.isRegularFile(file);
                    if (usable) {
                        return Optional.of(file);
                    }
                }
            }
            return Optional.empty();
        };
    }

    /** Searches this process's {@code PATH} (and {@code PATHEXT} on Windows). */
    static CommandProbe forThisProcess(OperatingSystem os) {
        String extensions = os == OperatingSystem.WINDOWS
                ? Optional.ofNullable(System.getenv("PATHEXT")).orElse(".COM;.EXE;.BAT;.CMD") : null;
        return onPath(System.getenv("PATH"), extensions);
    }

    private static List<String> candidateNames(String command, List<String> extensions) {
        if (extensions == null) {
            return List.of(command);
        }
        List<String> names = new ArrayList<>();
        String lower = command.toLowerCase(Locale.ROOT);
        if (extensions.stream().anyMatch(extension -> !extension.isEmpty() && lower.endsWith(extension))) {
            names.add(command);
        }
        for (String extension : extensions) {
            if (!extension.isEmpty()) {
                names.add(command + extension);
            }
        }
        return names;
    }
}
