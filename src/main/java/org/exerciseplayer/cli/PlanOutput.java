package org.exerciseplayer.cli;

import java.util.Optional;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineLoader;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.settings.PropertiesSettings;
import org.exerciseplayer.settings.VoicePreferences;
import org.exerciseplayer.voice.VoicePlan;

/**
 * Renders the session plan for {@code --plan}, as text or (with {@code --json}) JSON: of a whole catalogue, or of
 * a prescribed routine with its doses and pacing; with what the voice will say and when, as the person set it.
 */
final class PlanOutput {

    private PlanOutput() {
    }

    static String render(RoutineLoader.Opened opened, boolean json) {
        return render(opened, json, PropertiesSettings.forThisUser().voice());
    }

    /**
     * The voice {@code --voice} names: {@code full}, {@code brief}, {@code counts} or {@code off}, at the speed and in
     * the voice the person set; empty for any other word.
     */
    static Optional<VoicePreferences> voiceNamed(String name) {
        VoicePreferences chosen = PropertiesSettings.forThisUser().voice();
        return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "full" -> Optional.of(chosen.withOn(true).withVerbosity(VoicePreferences.Verbosity.FULL));
            case "brief" -> Optional.of(chosen.withOn(true).withVerbosity(VoicePreferences.Verbosity.BRIEF));
            case "counts" -> Optional.of(chosen.withOn(true).withVerbosity(VoicePreferences.Verbosity.COUNTS));
            case "off" -> Optional.of(chosen.withOn(false));
            default -> Optional.empty();
        };
    }

    static String render(RoutineLoader.Opened opened, boolean json, VoicePreferences voice) {
        if (opened instanceof RoutineLoader.OpenedRoutine routine) {
            RoutineDocument document = routine.routine();
            SessionSetup setup = document.sessionSetup();
            VoicePlan plan = new VoicePlan(setup, Planner.plan(setup.routine()), voice);
            return json ? plan.json(Optional.of(document.title())) : plan.text(document.title());
        }
        SessionSetup setup = SessionSetup.of(opened.catalogue(), Routine.of(opened.catalogue()));
        Plan plan = Planner.plan(setup.routine());
        VoicePlan voicePlan = new VoicePlan(setup, plan, voice);
        return json ? voicePlan.json(Optional.empty()) : voicePlan.text(opened.catalogue().title());
    }
}
