package org.hazwatch.platform.org;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for the user name or address: attempts are refused for a while (HTTP 429). */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("too many failed logins; try again later");
    }
}
