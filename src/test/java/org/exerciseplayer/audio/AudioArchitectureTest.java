package org.exerciseplayer.audio;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Only the real implementation touches JavaFX, and then only its media and its application thread. */
class AudioArchitectureTest {

    private static final JavaClasses AUDIO = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.exerciseplayer.audio");

    @Test
    void onlyTheJavaFxImplementationUsesJavaFx() {
        noClasses().that().haveNameNotMatching("org\\.exerciseplayer\\.audio\\.JavaFxSoundCues(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(AUDIO);
    }

    @Test
    void theJavaFxImplementationUsesMediaAndTheApplicationThreadOnly() {
        noClasses().should().dependOnClassesThat(resideInAPackage("javafx..")
                        .and(resideOutsideOfPackages("javafx.scene.media..", "javafx.application..")))
                .check(AUDIO);
    }

    @Test
    void audioKnowsNothingOfTheScreens() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.exerciseplayer.ui..").check(AUDIO);
    }
}
