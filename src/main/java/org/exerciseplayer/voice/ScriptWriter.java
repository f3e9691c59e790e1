package org.exerciseplayer.voice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.exerciseplayer.catalogue.Directions;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Sides;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.settings.VoicePreferences.Verbosity;

/**
 * Writes the lines of a plan: what is worth saying in each phase, at each verbosity, with its shorter forms. The
 * choices, so that it helps without chattering:
 * <ul>
 *   <li>the get-ready names the exercise (and side), says how to get into position (the first step) and what the
 *       block is ("Hold for 20 seconds, 3 times"); after a switch only what the block is, as the switch said the side;
 *   </li>
 *   <li>a hold starts on its sound cue, without words; its last three seconds are counted;</li>
 *   <li>the rest after a hold says "Release" and what comes next ("Next, 2 of 3", "Next, left side, the last one");
 *   </li>
 *   <li>a paced repetition is counted as it starts ("4", or "Left, 4" when sides take turns);</li>
 *   <li>a switch says where to ("Switch to your left side", "Now anticlockwise").</li>
 * </ul>
 * Brief keeps the names, the release, the sides and the counts; counts-only keeps the counts.
 */
final class ScriptWriter {

    /** A hold shorter than this is not counted down: the count would begin with the hold. */
    static final int COUNTED_FROM_SECONDS = 5;

    private final SessionSetup setup;
    private final Plan plan;
    private final Verbosity verbosity;
    private final VoiceWords words;
    private final List<Line> lines = new ArrayList<>();

    ScriptWriter(SessionSetup setup, Plan plan, Verbosity verbosity, VoiceWords words) {
        this.setup = setup;
        this.plan = plan;
        this.verbosity = verbosity;
        this.words = words;
    }

    List<Line> lines() {
        for (int i = 0; i < plan.size(); i++) {
            phase(i);
        }
        return List.copyOf(lines);
    }

    private void phase(int i) {
        Phase phase = plan.phase(i);
        long start = plan.startMillis(i);
        long end = plan.endMillis(i);
        switch (phase.kind()) {
            case POSITION -> add(Line.Kind.GET_READY, i, start, end, getReady(i));
            case SWITCH -> add(Line.Kind.SWITCH, i, start, end, switching(i));
            case REST -> add(Line.Kind.RELEASE, i, start, end, rest(i));
            case REP -> lines.add(new Line(Line.Kind.REPETITION, i, start, end, true, List.of(repetition(i))));
            case HOLD, TIMED -> countdown(i, start, end);
        }
    }

    private void add(Line.Kind kind, int phaseIndex, long start, long end, List<String> variants) {
        List<String> distinct = variants.stream().filter(text -> !text.isBlank()).distinct().toList();
        if (!distinct.isEmpty()) {
            lines.add(new Line(kind, phaseIndex, start, end, false, distinct));
        }
    }

    private void countdown(int i, long start, long end) {
        if (plan.phase(i).seconds() < COUNTED_FROM_SECONDS) {
            return;
        }
        for (int left = 3; left >= 1; left--) {
            long at = end - left * 1000L;
            lines.add(new Line(Line.Kind.COUNTDOWN, i, at, at + 1000, true, List.of(words.get("count", left))));
        }
    }

    // The get-ready ---------------------------------------------------------------------------------------------------

