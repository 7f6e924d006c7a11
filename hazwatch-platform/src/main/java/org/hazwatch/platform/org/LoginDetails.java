package org.hazwatch.platform.org;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;

/** How and from where someone tries to log in; the throttle and the audit log need both. */
record LoginDetails(Method method, String remoteAddr) {

    enum Method { FORM, BASIC, TOKEN }

    static AuthenticationDetailsSource<HttpServletRequest, LoginDetails> source(Method method) {
        return request -> new LoginDetails(method, request.getRemoteAddr());
    }
}
