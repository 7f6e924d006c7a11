package org.hazwatch.platform.org;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Request helpers for the org tests. */
final class OrgRequests {

    private OrgRequests() {
    }

    /** From a given client address: the login throttle counts per address, so each test keeps its own. */
    static RequestPostProcessor from(String remoteAddr) {
        return request -> {
            request.setRemoteAddr(remoteAddr);
            return request;
        };
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
