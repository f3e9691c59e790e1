package org.exerciseplayer.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.SessionSetup;
import java.util.Optional;
import org.exerciseplayer.settings.Settings;
import org.junit.jupiter.api.Test;

/**
 * Before a routine with a physio's limit, the limit is the rule shown, said to be the physio's and to take the place
 * of the leaflet's stop rule; without one, the leaflet's rule is shown as the leaflet words it.
 */
class BeforeStartPainRuleTest {

    @Test
    void aPhysiosLimitIsTheOneRuleShownAndSaysItTakesTheLeafletsPlace() throws Exception {
        Catalogue hip = BundledCatalogue.load();
        BeforeStartViewModel model = new BeforeStartViewModel(new SessionSetup(hip,
                Routine.of(hip.exercises().subList(0, 2)), List.of(), PainRule.limit(3), Optional.of("Hips")),
                Settings.inMemory(), pain -> { }, () -> { });

        assertThat(model.stopRuleHeading()).isEqualTo("Above 3/10, stop: your physio\u2019s pain limit");
        assertThat(model.stopRule()).isEqualTo("Your physio has set a limit for this routine: pain up to 3/10"
                + " during the exercises is acceptable; above 3/10, stop.")
                .doesNotContain(hip.safety().stopRule());
        assertThat(model.painLimit()).isEqualTo("This limit takes the place of the leaflet\u2019s general rule, to stop"
                + " as soon as your pain increases: for this routine, follow your physio\u2019s limit of 3/10.");
        assertThat(model.stopKey()).contains("how much pain you have, from 0 to 10").contains("Above 3/10");
    }

    @Test
    void theLeafletsRuleAloneHasNoLimitText() throws Exception {
        Catalogue hip = BundledCatalogue.load();
        BeforeStartViewModel model = new BeforeStartViewModel(SessionSetup.of(hip,
                Routine.of(List.of(hip.exercises().get(0)))), Settings.inMemory(), pain -> { }, () -> { });

        assertThat(model.stopRuleHeading()).isEqualTo("If your pain increases, stop");
        assertThat(model.stopRule()).isEqualTo(hip.safety().stopRule());
        assertThat(model.painLimit()).isEmpty();
        assertThat(model.stopKey()).contains("asks whether to stop");
    }
}
