package org.exerciseplayer.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class PlatformLayerTest {

    @Test
    void platformCodeIsPlainJavaWithoutJavaFxOrOtherLayers() {
        JavaClasses platform = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.exerciseplayer.platform");

        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.exerciseplayer.app..",
                "org.exerciseplayer.ui..").check(platform);
    }
}
