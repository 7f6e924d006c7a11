package org.hazwatch.platform.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ModeCheckTest {

    private final ModeCheck check = new ModeCheck();

    @Test
    void demoModeWithoutTheDemoModuleStopsAndSaysToRunTheDemoCommand() {
        MockEnvironment environment = new MockEnvironment().withProperty("hazwatch.mode", "demo");

        assertThatIllegalStateException().isThrownBy(() -> check.postProcessEnvironment(environment,
                new SpringApplication())).withMessageContaining("./hazwatch demo");
    }

    @Test
    void demoModeStartsWhenTheDemoModuleIsThere() {
        MockEnvironment environment = new MockEnvironment().withProperty("hazwatch.mode", "demo")
                .withProperty(ModeCheck.INSTALLED, "true");

        assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void serveNeedsNoDemo() {
        MockEnvironment environment = new MockEnvironment().withProperty("hazwatch.mode", "serve");

        assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }
}
