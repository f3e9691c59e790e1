package org.exerciseplayer.text;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.exerciseplayer.catalogue.Directions;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Sides;

/**
 * A dose in words, as a person reads it: "Hold 20 s, 3 times each side, twice daily". The screens and the printed
 * handout both say a dose this way; the words are in {@code org/exerciseplayer/text/dose.properties}.
 */
public final class DoseWords {

    static final String BUNDLE = "org.exerciseplayer.text.dose";

    private final ResourceBundle texts;
    private final Locale locale;

    private DoseWords(Locale locale) {
        this.texts = ResourceBundle.getBundle(BUNDLE, locale);
        this.locale = locale;
    }

    /** The dose in the words of the default locale. */
    public static String of(Dose dose) {
        return of(dose, Locale.getDefault());
    }

    public static String of(Dose dose, Locale locale) {
        return new DoseWords(locale).say(dose);
    }

    private String say(Dose dose) {
        List<String> parts = new ArrayList<>();
        String amount = switch (dose.kind()) {
            case HOLD -> text("dose.hold", dose.holdSeconds(), dose.repetitions());
            case REPETITIONS -> text("dose.repetitions", dose.repetitions());
            case TIMED -> text("dose.timed", dose.durationSeconds());
        };
        if (dose.sides() != Sides.NONE) {
            amount += " " + text(dose.sides() == Sides.EACH ? "dose.sides.each" : "dose.sides.alternating");
        }
        parts.add(amount);
        if (!dose.directions().isNone()) {
            String names = String.join(", ", dose.directions().names());
            parts.add(text(dose.directions().order() == Directions.Order.EACH
                    ? "dose.directions.each" : "dose.directions.alternating", names));
        }
        dose.preparation().ifPresent(p -> parts.add(text("dose.preparation", p.repetitions(), p.name())));
        dose.timesPerDay().ifPresent(times -> parts.add(text("dose.timesPerDay", times)));
        return String.join(", ", parts);
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
