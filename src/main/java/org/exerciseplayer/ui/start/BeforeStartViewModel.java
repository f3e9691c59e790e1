package org.exerciseplayer.ui.start;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.text.PainRuleWords;

/**
 * "Before you start": the catalogue's stop rule and safety texts, in full the first time and briefly after, and
 * an optional pain rating from 0 to 10.
 */
public final class BeforeStartViewModel {

    private final Catalogue catalogue;
    private final List<Exercise> exercises;
    private final Settings settings;
    private final boolean full;
    private final Consumer<OptionalInt> onBegin;
    private final Runnable onBack;
    private final PainRule painRule;
    private final ObjectProperty<Integer> painBefore = new SimpleObjectProperty<>();

    /**
     * @param setup   the session about to start: its exercises, catalogue and pain rule
     * @param onBegin starts the session, with the pain rating if one was given
     */
    public BeforeStartViewModel(SessionSetup setup, Settings settings, Consumer<OptionalInt> onBegin,
                                Runnable onBack) {
        this.painRule = setup.painRule();
        this.catalogue = setup.catalogue();
        this.exercises = setup.routine().entries().stream().map(Routine.Entry::exercise).toList();
        this.settings = settings;
        this.full = !settings.isSafetyIntroductionSeen();
        this.onBegin = onBegin;
        this.onBack = onBack;
    }

    /** Whether the full safety introduction is shown (the first time), rather than the brief reminder. */
    public boolean isFull() {
        return full;
    }

    /** The heading over the rule that applies: "If your pain increases, stop", or the physio's limit. */
    public String stopRuleHeading() {
        return PainRuleWords.heading(painRule);
    }

    /** The one rule that applies: the leaflet's stop rule, or under a physio's limit that limit. */
    public String stopRule() {
        return PainRuleWords.applying(painRule, catalogue.safety());
    }

    /** Under a physio's limit, that the physio set it in place of the leaflet's rule; empty under the leaflet's. */
    public String painLimit() {
        return PainRuleWords.inPlaceOfLeaflet(painRule);
    }

    /** How the pain button works in this session. */
    public String stopKey() {
        return Messages.get(painRule.isLimit() ? "start.stopRule.key.limit" : "start.stopRule.key", painRule.limit());
    }

    /** The other safety texts, shown in full the first time: review advice, maintenance, and every caution. */
    public List<String> moreSafetyTexts() {
        if (!full) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        texts.add(catalogue.safety().review().text());
        texts.add(catalogue.safety().maintenance().text());
        return texts;
    }

    /** Each chosen exercise's cautions, as "Exercise: caution", in full the first time. */
    public List<String> cautions() {
        if (!full) {
            return List.of();
        }
        List<String> cautions = new ArrayList<>();
        for (Exercise exercise : exercises) {
            exercise.cautions().forEach(c -> cautions.add(exercise.name() + ": " + c));
        }
        return cautions;
    }

    public String summary() {
        return Messages.get("start.summary", exercises.size());
    }

    /** The pain rating before the session, 0 to 10, or null for none given. */
    public ObjectProperty<Integer> painBeforeProperty() {
        return painBefore;
    }

    public void begin() {
        settings.setSafetyIntroductionSeen(true);
        Integer pain = painBefore.get();
        onBegin.accept(pain == null ? OptionalInt.empty() : OptionalInt.of(pain));
    }

    public void back() {
        onBack.run();
    }
}
