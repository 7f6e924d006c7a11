package org.hazwatch.platform.registry;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Calls of the registry API in tests, signed in by HTTP Basic, and the documents they send. */
final class RegistryApi {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-test-password";

    private final MockMvc mvc;

    RegistryApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    ResultActions importJson(String user, String password, String document) throws Exception {
        return mvc.perform(post("/api/v1/registry/import").with(httpBasic(user, password))
                .contentType(MediaType.APPLICATION_JSON).content(document.getBytes(StandardCharsets.UTF_8)));
    }

    ResultActions importJson(String document) throws Exception {
        return importJson(ADMIN, ADMIN_PASSWORD, document);
    }

    ResultActions get(String user, String password, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .with(httpBasic(user, password)));
    }

    ResultActions get(String path) throws Exception {
        return get(ADMIN, ADMIN_PASSWORD, path);
    }
}
