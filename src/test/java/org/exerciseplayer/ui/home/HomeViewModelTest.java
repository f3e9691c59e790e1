package org.exerciseplayer.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import java.util.Optional;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.exerciseplayer.session.Guidance;
import org.exerciseplayer.session.SessionSetup;

class HomeViewModelTest {

    private Catalogue hip;
    private final List<SessionSetup> started = new ArrayList<>();
    private HomeViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        hip = BundledCatalogue.load();
        // One minute per exercise, so the predicted length is easy to read in the assertions.
        model = new HomeViewModel(hip, routine -> 60L * routine.size(), started::add);
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

        assertThat(started).singleElement().satisfies(setup -> {
            assertThat(setup.routine().entries()).extracting(e -> e.exercise().id())
                    .containsExactly("single-leg-rotations", "donkey-kicks");
            assertThat(setup.painRule()).isEqualTo(PainRule.anyIncrease());
            assertThat(setup.routineTitle()).isEmpty();
            assertThat(setup.guidance()).containsOnly(Guidance.NONE);
        });
    }

    @Test
    void aSessionLongerThanFourHoursCannotStartAndSaysWhy() {
        HomeViewModel long_ = new HomeViewModel(hip, routine -> 3L * 3600 * routine.size(), started::add);

        assertThat(long_.canStartProperty().get()).isFalse();
        assertThat(long_.sessionLengthProperty().get()).isEqualTo("These 14 exercises would take about 42 hours: a"
                + " session takes at most 4 hours. Untick some to start.");
        long_.start();
        assertThat(started).isEmpty();
        long_.includeAll(false);
        long_.exerciseRows().get(0).included().set(true);
        assertThat(long_.canStartProperty().get()).isTrue();
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
    void aCatalogueHasNoPhysioTexts() {
        assertThat(model.title()).isEqualTo("Hip exercises");
        assertThat(model.prescribedText()).isEmpty();
        assertThat(model.physioNotes()).isEmpty();
        assertThat(model.painRuleText()).isEmpty();
        assertThat(model.exerciseRows()).allSatisfy(row -> {
            assertThat(row.variationText()).isEmpty();
            assertThat(row.notes()).isEmpty();
            assertThat(row.entry().dose()).isEqualTo(row.exercise().dose());
        });
    }

    @Test
    void aRoutineListsItsItemsInItsOrderWithTheDosesNotesAndRuleThePhysioGave() {
        RoutineDocument routine = RoutineFixtures.threeExercises(hip);
        HomeViewModel routineModel = new HomeViewModel(routine, r -> 60L * r.size(), started::add);

        assertThat(routineModel.title()).isEqualTo("Hips for Sam");
        assertThat(routineModel.prescribedText()).startsWith("Prescribed by A. Physio on ").contains("2026");
        assertThat(routineModel.physioNotes()).containsExactly("Start gently.", "Call me if it hurts at night.");
        assertThat(routineModel.painRuleText()).startsWith("Your physio\u2019s pain limit: 3/10.");
        // One rule to follow: the leaflet's stop rule gives way to the physio's limit, which says it takes its place.
        assertThat(routineModel.safetyTexts()).doesNotContain(hip.safety().stopRule()).containsExactly(
                "This limit takes the place of the leaflet\u2019s general rule, to stop as soon as your pain"
                        + " increases: for this routine, follow your physio\u2019s limit of 3/10.",
                hip.safety().review().text());
        assertThat(routineModel.rows()).hasSize(1 + 3);
        List<HomeViewModel.ExerciseRow> rows = routineModel.exerciseRows();
        assertThat(rows).extracting(r -> r.exercise().id())
                .containsExactly(routine.item(0).exerciseId(), routine.item(1).exerciseId(), routine.item(2).exerciseId());
        assertThat(rows.get(0).doseText()).isEqualTo("Hold 20 s, 5 times each side, once a day");
        assertThat(rows.get(0).notes()).containsExactly("Left side is the sore one.");
        assertThat(rows.get(0).entry().exercise().pacing().restSeconds()).isEqualTo(8);
        assertThat(rows.get(1).variationText()).startsWith("Harder: ")
                .endsWith(routine.variation(1).orElseThrow().text());
        assertThat(rows.get(2).variationText()).isEmpty();
        assertThat(routineModel.sessionLengthProperty().get()).isEqualTo("Session: about 3 minutes, 3 of 3 exercises");

        rows.get(1).included().set(false);
        routineModel.start();
        assertThat(started).singleElement().satisfies(setup -> {
            assertThat(setup.routine().entries())
                    .containsExactly(routine.routine().entry(0), routine.routine().entry(2));
            assertThat(setup.guidance()).containsExactly(routine.guidance(0), routine.guidance(2));
            assertThat(setup.painRule()).isEqualTo(PainRule.limit(3));
            assertThat(setup.routineTitle()).contains("Hips for Sam");
        });
    }

    @Test
    void aRoutineWithTheLeafletsRuleSaysTheLeafletsRuleApplies() {
        RoutineDocument routine = RoutineFixtures.threeExercises(hip).withPainRule(PainRule.anyIncrease())
                .withPrescribedBy(Optional.empty()).withCreated(Optional.empty());
        HomeViewModel routineModel = new HomeViewModel(routine, r -> 60L * r.size(), started::add);

        assertThat(routineModel.painRuleText()).isEqualTo("Your physio kept the leaflet\u2019s rule: if your pain"
                + " increases, stop.");
        assertThat(routineModel.safetyTexts()).containsExactly(hip.safety().stopRule(), hip.safety().review().text());
        assertThat(routineModel.prescribedText()).isEqualTo("Prescribed by your physio");
    }

    @Test
    void safetyTextsAreTheCataloguesStopRuleAndReviewAdvice() {
        assertThat(model.safetyTexts()).containsExactly(hip.safety().stopRule(), hip.safety().review().text());
    }

    // The filter box -------------------------------------------------------------------------------------------

    private List<String> shownTitles() {
        return model.shownRows().stream().map(HomeViewModel.Row::title).toList();
    }

    @Test
    void withNoFilterEveryRowIsShown() {
        assertThat(model.shownRows()).containsExactlyElementsOf(model.rows());
        assertThat(model.filterSummaryProperty().get()).isEmpty();
    }

    @Test
    void theFilterShowsTheMatchingExercisesUnderTheirHeadings() {
        model.filterTextProperty().set("clam");

        assertThat(shownTitles()).containsExactly("Strengthening for the hip, glute and core muscles",
                "Side work series - glute muscles to support the hip", "Clam exercise");
        assertThat(model.filterSummaryProperty().get()).isEqualTo("1 of 14 exercises shown");
    }

    @Test
    void aSectionsOwnExerciseIsShownWithoutTheGroupHeadingsAfterIt() {
        model.filterTextProperty().set("hip openers");

        assertThat(shownTitles()).containsExactly("Strengthening for the hip, glute and core muscles",
                "Single leg hip openers");
    }

    @Test
    void nothingMatchingShowsNoRowAndSaysSo() {
        model.filterTextProperty().set("  trampoline ");

        assertThat(model.shownRows()).isEmpty();
        assertThat(model.filterSummaryProperty().get())
                .isEqualTo("No exercise matches \u201ctrampoline\u201d. Press Esc to show them all.");
    }

    @Test
    void clearingTheFilterShowsEveryRowAgain() {
        model.filterTextProperty().set("clam");
        model.filterTextProperty().set("");

        assertThat(model.shownRows()).containsExactlyElementsOf(model.rows());
        assertThat(model.filterSummaryProperty().get()).isEmpty();
    }

    @Test
    void hiddenExercisesKeepTheirTicksAndStillStart() {
        model.exerciseRows().get(0).included().set(false);
        model.filterTextProperty().set("clam");

        assertThat(model.chosenExercises()).hasSize(13);
        model.start();
        assertThat(started).singleElement().satisfies(setup -> assertThat(setup.routine().size()).isEqualTo(13));
        model.filterTextProperty().set("");
        assertThat(model.exerciseRows().get(0).included().get()).isFalse();
        assertThat(model.exerciseRows().get(1).included().get()).isTrue();
    }

    @Test
    void untickAllWithAFilterUnticksOnlyTheExercisesShown() {
        model.filterTextProperty().set("side work series");

        model.includeAll(false);

        assertThat(model.chosenExercises()).hasSize(12).extracting(Exercise::id)
                .doesNotContain("clam", "side-leg-lift");
        model.filterTextProperty().set("");
        model.includeAll(false);
        assertThat(model.chosenExercises()).isEmpty();
    }

    @Test
    void aRoutinesExercisesAreFoundByNameAndByTheirSectionInTheCatalogue() {
        RoutineDocument routine = RoutineFixtures.threeExercises(hip);
        HomeViewModel routineModel = new HomeViewModel(routine, r -> 60L * r.size(), started::add);
        String sectionTitle = hip.sectionOf(routine.exercise(2)).orElseThrow().title();
        List<String> inThatSection = java.util.stream.IntStream.range(0, routine.size())
                .filter(i -> hip.sectionOf(routine.exercise(i)).orElseThrow().title().equals(sectionTitle))
                .mapToObj(i -> routine.exercise(i).name()).toList();

        routineModel.filterTextProperty().set(sectionTitle.toUpperCase(java.util.Locale.ROOT));

        assertThat(routineModel.shownRows()).first().isEqualTo(routineModel.rows().get(0));
        assertThat(routineModel.shownRows().subList(1, routineModel.shownRows().size()))
                .extracting(HomeViewModel.Row::title).containsExactlyElementsOf(inThatSection);
        routineModel.filterTextProperty().set(routine.exercise(1).name());
        assertThat(routineModel.shownRows()).extracting(HomeViewModel.Row::title)
                .contains(routine.exercise(1).name());
    }
}
