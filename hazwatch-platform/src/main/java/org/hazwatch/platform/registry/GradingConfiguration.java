package org.hazwatch.platform.registry;

import org.hazwatch.platform.registry.rules.ChemicalCatalogue;
import org.hazwatch.platform.registry.rules.Gb18218Grading;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The GB 18218-2018 grading over the platform's chemicals catalogue. */
@Configuration(proxyBeanMethods = false)
class GradingConfiguration {

    @Bean
    Gb18218Grading gb18218Grading(ChemicalCatalogue catalogue) {
        return new Gb18218Grading(catalogue);
    }
}
