package org.exerciseplayer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine, the catalogue, the figure model and what prints pages stay free of JavaFX, and nothing below the UI
 * reaches up into it.
 */
class LayersTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.exerciseplayer");
    }

    @Test
    void theCoreAndThePrintedPagesDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage("org.exerciseplayer.catalogue..", "org.exerciseplayer.session..",
                        "org.exerciseplayer.figure..", "org.exerciseplayer.text..", "org.exerciseplayer.pdf..",
                        "org.exerciseplayer.handout..", "org.exerciseplayer.routine..", "org.exerciseplayer.reminders..",
                        "org.exerciseplayer.history..", "org.exerciseplayer.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void nothingBelowTheUiUsesTheUi() {
        noClasses().that().resideInAnyPackage("org.exerciseplayer.catalogue..", "org.exerciseplayer.session..",
                        "org.exerciseplayer.figure..", "org.exerciseplayer.cli..", "org.exerciseplayer.audio..",
                        "org.exerciseplayer.platform..", "org.exerciseplayer.history..", "org.exerciseplayer.text..",
                        "org.exerciseplayer.pdf..", "org.exerciseplayer.handout..", "org.exerciseplayer.routine..",
                        "org.exerciseplayer.reminders..")
                .should().dependOnClassesThat().resideInAnyPackage("org.exerciseplayer.ui..", "org.exerciseplayer.app..",
                        "javafx.scene.control..", "javafx.scene.layout..")
                .check(classes);
    }
}
