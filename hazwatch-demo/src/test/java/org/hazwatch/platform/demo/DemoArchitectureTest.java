package org.hazwatch.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import org.hazwatch.platform.HazwatchApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The demo is one more application module of the platform, verified like the platform's features (the platform's
 * ArchitectureTest verifies the platform without it): it uses the features only through their public API.
 */
class DemoArchitectureTest {

    /** Neither this module's tests nor the platform's test fixtures (its test jar) are part of the application. */
    static final ImportOption MAIN_CODE_ONLY = location ->
            ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location) && !location.contains("-tests.jar");

    @Test
    void theDemoUsesTheFeaturesOnlyThroughTheirPublicApi() {
        ApplicationModules modules = ApplicationModules.of(HazwatchApplication.class, MAIN_CODE_ONLY);

        assertThat(modules.getModuleByName("demo")).hasValueSatisfying(demo ->
                assertThat(demo.contains(DemoSeed.class)).isTrue());
        modules.verify();
    }
}
