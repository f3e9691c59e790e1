package org.exerciseplayer.voice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.settings.VoicePreferences.Verbosity;

/**
 * Everything the voice may say in a session, computed from the plan before it starts: the {@link Line}s of the
 * phases, each with its shorter forms (fitted to the time there is by {@link Fitting}), and the phrases said when
 * the session asks or ends, which have no deadline (the session waits). Plain Java: the same script serves the
 * player, {@code --plan} and the tests.
 */
public final class VoiceScript {

    private final SessionSetup setup;
    private final Plan plan;
    private final Verbosity verbosity;
    private final VoiceWords words;
    private final ScriptWriter writer;
    private final List<Line> lines;

    private VoiceScript(SessionSetup setup, Plan plan, Verbosity verbosity) {
        this.setup = Objects.requireNonNull(setup, "setup");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.verbosity = Objects.requireNonNull(verbosity, "verbosity");
        this.words = VoiceWords.forLanguage(setup.catalogue().language());
        this.writer = new ScriptWriter(setup, plan, verbosity, words);
        this.lines = writer.lines();
    }

    /** The script of this session's plan, in the catalogue's language. */
    public static VoiceScript of(SessionSetup setup, Plan plan, Verbosity verbosity) {
        return new VoiceScript(setup, plan, verbosity);
    }

    public static VoiceScript of(SessionSetup setup, Verbosity verbosity) {
        return of(setup, Planner.plan(setup.routine()), verbosity);
    }

    public Plan plan() {
        return plan;
    }

    public Verbosity verbosity() {
        return verbosity;
    }

    /** The catalogue's language, as a BCP 47 tag ("en-GB"). */
    public String language() {
        return words.locale().toLanguageTag();
    }

    /** The lines of the phases, in the order of their instants. */
    public List<Line> lines() {
        return lines;
    }

    // What is said when the session asks or ends -----------------------------------------------------------------

    /**
     * The question between exercises: what comes next, the physio's note for it, and how to answer.
     *
     * @param endedWith the kind of the phase just completed (a hold or a timed movement says "release" first), or
     *                  null when the last phase was not completed
     */
    public String check(int nextExercise, Phase.Kind endedWith) {
        if (verbosity == Verbosity.COUNTS) {
            return "";
        }
        String next = words.get("check.next", plan.routine().entry(nextExercise).exercise().name());
        String question = words.get(verbosity, numbered() ? "check.question.number" : "check.question");
        String note = verbosity == Verbosity.FULL ? writer.note(nextExercise) : "";
        return words.then(release(endedWith), words.then(words.then(next, note), question));
    }

    /** After "my pain is getting worse": stop or carry on (or, under a physio's limit, how much pain). */
    public String painQuestion() {
        return verbosity == Verbosity.COUNTS ? ""
                : words.get(verbosity, numbered() ? "pain.question.number" : "pain.question");
    }

    /** After Esc: end the session now? */
    public String endQuestion() {
        return verbosity == Verbosity.COUNTS ? "" : words.get(verbosity, "end.question");
    }

    /** The pain stop's outcome, said at every verbosity: why it stopped, and the leaflet's rule. */
    public String painStop(OptionalInt rating) {
        String rule = setup.catalogue().safety().stopRule();
        PainRule painRule = setup.painRule();
        if (rating.isPresent() && painRule.isLimit()) {
            return words.get("stopped.pain.limit", rating.getAsInt(), painRule.limit(), rule);
        }
        return words.get("stopped.pain", rule);
    }

    /** The person ended the session. */
    public String stopped() {
        return verbosity == Verbosity.COUNTS ? "" : words.get(verbosity, "stopped.user");
    }

    /** The last phase is done. */
    public String completed(Phase.Kind endedWith) {
        return verbosity == Verbosity.COUNTS ? ""
                : words.then(release(endedWith), words.get(verbosity, "completed"));
    }

    private String release(Phase.Kind endedWith) {
        return endedWith == null ? "" : writer.release(endedWith);
    }

    private boolean numbered() {
        return setup.painRule().isLimit();
    }

    /**
     * Every phrase the session may say, each once, in the order they may first be needed: the first exercise's lines
     * and the questions that may come at any time first, then each check and exercise in turn, then the endings.
     */
    public List<String> texts() {
        Set<String> texts = new LinkedHashSet<>();
        int next = 0;
        for (int exercise = 0; exercise < plan.exerciseCount(); exercise++) {
            if (exercise > 0) {
                texts.add(check(exercise, lastKind(exercise - 1)));
                texts.add(check(exercise, null));
            }
            int last = plan.lastPhaseOf(exercise);
            while (next < lines.size() && lines.get(next).phaseIndex() <= last) {
                texts.addAll(lines.get(next++).variants());
                if (exercise == 0 && next == 1) {
                    texts.add(painQuestion());
                    texts.add(endQuestion());
                    texts.addAll(painStops());
                }
            }
        }
        texts.add(painQuestion());
        texts.add(endQuestion());
        texts.addAll(painStops());
        texts.add(completed(plan.phase(plan.size() - 1).kind()));
        texts.add(completed(null));
        texts.add(stopped());
        texts.remove("");
        return new ArrayList<>(texts);
    }

    private List<String> painStops() {
        List<String> stops = new ArrayList<>();
        stops.add(painStop(OptionalInt.empty()));
        if (setup.painRule().isLimit()) {
            for (int rating = setup.painRule().limit() + 1; rating <= PainRule.SCALE_MAX; rating++) {
                stops.add(painStop(OptionalInt.of(rating)));
            }
        }
        return stops;
    }

    private Phase.Kind lastKind(int exerciseIndex) {
        return plan.phase(plan.lastPhaseOf(exerciseIndex)).kind();
    }
}
