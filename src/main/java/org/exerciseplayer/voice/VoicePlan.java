package org.exerciseplayer.voice;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.PlanJson;
import org.exerciseplayer.session.PlanText;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.settings.VoicePreferences;

/**
 * What the voice will say and when, for {@code --plan}: the script fitted to the whole plan at 1× with phrase lengths
 * estimated at the chosen speed ({@link EstimatedDurations}), as text under each phase or as a {@code phrases} field of
 * each phase in the JSON. The player fits the same lines to the real recordings in the same way, so it says the same
 * words wherever the estimate is close.
 */
public final class VoicePlan {

    private final SessionSetup setup;
    private final Plan plan;
    private final VoicePreferences preferences;
    private final VoiceScript script;
    private final List<List<Fitting.Spoken>> byPhase = new ArrayList<>();
    private final ResourceBundle labels = ResourceBundle.getBundle("org.exerciseplayer.voice.VoicePlan");

    public VoicePlan(SessionSetup setup, Plan plan, VoicePreferences preferences) {
        this.setup = setup;
        this.plan = plan;
        this.preferences = preferences;
        this.script = VoiceScript.of(setup, plan, preferences.verbosity());
        for (int i = 0; i < plan.size(); i++) {
            byPhase.add(new ArrayList<>());
        }
        for (Fitting.Spoken spoken : Fitting.fit(script.lines(), new EstimatedDurations(preferences.speedPercent()))) {
            byPhase.get(spoken.line().phaseIndex()).add(spoken);
        }
    }

    /** What is said during this phase, fitted. */
    public List<Fitting.Spoken> spoken(int phaseIndex) {
        return byPhase.get(phaseIndex);
    }

    /** The check before this exercise (not the first), as said after a completed last phase. */
    public String check(int exerciseIndex) {
        return script.check(exerciseIndex, plan.phase(plan.lastPhaseOf(exerciseIndex - 1)).kind());
    }

    /** The plan as {@code --plan} prints it, with the voice's words under each phase. */
    public String text(String title) {
        String indent = " ".repeat(12);
        return PlanText.render(plan, title, new PlanText.Annotations() {
            @Override
            public List<String> beforeExercise(int exerciseIndex) {
                String check = exerciseIndex == 0 ? "" : check(exerciseIndex);
                return check.isEmpty() ? List.of() : List.of(indent + format("check", check));
            }

            @Override
            public List<String> afterPhase(int phaseIndex) {
                return spoken(phaseIndex).stream().map(spoken -> indent + format("phrase",
                        time(spoken.atMillis()), spoken.text())).toList();
            }

            @Override
            public List<String> atEnd() {
                List<String> end = new ArrayList<>();
                String completed = script.completed(plan.phase(plan.size() - 1).kind());
                if (!completed.isEmpty()) {
                    end.add(indent + format("end", completed));
                }
                end.add("");
                end.add(format("legend", labels.getString("verbosity."
                        + preferences.verbosity().name().toLowerCase(Locale.ROOT))));
                if (!preferences.on()) {
                    end.add(labels.getString("legend.off"));
                }
                return end;
            }
        });
    }

    /** The plan as {@code --plan --json} prints it: the documented fields, then each phase's {@code phrases}. */
    public String json(Optional<String> routine) {
        ObjectNode root = PlanJson.tree(plan, setup.catalogue(), routine);
        ArrayNode phases = (ArrayNode) root.get("phases");
        for (int i = 0; i < plan.size(); i++) {
            ArrayNode phrases = ((ObjectNode) phases.get(i)).putArray("phrases");
            Phase phase = plan.phase(i);
            if (phase.exerciseIndex() > 0 && i == plan.firstPhaseOf(phase.exerciseIndex())) {
                String check = check(phase.exerciseIndex());
                if (!check.isEmpty()) {
                    ObjectNode asked = phrases.addObject();
                    asked.putNull("at");
                    asked.put("kind", "check");
                    asked.put("text", check);
                }
            }
            for (Fitting.Spoken spoken : spoken(i)) {
                ObjectNode said = phrases.addObject();
                said.put("at", spoken.atMillis() / 1000.0);
                said.put("kind", spoken.line().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                said.put("text", spoken.text());
            }
        }
        ObjectNode voice = root.putObject("voice");
        voice.put("on", preferences.on());
        voice.put("verbosity", preferences.verbosity().name().toLowerCase(Locale.ROOT));
        voice.put("speedPercent", preferences.speedPercent());
        voice.put("language", script.language());
        voice.put("painQuestion", script.painQuestion());
        voice.put("endQuestion", script.endQuestion());
        voice.put("painStop", script.painStop(OptionalInt.empty()));
        voice.put("stopped", script.stopped());
        voice.put("completed", script.completed(plan.phase(plan.size() - 1).kind()));
        return PlanJson.write(root);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(labels.getString(key), Locale.ROOT).format(arguments);
    }

    /** Plan milliseconds as m:ss.s. */
    static String time(long millis) {
        long tenths = Math.round(millis / 100.0);
        return PlanText.clock(tenths / 10) + "." + tenths % 10;
    }
}