    private List<String> getReady(int i) {
        if (verbosity == Verbosity.COUNTS) {
            return List.of();
        }
        Phase phase = plan.phase(i);
        int exercise = phase.exerciseIndex();
        String release = releaseBefore(i);
        String work = work(i + 1);
        if (i == plan.firstPhaseOf(exercise)) {
            String name = exercise(exercise).name();
            String intro = phase.side() == null ? words.get("getReady", name)
                    : words.get(VoiceWords.sided("getReady", phase.side()), name);
            if (verbosity == Verbosity.BRIEF) {
                return List.of(words.then(intro, work), intro);
            }
            String position = position(exercise(exercise));
            String note = exercise == 0 ? note(exercise) : "";
            List<String> variants = new ArrayList<>();
            if (!note.isEmpty()) {
                variants.add(words.then(words.then(words.then(intro, position), work), note));
            }
            variants.add(words.then(words.then(intro, position), work));
            variants.add(words.then(intro, work));
            variants.add(intro);
            return variants;
        }
        Phase before = plan.phase(i - 1);
        if (before.isPreparation()) {
            String now = phase.side() == null ? words.get("getReady.after")
                    : words.get(VoiceWords.sided("getReady.after", phase.side()));
            return List.of(words.then(now, work), now);
        }
        if (plan.switchesAt(i)) {
            String where = switchWords(i);
            return List.of(words.then(words.then(release, where), work), words.then(release, where), where);
        }
        return List.of(words.then(release, work), work);
    }

    /** What the block starting at this work phase is: "Hold for 20 seconds, 3 times". */
    private String work(int i) {
        if (i >= plan.size() || !plan.phase(i).kind().isWork()) {
            return "";
        }
        Phase phase = plan.phase(i);
        Dose dose = plan.routine().entry(phase.exerciseIndex()).dose();
        if (phase.isPreparation()) {
            return words.get("preparation", phase.label(), phase.of());
        }
        boolean sidesTakeTurns = dose.sides() == Sides.ALTERNATING && phase.side() != null;
        boolean directionsTakeTurns = !dose.directions().isNone()
                && dose.directions().order() == Directions.Order.ALTERNATING && phase.direction() != null;
        int seconds = phase.seconds();
        if (verbosity == Verbosity.BRIEF) {
            return switch (phase.kind()) {
                case HOLD -> words.get("brief.work.hold", seconds);
                case TIMED -> words.get("brief.work.timed", seconds);
                default -> words.get("brief.work.reps", phase.of());
            };
        }
        return switch (phase.kind()) {
            case HOLD -> sidesTakeTurns ? words.get(VoiceWords.sided("work.hold.alternating", phase.side()), seconds,
                    phase.of())
                    : directionsTakeTurns ? words.get("work.hold.directions", seconds, phase.of(), phase.direction())
                    : phase.of() > 1 ? words.get("work.hold.times", seconds, phase.of())
                    : words.get("work.hold", seconds);
            case TIMED -> phase.direction() != null ? words.get("work.timed.direction", seconds, phase.direction())
                    : words.get("work.timed", seconds);
            default -> sidesTakeTurns ? words.get(VoiceWords.sided("work.reps.alternating", phase.side()), phase.of())
                    : directionsTakeTurns ? words.get("work.reps.directions", phase.of(), phase.direction())
                    : words.get("work.reps", phase.of());
        };
    }

    // Switches, rests and repetitions ---------------------------------------------------------------------------------

    private List<String> switching(int i) {
        if (verbosity == Verbosity.COUNTS) {
            return List.of();
        }
        String where = switchWords(i);
        String release = releaseBefore(i);
        return List.of(words.then(release, where), where);
    }

    private String switchWords(int i) {
        Phase phase = plan.phase(i);
        if (phase.side() != null && sideChanges(i)) {
            String key = VoiceWords.sided("switch", phase.side());
            return phase.direction() == null ? words.get(verbosity, key)
                    : verbosity == Verbosity.FULL ? words.get(key + ".direction", phase.direction())
                    : words.get(verbosity, key);
        }
        return phase.direction() == null ? "" : words.get(verbosity, "switch.direction", phase.direction());
    }

    /** Whether the side differs from the side of the exercise's last phase with one. */
    private boolean sideChanges(int index) {
        Phase phase = plan.phase(index);
        for (int i = index - 1; i >= plan.firstPhaseOf(phase.exerciseIndex()); i--) {
            if (plan.phase(i).side() != null) {
                return plan.phase(i).side() != phase.side();
            }
        }
        return false;
    }

