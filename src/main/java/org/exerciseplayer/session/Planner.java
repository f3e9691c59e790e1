package org.exerciseplayer.session;

import java.util.ArrayList;
import java.util.List;
import org.exerciseplayer.catalogue.Directions;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Pacing;
import org.exerciseplayer.catalogue.PlanSize;
import org.exerciseplayer.catalogue.Preparation;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.catalogue.Sides;

/**
 * Expands a routine into a {@link Plan}. For each exercise, in order:
 * <ol>
 *   <li>if the dose has a preparation (four cat/camel stretches): a POSITION, then its repetitions as REP
 *       phases labelled with its name, at the exercise's tempo, without a side;</li>
 *   <li>one block per side when sides are {@link Sides#EACH} and per direction when directions are
 *       {@link Directions.Order#EACH} (sides outside, directions inside); every block but the first starts
 *       with a SWITCH to its side and direction, and every block then has a POSITION, so each side starts
 *       with the same get-ready as the first;</li>
 *   <li>inside a block, the repetitions 1..n; for alternating sides or directions, each repetition is done on
 *       each side (and in each direction) in turn, so "10 alternating" gives 20 work phases, 10 per side;</li>
 *   <li>between two holds or two timed movements of a block, a REST of {@code restSeconds}; none after the
 *       last of a block, so none before a switch.</li>
 * </ol>
 * The work phase is a HOLD of {@code holdSeconds}, a REP of the pacing's {@code secondsPerRepetition}, or a
 * TIMED movement of {@code durationSeconds}. Paced repetitions (and preparation movements) follow one another
 * without a REST: the tempo is the whole movement, out and back, as in "complete 20 repetitions"; a rest is a
 * release from a hold. Transitions whose pacing is 0 seconds are left out, so no phase has zero length.
 *
 * <p>The readers refuse a routine, an exercise or a variation longer than a session may be
 * ({@link PlanSize#MAX_SESSION_SECONDS}, {@link PlanSize#MAX_PHASES}), and a catalogue of more than
 * {@link PlanSize#MAX_CATALOGUE_PHASES} phases in all; the planner checks the last again, in arithmetic, before it
 * makes a single phase, so that nothing can make it run for minutes or fill the memory.
 */
public final class Planner {

    private Planner() {
    }

