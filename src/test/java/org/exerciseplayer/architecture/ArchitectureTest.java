package org.exerciseplayer.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, in one place: its layers, from the foundations (the figure model, sound, the platform,
 * page layout) up through the domain (the catalogue), the engine (sessions, routines, settings, the voice) and the
 * services that use it (history, handouts, the command line) to the screens and the app; no package cycles; and
 * JavaFX only where a screen or a sound is made.
 */
class ArchitectureTest {

    private static final String ROOT = "org.exerciseplayer";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Foundation").definedBy(ROOT + ".figure..", ROOT + ".audio..", ROOT + ".platform..",
                        ROOT + ".pdf..")
                .layer("Domain").definedBy(ROOT + ".catalogue..", ROOT + ".text..")
                .layer("Engine").definedBy(ROOT + ".session..", ROOT + ".routine..", ROOT + ".settings..",
                        ROOT + ".voice..")
                .layer("Services").definedBy(ROOT + ".history..", ROOT + ".handout..", ROOT + ".reminders..",
                        ROOT + ".cli..")
                .layer("Screens").definedBy(ROOT + ".ui..")
                .layer("App").definedBy(ROOT, ROOT + ".app..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Screens").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Screens", "App")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Services", "Screens", "App")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Engine", "Services", "Screens", "App")
                .whereLayer("Foundation").mayOnlyBeAccessedByLayers("Domain", "Engine", "Services", "Screens", "App")
                .check(classes);
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
        slices().matching(ROOT + ".ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheScreensTheAppAndTheSoundUseJavaFx() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".ui..", ROOT + ".app..", ROOT + ".audio..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void inTheSoundOnlyTheJavaFxCuesUseJavaFxAndThenOnlyItsMediaAndItsThread() {
        noClasses().that().resideInAPackage(ROOT + ".audio..")
                .and().haveNameNotMatching("org\\.exerciseplayer\\.audio\\.JavaFxSoundCues(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".audio..")
                .should().dependOnClassesThat(resideInAPackage("javafx..")
                        .and(resideOutsideOfPackages("javafx.scene.media..", "javafx.application..")))
                .check(classes);
    }

    @Test
    void viewModelsHoldNoControls() {
        noClasses().that().resideInAPackage(ROOT + ".ui..").and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..",
                        "javafx.stage..")
                .check(classes);
    }
}
