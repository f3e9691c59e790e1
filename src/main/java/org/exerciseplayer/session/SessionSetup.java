package org.exerciseplayer.session;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.exerciseplayer.catalogue.Catalogue;

/**
 * Everything a {@link Session} needs to know before it starts: what to play, what a physio added, which pain rule
 * applies, and the routine's title. Home and the routine editor make one; the session does the rest.
 *
 * @param catalogue    where the exercises come from (for its id, title and safety texts)
 * @param routine      the exercises in order, each with its dose
 * @param guidance     one per exercise of the routine, or empty for none
 * @param painRule     the leaflet's rule, or a physio's limit
 * @param routineTitle the prescribed routine's title; empty when the catalogue itself is played
 */
public record SessionSetup(Catalogue catalogue, Routine routine, List<Guidance> guidance, PainRule painRule,
                           Optional<String> routineTitle) {

    public SessionSetup {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(routine, "routine");
        Objects.requireNonNull(painRule, "painRule");
        Objects.requireNonNull(routineTitle, "routineTitle");
        guidance = List.copyOf(guidance);
        if (!guidance.isEmpty() && guidance.size() != routine.size()) {
            throw new IllegalArgumentException("guidance for " + guidance.size() + " exercises, the routine has "
                    + routine.size());
        }
    }

    /** The catalogue's exercises as given, under the leaflet's rule, without a routine. */
    public static SessionSetup of(Catalogue catalogue, Routine routine) {
        return new SessionSetup(catalogue, routine, List.of(), PainRule.anyIncrease(), Optional.empty());
    }

    /** What the routine adds to an exercise; {@link Guidance#NONE} for a catalogue. */
    public Guidance guidance(int exerciseIndex) {
        return guidance.isEmpty() ? Guidance.NONE : guidance.get(exerciseIndex);
    }
}
