package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signed-in web sessions of the demo logins (or a test's own) for MockMvc page tests. */
final class WebSessions {

    static final String PASSWORD = "Demo@2026";

    private WebSessions() {
    }

    static MockHttpSession login(MockMvc mockMvc, String username) throws Exception {
        return login(mockMvc, username, PASSWORD);
    }

    static MockHttpSession login(MockMvc mockMvc, String username, String password) throws Exception {
        MockHttpSession session = (MockHttpSession) mockMvc.perform(formLogin().user(username).password(password))
                .andReturn().getRequest().getSession(false);
        assertThat(session).as("session of %s", username).isNotNull();
        return session;
    }

    static MockHttpServletResponse get200(MockMvc mockMvc, MockHttpSession session, String uri) throws Exception {
        MockHttpServletResponse response = mockMvc.perform(get(uri).session(session)).andReturn().getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        assertThat(response.getStatus()).as("GET %s", uri).isEqualTo(200);
        return response;
    }

    static String page(MockMvc mockMvc, MockHttpSession session, String uri) throws Exception {
        return get200(mockMvc, session, uri).getContentAsString();
    }

    static int status(MockMvc mockMvc, MockHttpSession session, String uri) throws Exception {
        return mockMvc.perform(get(uri).session(session)).andReturn().getResponse().getStatus();
    }
}
