package org.hazwatch.platform.telemetry;

import org.springframework.context.ApplicationContext;

/** Lets tests of other features run the rollup job now rather than wait for its schedule. */
public final class RollupsForTests {

    private RollupsForTests() {
    }

    public static void rollUp(ApplicationContext context) {
        context.getBean(Rollups.class).rollUp();
    }
}
