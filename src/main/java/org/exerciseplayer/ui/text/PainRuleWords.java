package org.exerciseplayer.ui.text;

import org.exerciseplayer.catalogue.SafetyTexts;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.ui.Messages;

/**
 * A session's pain rule in words, as the home, before-you-start and player screens show it. One rule applies and the
 * words say which: the leaflet's own stop rule by default, or, where a physio set a pain limit, that limit, said to
 * be the physio's and to take the leaflet's rule's place, never shown beside it as if both applied.
 */
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

    /** The heading over the rule that applies: "If your pain increases, stop" or "Above 3/10, stop". */
    public static String heading(PainRule rule) {
        return rule.isLimit() ? Messages.get("safety.painLimit.heading", rule.limit())
                : Messages.get("start.stopRule.heading");
    }

    /** The rule that applies, in full: the leaflet's stop rule as it words it, or the physio's limit. */
    public static String applying(PainRule rule, SafetyTexts safety) {
        return rule.isLimit() ? Messages.get("start.painLimit", rule.limit()) : safety.stopRule();
    }

    /** Under a physio's limit, that the physio set it in place of the leaflet's rule; empty under the leaflet's. */
    public static String inPlaceOfLeaflet(PainRule rule) {
        return rule.isLimit() ? Messages.get("safety.painLimit.replaces", rule.limit()) : "";
    }

    /** "Above 3 out of 10, the session stops." for the pain questions; empty for the leaflet's rule. */
    public static String question(PainRule rule) {
        return rule.isLimit() ? Messages.get("safety.painLimit.question", rule.limit()) : "";
    }
}
