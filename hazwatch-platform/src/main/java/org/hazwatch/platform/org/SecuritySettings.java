package org.hazwatch.platform.org;

import java.time.Duration;
import org.hazwatch.platform.org.rules.FailedLogins;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hazwatch.security}.
 *
 * @param tokenTtl         how long a bearer token lives
 * @param maxLoginFailures failed logins of one user name or address that lock further attempts
 * @param failureWindow    the period those failures are counted in
 * @param lockout          how long further attempts are refused
 */
@ConfigurationProperties("hazwatch.security")
record SecuritySettings(@DefaultValue("12h") Duration tokenTtl, @DefaultValue("5") int maxLoginFailures,
                        @DefaultValue("15m") Duration failureWindow, @DefaultValue("15m") Duration lockout) {

    FailedLogins.Policy throttlePolicy() {
        return new FailedLogins.Policy(maxLoginFailures, failureWindow, lockout);
    }
}
