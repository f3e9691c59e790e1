package org.exerciseplayer.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The person's own folders as their desktop names them: where a file dialog starts, rather than the working folder. */
public final class UserFolders {

    private static final Pattern DOCUMENTS = Pattern.compile("^\\s*XDG_DOCUMENTS_DIR\\s*=\\s*\"(.*)\"\\s*$");

    private UserFolders() {
    }

    /** The documents folder of the person running the app. */
    public static Path documents() {
        return documents(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * The documents folder: on Linux the desktop's {@code XDG_DOCUMENTS_DIR} (from {@code user-dirs.dirs} in the
     * configuration folder), elsewhere or without it {@code ~/Documents} if there is one, else the home folder.
     */
    static Path documents(Map<String, String> environment, Path home) {
        Path config = Optional.ofNullable(environment.get("XDG_CONFIG_HOME")).filter(s -> !s.isBlank()).map(Path::of)
                .orElse(home.resolve(".config"));
        Optional<Path> named = fromUserDirs(config.resolve("user-dirs.dirs"), home);
        if (named.isPresent() && Files.isDirectory(named.get())) {
            return named.get();
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    private static Optional<Path> fromUserDirs(Path file, Path home) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher matcher = DOCUMENTS.matcher(line);
                if (matcher.matches()) {
                    String value = matcher.group(1);
                    return Optional.of(value.startsWith("$HOME")
                            ? Path.of(home + value.substring("$HOME".length())) : Path.of(value));
                }
            }
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
