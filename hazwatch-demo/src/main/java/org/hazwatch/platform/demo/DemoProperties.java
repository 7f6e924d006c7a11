package org.hazwatch.platform.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param password the password of every demo login except {@code admin} (whose password is its own) */
@ConfigurationProperties("hazwatch.demo")
record DemoProperties(@DefaultValue("Demo@2026") String password) {
}
