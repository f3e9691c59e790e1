package org.exerciseplayer.ui.text;

import java.util.ArrayList;
import java.util.List;
import org.exerciseplayer.catalogue.Directions;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Sides;
import org.exerciseplayer.ui.Messages;

/** A dose in words, as a person reads it: "Hold 20 s, 3 times each side, twice daily". */
public final class DoseWords {

    private DoseWords() {
    }

    public static String of(Dose dose) {
        List<String> parts = new ArrayList<>();
        String amount = switch (dose.kind()) {
            case HOLD -> Messages.get("dose.hold", dose.holdSeconds(), dose.repetitions());
            case REPETITIONS -> Messages.get("dose.repetitions", dose.repetitions());
            case TIMED -> Messages.get("dose.timed", dose.durationSeconds());
        };
        if (dose.sides() != Sides.NONE) {
            amount += " " + Messages.get(dose.sides() == Sides.EACH ? "dose.sides.each" : "dose.sides.alternating");
        }
        parts.add(amount);
        if (!dose.directions().isNone()) {
            String names = String.join(", ", dose.directions().names());
            parts.add(Messages.get(dose.directions().order() == Directions.Order.EACH
                    ? "dose.directions.each" : "dose.directions.alternating", names));
        }
        dose.preparation().ifPresent(p -> parts.add(Messages.get("dose.preparation", p.repetitions(), p.name())));
        dose.timesPerDay().ifPresent(times -> parts.add(Messages.get("dose.timesPerDay", times)));
        return String.join(", ", parts);
    }
}