    private List<String> rest(int i) {
        if (verbosity == Verbosity.COUNTS) {
            return List.of();
        }
        String release = releaseBefore(i);
        String next = next(i + 1);
        return List.of(words.then(release, next), release);
    }

    /** "Next, left side, 2 of 3": the repetition after a rest, where saying it helps. */
    private String next(int i) {
        if (i >= plan.size() || !plan.phase(i).kind().isWork()
                || plan.phase(i).exerciseIndex() != plan.phase(i - 1).exerciseIndex()) {
            return "";
        }
        Phase phase = plan.phase(i);
        Dose dose = plan.routine().entry(phase.exerciseIndex()).dose();
        boolean last = phase.repetition() == phase.of();
        boolean sidesTakeTurns = dose.sides() == Sides.ALTERNATING && phase.side() != null;
        boolean directionsTakeTurns = !dose.directions().isNone()
                && dose.directions().order() == Directions.Order.ALTERNATING && phase.direction() != null;
        if (verbosity == Verbosity.BRIEF) {
            return sidesTakeTurns ? words.get(VoiceWords.sided("brief.next", phase.side()))
                    : directionsTakeTurns ? words.get("brief.next.direction", phase.direction())
                    : last && phase.of() > 1 ? words.get("brief.next.last") : "";
        }
        if (sidesTakeTurns) {
            String key = VoiceWords.sided("next", phase.side());
            return last ? words.get(key + ".last") : words.get(key, phase.repetition(), phase.of());
        }
        if (directionsTakeTurns) {
            return last ? words.get("next.direction.last", phase.direction())
                    : words.get("next.direction", phase.repetition(), phase.of(), phase.direction());
        }
        if (phase.of() <= 1) {
            return "";
        }
        return last ? words.get("next.last") : words.get("next.count", phase.repetition(), phase.of());
    }

    private String repetition(int i) {
        Phase phase = plan.phase(i);
        Dose dose = plan.routine().entry(phase.exerciseIndex()).dose();
        if (verbosity == Verbosity.FULL && !phase.isPreparation()) {
            if (dose.sides() == Sides.ALTERNATING && phase.side() != null) {
                return words.get(VoiceWords.sided("rep", phase.side()), phase.repetition());
            }
            if (!dose.directions().isNone() && dose.directions().order() == Directions.Order.ALTERNATING
                    && phase.direction() != null) {
                return words.get("rep.direction", phase.repetition(), phase.direction());
            }
        }
        return words.get("rep", phase.repetition());
    }

    /** "Release." when the phase before, in the same exercise, was a hold ("And rest." after a timed movement). */
    private String releaseBefore(int i) {
        if (i == plan.firstPhaseOf(plan.phase(i).exerciseIndex())) {
            return "";
        }
        return release(plan.phase(i - 1).kind());
    }

    String release(Phase.Kind ended) {
        return switch (ended) {
            case HOLD -> words.get("release");
            case TIMED -> words.get("release.timed");
            default -> "";
        };
    }

    // The catalogue's own words ---------------------------------------------------------------------------------------

    private Exercise exercise(int exerciseIndex) {
        return plan.routine().entry(exerciseIndex).exercise();
    }

    /** How to get into position: the first step, and the next one too when the first only leads into it. */
    static String position(Exercise exercise) {
        List<String> steps = exercise.steps();
        if (steps.isEmpty()) {
            return "";
        }
        String first = steps.get(0).strip();
        return first.endsWith(":") && steps.size() > 1 ? first + " " + steps.get(1).strip() : first;
    }

    /** The physio's notes for an exercise, said as one: "Your physio's note: …"; empty for none. */
    String note(int exerciseIndex) {
        List<String> notes = setup.guidance(exerciseIndex).physioNotes();
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        notes.stream().map(String::strip).filter(note -> !note.isEmpty()).forEach(distinct::add);
        return distinct.isEmpty() ? "" : words.get("getReady.note", String.join(" ", distinct));
    }
}
