package org.hazwatch.platform.demo;

import java.util.Map;
import org.hazwatch.platform.support.ModeCheck;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Tells the platform the demo is on the class path ({@link ModeCheck#INSTALLED}), so {@code hazwatch.mode=demo}
 * may start; the platform's own jar has no such thing and refuses demo mode.
 */
public class DemoInstalled implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("hazwatchDemo",
                Map.of(ModeCheck.INSTALLED, true)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
