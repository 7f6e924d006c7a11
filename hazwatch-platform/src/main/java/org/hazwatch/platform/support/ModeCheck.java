package org.hazwatch.platform.support;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * {@code hazwatch.mode=demo} needs the demo (the {@code hazwatch-demo} module: seed, live telemetry, message
 * receivers), which the production jar does not carry. Started so without it, the platform stops before it builds
 * anything and says to run {@code ./hazwatch demo}. The demo module announces itself with {@value #INSTALLED}.
 */
public class ModeCheck implements EnvironmentPostProcessor, Ordered {

    /** Set to {@code true} by the demo module when it is on the class path. */
    public static final String INSTALLED = "hazwatch.demo.installed";

    static final String REFUSAL = "此程序包不含演示，请用 ./hazwatch demo 启动演示 / "
            + "hazwatch.mode=demo needs the demo module, which this jar does not carry: start the demo with ./hazwatch demo";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if ("demo".equalsIgnoreCase(environment.getProperty("hazwatch.mode"))
                && !environment.getProperty(INSTALLED, Boolean.class, false)) {
            throw new IllegalStateException(REFUSAL);
        }
    }

    @Override
    public int getOrder() {
        // after the configuration files, so hazwatch.mode from them counts, and after the demo module announced itself
        return Ordered.LOWEST_PRECEDENCE;
    }
}
