package org.exerciseplayer.ui.player;

import java.util.Locale;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.ui.Messages;

/** A phase in words, for the player's labels and its accessible text. */
final class PhaseWords {

    private PhaseWords() {
    }

    /** What to do now: "Hold", "Get into position", "Switch to the left side"… */
    static String title(Phase phase, boolean switchesSide) {
        return switch (phase.kind()) {
            case POSITION -> Messages.get("player.phase.position");
            case HOLD -> Messages.get("player.phase.hold");
            case REP -> phase.isPreparation() ? capitalise(phase.label()) : Messages.get("player.phase.rep");
            case TIMED -> Messages.get("player.phase.timed");
            case REST -> Messages.get("player.phase.rest");
            case SWITCH -> switchesSide && phase.side() != null
                    ? Messages.get("player.phase.switchSide", side(phase.side()).toLowerCase(Locale.ROOT))
                    : Messages.get("player.phase.switchDirection", phase.direction() == null ? ""
                            : phase.direction());
        };
    }

    /** "Repetition 4 of 10", or empty where a phase is not part of a repetition. */
    static String repetition(Phase phase) {
        if (phase.of() == 0) {
            return "";
        }
        return phase.isPreparation() ? Messages.get("player.preparation.count", phase.repetition(), phase.of())
                : Messages.get("player.repetition", phase.repetition(), phase.of());
    }

    static String side(Side side) {
        return side == null ? "" : Messages.get(side == Side.LEFT ? "player.side.left" : "player.side.right");
    }

    static String direction(String direction) {
        return direction == null ? "" : capitalise(direction);
    }

    /** A short description of a phase for "Next: …". */
    static String brief(Phase phase, boolean switchesSide) {
        StringBuilder text = new StringBuilder(title(phase, switchesSide));
        if (phase.kind() != Phase.Kind.SWITCH && phase.kind() != Phase.Kind.POSITION) {
            text.append(", ").append(Messages.get("player.seconds", phase.seconds()));
        }
        if (phase.side() != null && phase.kind() != Phase.Kind.SWITCH) {
            text.append(", ").append(side(phase.side()).toLowerCase(Locale.ROOT));
        }
        return text.toString();
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
