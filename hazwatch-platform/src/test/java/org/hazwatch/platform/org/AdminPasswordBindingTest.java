package org.hazwatch.platform.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;

/** The admin password is read as {@code hazwatch.admin-password}; operators set it as an environment variable. */
class AdminPasswordBindingTest {

    @Test
    void readsHazwatchAdminPasswordFromTheEnvironmentVariableHAZWATCH_ADMIN_PASSWORD() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("HAZWATCH_ADMIN_PASSWORD", "from-the-environment")));
        ConfigurationPropertySources.attach(environment);
        assertThat(environment.resolvePlaceholders("${hazwatch.admin-password:}")).isEqualTo("from-the-environment");
    }

    @Test
    void prefersAnExplicitPropertyOverTheEnvironment() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("env",
                Map.<String, Object>of("HAZWATCH_ADMIN_PASSWORD", "from-the-environment")));
        environment.getPropertySources().addFirst(new MapPropertySource("args",
                Map.of("hazwatch.admin-password", "from-the-command-line")));
        ConfigurationPropertySources.attach(environment);
        assertThat(environment.resolvePlaceholders("${hazwatch.admin-password:}")).isEqualTo("from-the-command-line");
    }
}
