package org.hazwatch.platform.org;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API requests carrying {@code Authorization: Bearer <token>}; a dead token is answered 401. */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ApiTokens tokens;
    private final AccountDetailsService accounts;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(ApiTokens tokens, AccountDetailsService accounts, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.entryPoint = entryPoint;
    }

    /** The bearer token of a request, if it carries one. */
    static Optional<String> tokenOf(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                ? Optional.of(header.substring(PREFIX.length()).strip()) : Optional.empty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = tokenOf(request);
        if (token.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountPrincipal> principal = tokens.holder(token.get()).flatMap(accounts::principal)
                .filter(AccountPrincipal::enabled).map(AccountPrincipal::withoutPassword);
        if (principal.isEmpty()) {
            contexts.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("unknown, expired or revoked token"));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                principal.get().getAuthorities()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
