package org.hazwatch.platform;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.hazwatch.platform.support.EntryClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The shape we agreed on (ARCHITECTURE.md, STYLE.md): features talk only through each other's public API, the web
 * through their entry classes, and the rules of the field are plain Java.
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
        classes().that().resideInAPackage("org.hazwatch.platform.*.rules..")
                .and().doNotHaveSimpleName("package-info")
                .should().onlyDependOnClassesThat(resideInAnyPackage("org.hazwatch.platform.*.rules..",
                        "org.hazwatch.protocol..", "java..", "javax.crypto..").or(aFeaturesValue()))
                .because("adapters call the rules, never the other way round: a rule uses rules (its own feature's "
                        + "or another's), other features' values, the protocol and the JDK")
                .check(PLATFORM);
    }

    @Test
    void theWebUsesOtherFeaturesOnlyThroughTheirEntryClassesViewsAndEvents() {
        noClasses().that().resideInAPackage("org.hazwatch.platform.web..")
                .should().dependOnClassesThat(inAFeature().and(not(resideInAPackage("org.hazwatch.platform.web..")))
                        .and(not(annotatedWith(EntryClass.class))).and(not(aFeaturesValue()))
                        .and(not(assignableTo(Throwable.class)))
                        .as("are another feature's, but neither its entry classes, records, enums nor exceptions"))
                .because("a page calls another feature through its entry class and reads its views, events and "
                        + "rule values, never its repositories or engines (DECISIONS.md, Shared kernels: limits)")
                .check(PLATFORM);
    }

    /** A class of a feature package (with its rules), not of {@code support}, which every feature shares. */
    static DescribedPredicate<JavaClass> inAFeature() {
        return resideInAPackage("org.hazwatch.platform.*..")
                .and(not(resideInAPackage("org.hazwatch.platform.support..")));
    }

    /** A value a feature hands out: a record (view, command, event) or an enum. */
    static DescribedPredicate<JavaClass> aFeaturesValue() {
        return inAFeature().and(DescribedPredicate.describe("a record or an enum", c -> c.isRecord() || c.isEnum()))
                .as("a feature's record or enum");
    }
}
