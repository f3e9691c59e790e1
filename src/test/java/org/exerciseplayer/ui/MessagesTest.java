package org.exerciseplayer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the code asks for is in the bundle, and the bundle holds no key that nothing uses. */
class MessagesTest {

    private static final Pattern USE = Pattern.compile("Messages\\.get\\(\\s*\"([a-zA-Z0-9.]+)\"");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)+)\"");

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher use = USE.matcher(source);
                while (use.find()) {
                    keys.add(use.group(1));
                }
                if (source.contains("Messages.get(")) {
                    // Keys chosen by a condition, e.g. Messages.get(each ? "dose.sides.each" : "dose.sides.alternating").
                    Matcher literal = KEY_LITERAL.matcher(source);
                    while (literal.find()) {
                        if (Messages.bundle().containsKey(literal.group(1)) || looksLikeKey(literal.group(1))) {
                            keys.add(literal.group(1));
                        }
                    }
                }
            }
        }
        return keys;
    }

    private static boolean looksLikeKey(String literal) {
        return literal.matches("(app|home|problems|dialog|player|end|check|safety|sound|editor)\\..+");
    }

    @Test
    void everyKeyUsedInTheCodeIsInTheBundle() throws IOException {
        Set<String> used = keysUsedInCode();

        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(key -> assertThat(Messages.bundle().containsKey(key)).as(key).isTrue());
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Set<String> used = keysUsedInCode();

        assertThat(Messages.bundle().keySet()).allSatisfy(key -> assertThat(used).as(key).contains(key));
    }
}
