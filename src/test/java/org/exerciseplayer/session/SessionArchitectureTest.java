package org.exerciseplayer.session;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class SessionArchitectureTest {

    @Test
    void theEngineDoesNotDependOnJavaFx() {
        JavaClasses engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.exerciseplayer.session");

        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(engine);
    }
}
