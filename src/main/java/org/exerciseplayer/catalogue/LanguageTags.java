package org.exerciseplayer.catalogue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a catalogue's language tag: a language the system knows ({@code en}, {@code cy}, {@code yue}), then
 * optionally a script ({@code Latn}) and a country or region ({@code GB}, {@code 419}), joined by hyphens. A tag
 * that is well-formed but means nothing ({@code qq-ZZ}) is refused as well.
 */
final class LanguageTags {

    private static final Pattern SHAPE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?");
    private static final Set<String> LANGUAGES = new HashSet<>(Arrays.asList(Locale.getISOLanguages()));
    private static final Set<String> SCRIPTS = new HashSet<>(Set.of("latn", "cyrl", "arab", "grek", "hebr", "hans",
            "hant", "deva", "beng", "guru", "taml", "telu", "thai", "ethi", "armn", "geor", "jpan", "kore"));
    private static final Set<String> REGIONS = new HashSet<>(Arrays.asList(Locale.getISOCountries()));
    private static final Set<String> AREAS = Set.of("001", "002", "019", "142", "150", "419");

    static {
        LANGUAGES.addAll(Set.of("he", "id", "yi"));
        for (Locale locale : Locale.getAvailableLocales()) {
            if (!locale.getLanguage().isEmpty()) {
                LANGUAGES.add(locale.getLanguage());
            }
            if (!locale.getScript().isEmpty()) {
                SCRIPTS.add(locale.getScript().toLowerCase(Locale.ROOT));
            }
        }
    }

    private LanguageTags() {
    }

    /** Null if {@code tag} is a known language tag; else what is wrong, as the end of a sentence. */
    static String problem(String tag) {
        if (!SHAPE.matcher(tag).matches()) {
            return " (a language code, then optionally a script and a country or region, joined by hyphens)";
        }
        String[] parts = tag.split("-");
        if (!LANGUAGES.contains(parts[0].toLowerCase(Locale.ROOT))) {
            return ": \"" + parts[0] + "\" is not a known language";
        }
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.length() == 4 && !SCRIPTS.contains(part.toLowerCase(Locale.ROOT))) {
                return ": \"" + part + "\" is not a known script";
            }
            if (part.length() == 2 && !REGIONS.contains(part.toUpperCase(Locale.ROOT))
                    || part.length() == 3 && !AREAS.contains(part)) {
                return ": \"" + part + "\" is not a known country or region";
            }
        }
        return null;
    }
}
