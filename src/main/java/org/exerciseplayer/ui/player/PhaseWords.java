package org.exerciseplayer.ui.player;

import java.util.Locale;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.ui.Messages;

/**
 * A phase in words a patient would say, for the player's labels, its accessible text and "Next: …": "Hold" and
 * "4 of 10"; "Repetition 9 of 12" (said once, not as a title and again as a count); "Keep moving" and
 * "30 seconds clockwise" for a timed movement (never "Repetition 1 of 1"); "Rest and release" and "4 of 10 done".
 */
final class PhaseWords {

    private PhaseWords() {
    }

    /** What to do now: "Hold", "Repetition 9 of 12", "Get into position", "Switch to the left side"… */
    static String title(Phase phase, boolean switchesSide) {
        return switch (phase.kind()) {
            case POSITION -> Messages.get("player.phase.position");
            case HOLD -> Messages.get("player.phase.hold");
            case REP -> phase.isPreparation() ? capitalise(phase.label())
                    : Messages.get("player.phase.repCount", phase.repetition(), phase.of());
            case TIMED -> Messages.get("player.phase.timed");
            case REST -> Messages.get("player.phase.rest");
            case SWITCH -> switchesSide && phase.side() != null
                    ? Messages.get("player.phase.switchSide", side(phase.side()).toLowerCase(Locale.ROOT))
                    : Messages.get("player.phase.switchDirection", phase.direction() == null ? ""
                            : phase.direction());
        };
    }

    /**
     * The count under the title: "4 of 10" for a hold, "4 of 10 done" on the rest after it, "30 seconds clockwise"
     * for a timed movement, "2 of 4" for a preparation movement; empty where the title says it (a paced repetition)
     * or the phase is not part of a repetition.
     */
    static String repetition(Phase phase) {
        if (phase.of() == 0) {
            return "";
        }
        return switch (phase.kind()) {
            case HOLD -> Messages.get("player.count", phase.repetition(), phase.of());
            case REP -> phase.isPreparation() ? Messages.get("player.preparation.count", phase.repetition(), phase.of())
                    : "";
            case TIMED -> timed(phase);
            case REST -> Messages.get("player.count.done", phase.repetition(), phase.of());
            case POSITION, SWITCH -> "";
        };
    }

    /** "30 seconds clockwise", "30 seconds", and with the count when a timed movement is done more than once. */
    static String timed(Phase phase) {
        String length = phase.direction() == null ? Messages.get("player.timed", phase.seconds())
                : Messages.get("player.timed.direction", phase.seconds(), phase.direction());
        return phase.of() > 1 ? Messages.get("player.timed.count", length, phase.repetition(), phase.of()) : length;
    }

    static String side(Side side) {
        return side == null ? "" : Messages.get(side == Side.LEFT ? "player.side.left" : "player.side.right");
    }

    /** The direction on a line of its own; a timed movement says it in its count already. */
    static String direction(Phase phase) {
        return phase.direction() == null || phase.kind() == Phase.Kind.TIMED ? "" : capitalise(phase.direction());
    }

    /**
     * What comes next, for "Next: …": "hold 2 of 10, 10 seconds, right side", "repetition 1 of 10, forwards (anterior
     * tilt)", "rest, 5 seconds".
     */
    static String brief(Phase phase, boolean switchesSide) {
        String what = switch (phase.kind()) {
            case POSITION -> Messages.get("player.next.position");
            case HOLD -> Messages.get("player.next.hold", phase.repetition(), phase.of(), phase.seconds());
            case REP -> phase.isPreparation()
                    ? phase.label() + " " + Messages.get("player.preparation.count", phase.repetition(), phase.of())
                    : Messages.get("player.next.rep", phase.repetition(), phase.of());
            case TIMED -> timed(phase);
            case REST -> Messages.get("player.next.rest", phase.seconds());
            case SWITCH -> lowerFirst(title(phase, switchesSide));
        };
        boolean saysDirection = phase.kind() == Phase.Kind.TIMED || phase.kind() == Phase.Kind.SWITCH;
        if (phase.direction() != null && !saysDirection) {
            what = what + ", " + phase.direction();
        }
        if (phase.side() != null && phase.kind() != Phase.Kind.SWITCH) {
            what = what + ", " + side(phase.side()).toLowerCase(Locale.ROOT);
        }
        return what;
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
