package org.hazwatch.platform.org;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.ObjectMapper;

/**
 * Security failures of the API as JSON problem details, never a redirect: 401 without valid credentials, 429 while
 * logins are throttled, 403 for a role that may not do this.
 */
class ApiErrorWriter implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;
    private final long lockoutSeconds;

    ApiErrorWriter(ObjectMapper json, SecuritySettings settings) {
        this.json = json;
        this.lockoutSeconds = settings.lockout().toSeconds();
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException) {
            response.setHeader("Retry-After", Long.toString(lockoutSeconds));
            write(response, HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"hazwatch\", Bearer realm=\"hazwatch\"");
        write(response, HttpStatus.UNAUTHORIZED, "valid credentials are required (HTTP Basic or a bearer token)");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, e.getMessage());
    }

    private void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), Map.of("status", status.value(),
                "title", status.getReasonPhrase(), "detail", detail, "errors", List.of()));
    }
}
