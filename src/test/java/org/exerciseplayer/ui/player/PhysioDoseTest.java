package org.exerciseplayer.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineFixtures;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.text.DoseWords;
import org.junit.jupiter.api.Test;

/** The leaflet's steps keep their own numbers, so the player says plainly when the physio's dose differs. */
class PhysioDoseTest {

    @Test
    void aChangedDoseIsSaidBesideTheStepsAndAnUnchangedOneIsNot() throws Exception {
        RoutineDocument routine = RoutineFixtures.threeExercises(BundledCatalogue.load());
        ManualClock clock = new ManualClock();
        PlayerViewModel model = new PlayerSessions(routine.catalogue(), clock, new RecordingSoundCues(),
                new RecordingScreenAwake()).start(routine.sessionSetup());

        assertThat(model.screen().physioDoseProperty().get()).isEqualTo("Your physio\u2019s dose: "
                + DoseWords.of(routine.dose(0)) + ". Follow it rather than the numbers written in the steps.");
        assertThat(routine.dose(0).holdSeconds()).isEqualTo(20);

        model.skipExercise();
        if (model.overlayProperty().get() == PlayerViewModel.Overlay.BETWEEN_CHECK) {
            model.carryOn();
        }
        boolean variationHasOwnDose = !routine.dose(1).equals(routine.exercise(1).dose());
        assertThat(model.screen().physioDoseProperty().get().isEmpty()).isEqualTo(!variationHasOwnDose);
    }

    @Test
    void theCatalogueAsItIsSaysNothingExtra() throws Exception {
        var hip = BundledCatalogue.load();
        PlayerViewModel model = new PlayerSessions(hip, new ManualClock(), new RecordingSoundCues(),
                new RecordingScreenAwake()).start(hip.exercises().get(0).id());
        assertThat(model.screen().physioDoseProperty().get()).isEmpty();
    }
}
