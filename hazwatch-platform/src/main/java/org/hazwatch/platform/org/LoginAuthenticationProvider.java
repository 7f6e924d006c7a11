package org.hazwatch.platform.org;

import java.util.Map;
import java.util.Optional;
import org.hazwatch.platform.support.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
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
    private static final int MAX_NAME = 64;

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AccountDetailsService details;
    private final AuditLog audit;

    private BasicCredentialCache basicChecks;

    LoginAuthenticationProvider(AccountDetailsService details, PasswordEncoder encoder, LoginThrottle throttle,
                                AuditLog audit, BasicCredentialCache basicChecks) {
        this(details, encoder, throttle, audit);
        this.basicChecks = basicChecks;
    }

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
            log.warn("login refused (throttled): user {} from {} by {}", LogSafe.of(username),
                    LogSafe.of(how.remoteAddr()), how.method());
            throw new LoginThrottledException();
        }
        try {
            if (!possibleName(username)) {
                // no account can have it: not looked up (PostgreSQL refuses NUL), a failed login like any other
                throw new BadCredentialsException("no account can have this user name");
            }
            String password = attempt.getCredentials() instanceof String p ? p : null;
            boolean basic = how.method() == LoginDetails.Method.BASIC && basicChecks != null;
            Optional<AccountPrincipal> remembered = basic ? basicChecks.accepted(username, password, details)
                    : Optional.empty();
            if (remembered.isPresent()) {
                // accepted by bcrypt lately and unchanged since: no bcrypt, no log line, as for a bearer token
                AccountPrincipal principal = remembered.get().withoutPassword();
                return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
            }
            Authentication result = passwords.authenticate(attempt);
            if (basic) {
                basicChecks.remember(username, password, ((AccountPrincipal) result.getPrincipal()).passwordHash());
            }
            throttle.succeeded(username);
            log.info("login: user {} from {} by {}", LogSafe.of(username), LogSafe.of(how.remoteAddr()),
                    how.method());
            if (how.method() == LoginDetails.Method.FORM) {
                auditFor(username, "login", how);
            }
            AccountPrincipal principal = ((AccountPrincipal) result.getPrincipal()).withoutPassword();
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        } catch (AuthenticationException e) {
            boolean locks = throttle.failed(username, how.remoteAddr());
            log.warn("login failed: user {} from {} by {}: {}", LogSafe.of(username), LogSafe.of(how.remoteAddr()),
                    how.method(), LogSafe.of(e.getMessage()));
            auditFor(username, "login.failure", how);
            if (locks) {
                auditFor(username, "login.locked", how);
            }
            throw e;
        }
    }

    private void auditFor(String username, String action, LoginDetails how) {
        String stored = LogSafe.stored(username, MAX_NAME);
        Actor actor = (possibleName(username) ? details.principal(username) : Optional.<AccountPrincipal>empty())
                .map(AccountPrincipal::actor).orElseGet(() -> new Actor(stored, null, null, null, null));
        audit.record(actor, action, "account", stored, actor.jurisdictionPath(), actor.enterpriseCode(),
                Map.of("method", how.method().name()));
    }

    /** A name an account could have: 1 to 64 characters (the column), no control character. */
    static boolean possibleName(String username) {
        return username != null && !username.isEmpty() && username.length() <= MAX_NAME
                && username.chars().noneMatch(Character::isISOControl);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
