package org.exerciseplayer.ui.player;

import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.ui.Messages;

/** Phases in words for other screens, such as where a session was stopped. */
public final class PlayerText {

    private PlayerText() {
    }

    /**
     * Where in an exercise a phase is, as the end of "Stopped during Clam exercise: …": "repetition 6 of 12 on the
     * right side", "hold 2 of 3 on the left side", "30 seconds clockwise on the right side", "the rest after hold 1 of
     * 2", "getting into position", "switching to the left side".
     */
    public static String describe(Phase phase) {
        String where = switch (phase.kind()) {
            case HOLD -> Messages.get("player.where.hold", phase.repetition(), phase.of());
            case REP -> phase.isPreparation()
                    ? phase.label() + " " + Messages.get("player.preparation.count", phase.repetition(), phase.of())
                    : Messages.get("player.where.rep", phase.repetition(), phase.of());
            case TIMED -> PhaseWords.timed(phase);
            case REST -> Messages.get("player.where.rest", phase.repetition(), phase.of());
            case POSITION -> Messages.get("player.where.position");
            case SWITCH -> phase.side() != null && phase.direction() == null
                    ? Messages.get("player.where.switchSide", PhaseWords.side(phase.side()).toLowerCase(java.util.Locale.ROOT))
                    : Messages.get("player.where.switchDirection", phase.direction() == null ? "" : phase.direction());
        };
        if (phase.direction() != null && phase.kind() != Phase.Kind.TIMED && phase.kind() != Phase.Kind.SWITCH) {
            where = where + ", " + phase.direction();
        }
        if (phase.side() != null && phase.kind() != Phase.Kind.SWITCH) {
            where = where + " " + Messages.get(phase.side() == Side.LEFT ? "player.where.left" : "player.where.right");
        }
        return where;
    }
}
