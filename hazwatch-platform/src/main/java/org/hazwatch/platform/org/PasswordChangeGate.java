package org.hazwatch.platform.org;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds an account whose password nobody chose (generated, reset) to the change of it (等保 2.0): the console sends it
 * to {@code /account/password}, the API answers 403 to everything but {@code POST /api/v1/account/password}.
 */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String PAGE = "/account/password";
    static final String API = "/api/v1/account/password";
    private static final List<String> OPEN = List.of(PAGE, API, "/logout", "/login", "/error", "/css/", "/js/",
            "/webjars/", "/favicon.ico");

    private final PasswordChanges changes;
    private final ApiErrorWriter errors;

    PasswordChangeGate(PasswordChanges changes, ApiErrorWriter errors) {
        this.changes = changes;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (who == null || !(who.getPrincipal() instanceof AccountPrincipal principal)
                || OPEN.stream().anyMatch(path::startsWith) || !changes.mustChange(principal.getUsername())) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/")) {
            errors.handle(request, response, new AccessDeniedException(
                    "the password must be changed first: POST " + API));
        } else {
            response.sendRedirect(request.getContextPath() + PAGE);
        }
    }
}
