package org.hazwatch.platform.org;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password logins of all three kinds (form, HTTP Basic, token request): refused while the user name or address
 * is throttled, counted when they fail, logged, and audited. Successful Basic logins are not audited: Basic
 * authenticates every API request anew, and an entry per request would bury the log.
 */
class LoginAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(LoginAuthenticationProvider.class);

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AccountDetailsService details;
    private final AuditLog audit;

    LoginAuthenticationProvider(AccountDetailsService details, PasswordEncoder encoder, LoginThrottle throttle,
                                AuditLog audit) {
        this.passwords = new DaoAuthenticationProvider(details);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.details = details;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        LoginDetails how = attempt.getDetails() instanceof LoginDetails d ? d
                : new LoginDetails(LoginDetails.Method.BASIC, null);
        if (throttle.locked(username, how.remoteAddr())) {
            log.warn("login refused (throttled): user {} from {} by {}", username, how.remoteAddr(), how.method());
            throw new LoginThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(username);
            log.info("login: user {} from {} by {}", username, how.remoteAddr(), how.method());
            if (how.method() == LoginDetails.Method.FORM) {
                auditFor(username, "login", how);
            }
            AccountPrincipal principal = ((AccountPrincipal) result.getPrincipal()).withoutPassword();
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        } catch (AuthenticationException e) {
            boolean locks = throttle.failed(username, how.remoteAddr());
            log.warn("login failed: user {} from {} by {}: {}", username, how.remoteAddr(), how.method(),
                    e.getMessage());
            auditFor(username, "login.failure", how);
            if (locks) {
                auditFor(username, "login.locked", how);
            }
            throw e;
        }
    }

    private void auditFor(String username, String action, LoginDetails how) {
        Actor actor = details.principal(username).map(AccountPrincipal::actor)
                .orElseGet(() -> new Actor(username, null, null, null, null));
        audit.record(actor, action, "account", username, actor.jurisdictionPath(), actor.enterpriseCode(),
                Map.of("method", how.method().name()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
