package org.exerciseplayer.ui.player;

import java.util.ArrayList;
import java.util.List;
import org.exerciseplayer.session.Phase;

/** Phases in words for other screens, such as where a session was stopped. */
public final class PlayerText {

    private PlayerText() {
    }

    /** "Hold, right side, repetition 2 of 3". */
    public static String describe(Phase phase) {
        List<String> parts = new ArrayList<>();
        parts.add(PhaseWords.title(phase, phase.kind() == Phase.Kind.SWITCH && phase.direction() == null));
        if (phase.kind() != Phase.Kind.SWITCH && phase.side() != null) {
            parts.add(PhaseWords.side(phase.side()).toLowerCase(java.util.Locale.ROOT));
        }
        if (phase.kind() != Phase.Kind.SWITCH && phase.direction() != null) {
            parts.add(phase.direction());
        }
        String repetition = PhaseWords.repetition(phase);
        if (!repetition.isEmpty()) {
            parts.add(repetition.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + repetition.substring(1));
        }
        return String.join(", ", parts);
    }
}
