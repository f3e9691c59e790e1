package org.exerciseplayer.ui.text;

import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.ui.Messages;

/** A routine's pain rule in words, as the home, before-you-start and player screens show it. */
public final class PainRuleWords {

    private PainRuleWords() {
    }

    /**
     * "Your physio's pain limit: 3/10. Pain up to 3 out of 10 during the exercises is acceptable; above 3, the
     * session stops.", or for the leaflet's rule that the physio kept, a sentence saying so.
     */
    public static String of(PainRule rule) {
        return rule.isLimit() ? Messages.get("safety.painLimit", rule.limit())
                : Messages.get("safety.painLeaflet");
    }

    /** "Above 3 out of 10, the session stops." for the pain questions; empty for the leaflet's rule. */
    public static String question(PainRule rule) {
        return rule.isLimit() ? Messages.get("safety.painLimit.question", rule.limit()) : "";
    }
}
