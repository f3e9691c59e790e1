package org.exerciseplayer.ui.editor;

import java.util.Optional;
import org.exerciseplayer.catalogue.Directions;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.catalogue.Sides;
import org.exerciseplayer.catalogue.Variation;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.ui.Messages;

/** The editor's choices in words. */
public final class EditorWords {

    private EditorWords() {
    }

    public static String variation(Optional<Variation.Kind> kind) {
        return Messages.get(kind.map(k -> k == Variation.Kind.EASIER ? "editor.variation.easier"
                : "editor.variation.harder").orElse("editor.variation.none"));
    }

    public static String sides(Sides sides) {
        return Messages.get(switch (sides) {
            case NONE -> "editor.sides.none";
            case EACH -> "editor.sides.each";
            case ALTERNATING -> "editor.sides.alternating";
        });
    }

    public static String side(Side side) {
        return Messages.get(side == Side.LEFT ? "editor.side.left" : "editor.side.right");
    }

    public static String order(Directions.Order order) {
        return Messages.get(order == Directions.Order.EACH ? "editor.directions.each"
                : "editor.directions.alternating");
    }

    public static String painRule(PainRule.Kind kind) {
        return Messages.get(kind == PainRule.Kind.ANY_INCREASE ? "editor.pain.anyIncrease" : "editor.pain.limit");
    }

    /** What the rule means during a session, in a sentence. */
    public static String painRuleMeaning(PainRule rule) {
        return rule.isLimit() ? Messages.get("editor.pain.limit.meaning", rule.limit())
                : Messages.get("editor.pain.anyIncrease.meaning");
    }
}
