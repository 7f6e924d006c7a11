package org.hazwatch.platform.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.org.OrgRequests.basic;
import static org.hazwatch.platform.org.OrgRequests.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.hazwatch.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * 等保 2.0 (issue 19): a password nobody chose is changed at the first login; a new password meets the policy and
 * repeats none of the last five; the old Basic credentials stop working at once (the Basic check cache).
 */
@PlatformTest
class PasswordChangeTest {

    static final String FIRST = "Reset#2026a";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordChanges changes;

    @Test
    void aResetPasswordHoldsTheConsoleAndTheApiUntilChanged() throws Exception {
        MockMvcTester mvc = MockMvcTester.create(mockMvc);
        accounts.createIfAbsent("forced-user", "测试 forced", FIRST, Role.REGULATOR, "140525");
        changes.requireChange("forced-user");

        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", basic("forced-user", FIRST))
                .with(from("10.9.5.1"))).hasStatus(HttpStatus.FORBIDDEN).bodyText().contains("/api/v1/account/password");
        MvcTestResult login = mvc.post().uri("/login").param("username", "forced-user").param("password", FIRST)
                .with(csrf()).with(from("10.9.5.2")).exchange();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
        assertThat(mvc.get().uri("/").session(session)).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().endsWith("/account/password");
        assertThat(mvc.get().uri("/account/password").session(session)).hasStatusOk().bodyText()
                .contains("password-forced");

        assertThat(mvc.post().uri("/account/password").session(session).with(csrf())
                .param("currentPassword", FIRST).param("newPassword", "Changed#2026b")
                .param("confirmPassword", "Changed#2026b")).hasStatus(HttpStatus.FOUND).redirectedUrl()
                .startsWith("/");
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", basic("forced-user", "Changed#2026b"))
                .with(from("10.9.5.3"))).hasStatusOk();
    }

    @Test
    void aNewPasswordMeetsThePolicyAndRepeatsNoneOfTheLastFive() {
        MockMvcTester mvc = MockMvcTester.create(mockMvc);
        accounts.createIfAbsent("history-user", "测试 history", "History#0", Role.REGULATOR, "140525");
        String current = "History#0";
        for (int i = 1; i <= 5; i++) {
            assertThat(change(mvc, "history-user", current, "History#" + i)).hasStatus(HttpStatus.NO_CONTENT);
            current = "History#" + i;
        }
        // History#1..#5 and the current: refused; History#0 is the sixth back: allowed again
        assertThat(change(mvc, "history-user", current, "History#2")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText().contains("last 5 passwords");
        assertThat(change(mvc, "history-user", current, "weakpassword")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText().contains("at least 3 of");
        assertThat(change(mvc, "history-user", current, "History#0")).hasStatus(HttpStatus.NO_CONTENT);
        // the Basic credentials checked a moment ago are not remembered past the change
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", basic("history-user", "History#5"))
                .with(from("10.9.6.9"))).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    private static MvcTestResult change(MockMvcTester mvc, String user, String current, String replacement) {
        return mvc.post().uri("/api/v1/account/password").header("Authorization", basic(user, current))
                .with(from("10.9.6." + replacement.length())).contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + replacement + "\"}")
                .exchange();
    }
}
