package org.exerciseplayer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** For tests of a class with a bundle of its own: the keys its source names are exactly the bundle's keys. */
public final class BundleKeys {

    private BundleKeys() {
    }

    /**
     * Fails unless the keys that {@code key} (a pattern whose group 1 is a key) finds in {@code source} are
     * exactly those of {@code bundle}, and there are more than {@code atLeast} of them.
     */
    public static void assertSourceUsesExactly(String source, Pattern key, String bundle, int atLeast)
            throws IOException {
        assertSourcesUseExactly(java.util.List.of(source), key, bundle, atLeast);
    }

    /** As {@link #assertSourceUsesExactly}, for a bundle that several classes share. */
    public static void assertSourcesUseExactly(java.util.List<String> sources, Pattern key, String bundle,
                                               int atLeast) throws IOException {
        Set<String> used = new TreeSet<>();
        for (String source : sources) {
            Matcher keys = key.matcher(Files.readString(Path.of(source)));
            while (keys.find()) {
                used.add(keys.group(1));
            }
        }

        assertThat(used).hasSizeGreaterThan(atLeast);
        assertThat(ResourceBundle.getBundle(bundle, Locale.ROOT).keySet()).containsExactlyInAnyOrderElementsOf(used);
    }
}
