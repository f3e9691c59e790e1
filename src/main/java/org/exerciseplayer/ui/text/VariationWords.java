package org.exerciseplayer.ui.text;

import org.exerciseplayer.catalogue.Variation;
import org.exerciseplayer.ui.Messages;

/** A chosen variation in words, as home and the player show it: "Harder: To increase the difficulty, …". */
public final class VariationWords {

    private VariationWords() {
    }

    public static String of(Variation variation) {
        return Messages.get(variation.kind() == Variation.Kind.HARDER ? "home.variation.harder"
                : "home.variation.easier", variation.text());
    }
}