    /** The session of {@code routine}; fails if it has more phases than any plan may ({@link #size}). */
    public static Plan plan(Routine routine) {
        PlanSize size = size(routine);
        if (!size.fitsCatalogue()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "This plan would have %,d phases; no plan may have more than %,d", size.phases(),
                    PlanSize.MAX_CATALOGUE_PHASES));
        }
        List<Phase> phases = new ArrayList<>((int) size.phases());
        for (int i = 0; i < routine.size(); i++) {
            new ExercisePlan(routine.entry(i), i, phases).add();
        }
        return new Plan(routine, phases);
    }

    /** How many phases and seconds {@code routine}'s session has, worked out without making it. */
    public static PlanSize size(Routine routine) {
        PlanSize size = PlanSize.NONE;
        for (Routine.Entry entry : routine.entries()) {
            size = size.plus(PlanSize.of(entry.dose(), entry.exercise().pacing()));
        }
        return size;
    }

    /** The phases of one exercise, appended to the plan's list. */
    private record ExercisePlan(Routine.Entry entry, int exerciseIndex, List<Phase> phases) {

        void add() {
            Exercise exercise = entry.exercise();
            Dose dose = entry.dose();
            Pacing pacing = exercise.pacing();
            validate(exercise.id(), dose, pacing);
            dose.preparation().ifPresent(preparation -> addPreparation(preparation, pacing));
            List<Block> blocks = blocks(dose);
            for (int b = 0; b < blocks.size(); b++) {
                Block block = blocks.get(b);
                if (b > 0) {
                    transition(Phase.Kind.SWITCH, block.side(), block.direction(), pacing.switchSeconds());
                }
                transition(Phase.Kind.POSITION, block.side(), block.direction(), pacing.getReadySeconds());
                addRepetitions(block, dose, pacing);
            }
        }

        private void addPreparation(Preparation preparation, Pacing pacing) {
            transition(Phase.Kind.POSITION, null, null, pacing.getReadySeconds());
            int n = preparation.repetitions();
            for (int k = 1; k <= n; k++) {
                phases.add(phase(Phase.Kind.REP, null, null, k, n, pacing.secondsPerRepetition(),
                        preparation.name()));
            }
        }

        private void addRepetitions(Block block, Dose dose, Pacing pacing) {
            Phase.Kind kind = workKind(dose);
            int seconds = workSeconds(dose, pacing);
            int n = dose.repetitions();
            int restSeconds = kind == Phase.Kind.REP ? 0 : pacing.restSeconds();
            int remaining = n * block.sides().size() * block.directions().size();
            for (int k = 1; k <= n; k++) {
                for (Side side : block.sides()) {
                    for (String direction : block.directions()) {
                        phases.add(phase(kind, side, direction, k, n, seconds, null));
                        if (--remaining > 0) {
                            rest(side, direction, k, n, restSeconds);
                        }
                    }
                }
            }
        }

        private void transition(Phase.Kind kind, Side side, String direction, int seconds) {
            if (seconds > 0) {
                phases.add(phase(kind, side, direction, 0, 0, seconds, null));
            }
        }

        private void rest(Side side, String direction, int repetition, int of, int seconds) {
            if (seconds > 0) {
                phases.add(phase(Phase.Kind.REST, side, direction, repetition, of, seconds, null));
            }
        }

        private Phase phase(Phase.Kind kind, Side side, String direction, int repetition, int of, int seconds,
                            String label) {
            return new Phase(entry.exercise().id(), exerciseIndex, kind, side, direction, repetition, of, seconds,
                    label);
        }
    }

    /**
     * A stretch of an exercise done without a SWITCH: one side or both in turn, one direction or all in turn.
     * Lists hold {@code null} where there is no side or no direction.
     */
    private record Block(List<Side> sides, List<String> directions) {

        /** The side the whole block is on, or null when it has none or alternates. */
        Side side() {
            return sides.size() == 1 ? sides.get(0) : null;
        }

        String direction() {
            return directions.size() == 1 ? directions.get(0) : null;
        }
    }

    private static List<Block> blocks(Dose dose) {
        List<List<Side>> sideBlocks = switch (dose.sides()) {
            case NONE -> List.of(nullList());
            case EACH -> List.of(List.of(dose.firstSide()), List.of(dose.firstSide().other()));
            case ALTERNATING -> List.of(List.of(dose.firstSide(), dose.firstSide().other()));
        };
        Directions directions = dose.directions();
        List<List<String>> directionBlocks;
        if (directions.isNone()) {
            directionBlocks = List.of(nullList());
        } else if (directions.order() == Directions.Order.EACH) {
            directionBlocks = directions.names().stream().map(List::of).toList();
        } else {
            directionBlocks = List.of(directions.names());
        }
        List<Block> blocks = new ArrayList<>();
        for (List<Side> sides : sideBlocks) {
            for (List<String> names : directionBlocks) {
                blocks.add(new Block(sides, names));
            }
        }
        return blocks;
    }

    private static <T> List<T> nullList() {
        List<T> list = new ArrayList<>(1);
        list.add(null);
        return list;
    }

    private static Phase.Kind workKind(Dose dose) {
        return switch (dose.kind()) {
            case HOLD -> Phase.Kind.HOLD;
            case REPETITIONS -> Phase.Kind.REP;
            case TIMED -> Phase.Kind.TIMED;
        };
    }

    private static int workSeconds(Dose dose, Pacing pacing) {
        return switch (dose.kind()) {
            case HOLD -> dose.holdSeconds();
            case REPETITIONS -> pacing.secondsPerRepetition();
            case TIMED -> dose.durationSeconds();
        };
    }

    private static void validate(String exerciseId, Dose dose, Pacing pacing) {
        String where = "Exercise '" + exerciseId + "': ";
        if (dose.repetitions() < 1) {
            throw new IllegalArgumentException(where + "needs at least one repetition, not " + dose.repetitions());
        }
        if (dose.sides() != Sides.NONE && dose.firstSide() == null) {
            throw new IllegalArgumentException(where + "a dose on " + dose.sides() + " sides needs a first side");
        }
        if (pacing.getReadySeconds() < 0 || pacing.restSeconds() < 0 || pacing.switchSeconds() < 0) {
            throw new IllegalArgumentException(where + "pacing cannot be negative: " + pacing);
        }
        boolean paced = dose.kind() == Dose.Kind.REPETITIONS || dose.preparation().isPresent();
        if (paced && pacing.secondsPerRepetition() < 1) {
            throw new IllegalArgumentException(where + "paced repetitions need at least 1 second each");
        }
        if (dose.preparation().map(Preparation::repetitions).orElse(1) < 1) {
            throw new IllegalArgumentException(where + "a preparation needs at least one repetition");
        }
        if (dose.directions().names().stream().distinct().count() != dose.directions().names().size()) {
            throw new IllegalArgumentException(where + "directions must differ: " + dose.directions().names());
        }
    }
}
