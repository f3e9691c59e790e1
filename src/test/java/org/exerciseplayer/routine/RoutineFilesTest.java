package org.exerciseplayer.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.CatalogueException;
import org.exerciseplayer.catalogue.Directions;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Problem;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.catalogue.Sides;
import org.exerciseplayer.catalogue.Variation;
import org.exerciseplayer.session.Planner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutineFilesTest {

    @TempDir
    Path folder;

    static RoutineDocument threeExercises(Catalogue hip) {
        return RoutineFixtures.threeExercises(hip);
    }

    @Test
    void aSavedRoutineLoadsBackEqualCarryingOnlyTheExercisesItUses() throws Exception {
        Catalogue hip = BundledCatalogue.load();
        RoutineDocument routine = threeExercises(hip);
        Path file = folder.resolve("sam.routine.json");
        RoutineWriter.save(routine, file);
        RoutineDocument loaded = RoutineLoader.load(file);
        assertThat(loaded).isEqualTo(routine.selfContained());
        assertThat(loaded.catalogue().exercises()).hasSize(3);
        assertThat(loaded.catalogue().id()).isEqualTo(hip.id());
        assertThat(loaded.catalogue().version()).isEqualTo(hip.version());
        assertThat(Planner.plan(loaded.routine()).phases()).isEqualTo(Planner.plan(routine.routine()).phases());
        assertThat(RoutineLoader.open(file)).isInstanceOf(RoutineLoader.OpenedRoutine.class);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void changesApplyOnTopOfTheVariationOrTheExercise() throws Exception {
        Catalogue hip = BundledCatalogue.load();
        RoutineDocument routine = threeExercises(hip);
        Dose first = routine.dose(0);
        assertThat(first.holdSeconds()).isEqualTo(20);
        assertThat(first.repetitions()).isEqualTo(5);
        assertThat(first.sides()).isEqualTo(Sides.EACH);
        assertThat(first.firstSide()).isEqualTo(Side.LEFT);
        assertThat(first.timesPerDay()).hasValue(1);
        assertThat(routine.pacing(0).restSeconds()).isEqualTo(8);
        assertThat(routine.routine().entry(0).exercise().pacing().restSeconds()).isEqualTo(8);
        Variation harder = routine.variation(1).orElseThrow();
        assertThat(routine.dose(1)).isEqualTo(harder.dose().orElse(routine.exercise(1).dose()));
        assertThat(routine.dose(2).directions().names()).containsExactly("up", "down");
    }

    @Test
    void betweenRecoversTheChangesThatMakeADose() throws Exception {
        Catalogue hip = BundledCatalogue.load();
        RoutineDocument routine = threeExercises(hip);
        for (int i = 0; i < routine.size(); i++) {
            Dose base = routine.baseDose(i);
            Dose wanted = routine.dose(i);
            assertThat(DoseChange.between(base, wanted).applyTo(base)).isEqualTo(wanted);
            assertThat(PacingChange.between(routine.exercise(i).pacing(), routine.pacing(i))
                    .applyTo(routine.exercise(i).pacing())).isEqualTo(routine.pacing(i));
        }
        assertThat(DoseChange.between(routine.baseDose(1), routine.baseDose(1)).isEmpty()).isTrue();
    }

    @Test
    void aLoadedRoutineWidensToTheSameEditionOfItsCatalogueOnly() throws Exception {
        Catalogue hip = BundledCatalogue.load();
        RoutineDocument loaded = RoutineLoader.parse("r.json", RoutineWriter.toBytes(threeExercises(hip)));
        assertThat(loaded.catalogue().exercises()).hasSize(3);

        RoutineDocument widened = loaded.widenedTo(hip);
        assertThat(widened.catalogue()).isEqualTo(hip);
        assertThat(widened.items()).isEqualTo(loaded.items());
        assertThat(widened.selfContained()).isEqualTo(loaded);

        Catalogue otherEdition = new Catalogue(hip.formatVersion(), hip.id(), "2.0.0", hip.title(), hip.language(),
                hip.source(), hip.introduction(), hip.safety(), hip.pacing(), hip.sections());
        assertThat(loaded.widenedTo(otherEdition)).isSameAs(loaded);
        Catalogue missingTwo = hip.keepOnly(java.util.Set.of(loaded.item(1).exerciseId()));
        assertThat(loaded.widenedTo(missingTwo)).isSameAs(loaded);
    }

    @Test
    void theBundledCatalogueStillOpensAsACatalogue() throws Exception {
        byte[] hip = BundledCatalogue.class.getResourceAsStream("/exercises/hip.json").readAllBytes();
        assertThat(RoutineLoader.open("hip.json", hip)).isInstanceOf(RoutineLoader.OpenedCatalogue.class);
    }

    private static Catalogue hip() {
        try {
            return BundledCatalogue.load();
        } catch (CatalogueException e) {
            throw new AssertionError(e);
        }
    }

    private static String saved(RoutineDocument routine) {
        return new String(RoutineWriter.toBytes(routine), StandardCharsets.UTF_8);
    }

    private static List<String> problems(String json) {
        try {
            RoutineLoader.parse("r.json", json.getBytes(StandardCharsets.UTF_8));
        } catch (CatalogueException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the routine loaded, but it should have been refused");
    }

    @Test
    void aNewerFormatIsRefusedWithThatReasonAlone() throws Exception {
        String json = saved(threeExercises(hip()))
                .replaceFirst("\"formatVersion\" : 1", "\"formatVersion\" : 2")
                .replaceFirst("\"title\" : \"Hips for Sam\"", "\"title\" : 5, \"colour\" : \"red\"");
        assertThat(problems(json)).containsExactly("r.json:3:21 $.formatVersion: this routine is format version 2,"
                + " newer than this app reads (1); update Exercise Player to open it");
    }

    @Test
    void everyProblemIsReportedAtOnceAtItsPlace() throws Exception {
        String json = saved(threeExercises(hip()))
                .replaceFirst("\"variation\" : \"harder\"", "\"variation\" : \"easier\"")
                .replaceFirst("\"holdSeconds\" : 20", "\"holdSeconds\" : 900")
                .replaceFirst("\"rule\" : \"limit\",\n    \"limit\" : 3", "\"rule\" : \"limit\", \"limit\" : 10")
                .replaceFirst("\"restSeconds\" : 8", "\"restSecond\" : 8");
        List<String> problems = problems(json);
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).endsWith("$.painRule.limit: must be a whole number from 0"
                + " to 9, got 10");
        assertThat(problems.get(1)).endsWith("$.exercises[0].dose.holdSeconds: must be a whole number of seconds"
                + " from 1 to 600, got 900");
        assertThat(problems.get(2)).contains("$.exercises[0].pacing.restSecond: unknown field \"restSecond\""
                + " (did you mean \"restSeconds\"?)");
        assertThat(problems.get(3)).containsPattern("\\$\\.exercises\\[1\\]\\.variation: \"[a-z-]+\" has no easier"
                + " variation; it has \"harder\"");
    }

    @Test
    void anExerciseMissingFromTheCarriedCatalogueIsNamedWithWhatThereIs() throws Exception {
        RoutineDocument routine = threeExercises(hip());
        String json = saved(routine).replaceFirst("\"exercise\" : \"" + routine.item(0).exerciseId() + "\"",
                "\"exercise\" : \"knee-bends\"");
        assertThat(problems(json)).singleElement().asString()
                .contains("$.exercises[0].exercise: no exercise \"knee-bends\" in this routine's catalogue; it has: ")
                .contains(routine.item(1).exerciseId());
    }

    @Test
    void aTruncatedFileIsAJsonSyntaxProblem() throws Exception {
        String json = saved(threeExercises(hip()));
        assertThat(problems(json.substring(0, json.length() / 2))).singleElement().asString()
                .startsWith("r.json:");
    }

    @Test
    void theCarriedCatalogueIsCheckedLikeAnyCatalogue() throws Exception {
        String json = saved(threeExercises(hip()))
                .replaceFirst("\"getReadySeconds\" : 10", "\"getReadySeconds\" : -1");
        assertThat(problems(json)).singleElement().asString()
                .contains("$.catalogue.pacing.getReadySeconds: must be a whole number of seconds from 0 to 120");
    }

    @Test
    void aRoutineWithoutExercisesCannotBePlayed() throws Exception {
        RoutineDocument empty = RoutineDocument.startFrom(hip(), "Nothing yet");
        assertThatThrownBy(empty::routine).isInstanceOf(IllegalArgumentException.class);
    }
}
