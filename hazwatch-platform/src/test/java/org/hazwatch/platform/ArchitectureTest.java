package org.hazwatch.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The shape we agreed on (ARCHITECTURE.md, STYLE.md): features talk only through each other's public API,
 * and the rules of the field are plain Java.
 */
class ArchitectureTest {

    static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hazwatch.platform");

    @Test
    void featuresUseOnlyEachOthersPublicApiAndFormNoCycles() {
        ApplicationModules.of(HazwatchApplication.class).verify();
    }

    @Test
    void rulesOfTheFieldImportNoFrameworkDatabaseOrWebTypes() {
        // package-info only carries the module metadata (a named interface), no code
        noClasses().that().resideInAPackage("org.hazwatch.platform.*.rules..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "jakarta..",
                        "tools.jackson..", "com.fasterxml..", "org.apache.poi..", "org.slf4j..")
                .because("the rules of the field are plain Java, testable without a container (STYLE.md)")
                .check(PLATFORM);
    }

    @Test
    void rulesOfTheFieldDoNotReachIntoAdapters() {
        noClasses().that().resideInAPackage("org.hazwatch.platform.*.rules..")
                .should().dependOnClassesThat().resideInAPackage("org.hazwatch.platform")
                .orShould().dependOnClassesThat().resideInAPackage("org.hazwatch.platform.support..")
                .because("adapters call the rules, never the other way round")
                .check(PLATFORM);
    }
}
