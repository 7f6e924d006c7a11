package org.hazwatch.platform.org;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.hazwatch.platform.support.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bearer tokens for API clients: exchange a user name and password for a token, and revoke it. A failed
 * exchange is a failed login: counted by the throttle, answered 401 (429 while throttled).
 */
@RestController
@RequestMapping("/api/v1/auth/token")
class TokenController {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final AuditLog audit;

    TokenController(AuthenticationManager authentication, ApiTokens tokens, AuditLog audit) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.audit = audit;
    }

    @PostMapping
    @Transactional
    ApiTokens.Issued issue(@RequestBody Credentials credentials, HttpServletRequest request) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                credentials.username(), credentials.password());
        attempt.setDetails(new LoginDetails(LoginDetails.Method.TOKEN, request.getRemoteAddr()));
        Actor actor = ((AccountPrincipal) authentication.authenticate(attempt).getPrincipal()).actor();
        ApiTokens.Issued issued = tokens.issue(actor.username());
        audit.record(actor, "token.issue", "account", actor.username(), actor.jurisdictionPath(),
                Map.of("expiresAt", issued.expiresAt().toString()));
        return issued;
    }

    /** Revokes the bearer token this request carries. */
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void revoke(Actor actor, HttpServletRequest request) {
        String token = BearerTokenFilter.tokenOf(request)
                .orElseThrow(() -> InvalidInputException.of("Authorization", "send the bearer token to revoke"));
        tokens.revoke(token);
        audit.record(actor, "token.revoke", "account", actor.username(), actor.jurisdictionPath(), Map.of());
    }

    record Credentials(String username, String password) {
    }
}
