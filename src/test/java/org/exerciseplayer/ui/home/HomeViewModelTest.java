package org.exerciseplayer.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Exercise;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HomeViewModelTest {

    private Catalogue hip;
    private final List<List<Exercise>> started = new ArrayList<>();
    private HomeViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        hip = BundledCatalogue.load();
        // One minute per exercise, so the predicted length is easy to read in the assertions.
        model = new HomeViewModel(hip, exercises -> 60L * exercises.size(), started::add);
    }

    @Test
    void listsSectionsGroupsAndExercisesInLeafletOrder() {
        assertThat(model.rows()).hasSize(3 + 2 + 14);
        assertThat(model.rows().get(0)).isEqualTo(new HomeViewModel.SectionHeading("Range of movement exercises"));
        assertThat(model.rows()).filteredOn(HomeViewModel.GroupHeading.class::isInstance)
                .extracting(HomeViewModel.Row::title)
                .containsExactly("Side work series - glute muscles to support the hip",
                        "Glute max to support lower back");
    }

    @Test
    void showsEachDoseInWords() {
        assertThat(model.exerciseRows()).filteredOn(r -> r.exercise().id().equals("hip-flexor-stretch"))
                .singleElement().extracting(HomeViewModel.ExerciseRow::doseText)
                .isEqualTo("Hold 20 s, 3 times each side, twice daily");
    }

    @Test
    void everyExerciseIsTickedAtFirstAndTheLengthCountsThem() {
        assertThat(model.chosenExercises()).hasSize(14);
        assertThat(model.sessionLengthProperty().get()).isEqualTo("Session: about 14 minutes, 14 of 14 exercises");
    }

    @Test
    void untickingAnExerciseShortensTheSession() {
        model.exerciseRows().get(0).included().set(false);

        assertThat(model.sessionLengthProperty().get()).isEqualTo("Session: about 13 minutes, 13 of 14 exercises");
        assertThat(model.chosenExercises()).extracting(Exercise::id).doesNotContain("lower-back-rotations");
    }

    @Test
    void startPassesTheTickedExercisesInOrder() {
        model.includeAll(false);
        model.exerciseRows().get(13).included().set(true);
        model.exerciseRows().get(2).included().set(true);

        model.start();

        assertThat(started).singleElement().satisfies(list -> assertThat(list).extracting(Exercise::id)
                .containsExactly("single-leg-rotations", "donkey-kicks"));
    }

    @Test
    void nothingTickedMeansNoStart() {
        model.includeAll(false);

        assertThat(model.canStartProperty().get()).isFalse();
        assertThat(model.sessionLengthProperty().get()).isEqualTo("No exercises chosen for today");
        model.start();
        assertThat(started).isEmpty();
    }

    @Test
    void safetyTextsAreTheCataloguesStopRuleAndReviewAdvice() {
        assertThat(model.safetyTexts()).containsExactly(hip.safety().stopRule(), hip.safety().review().text());
    }
}
