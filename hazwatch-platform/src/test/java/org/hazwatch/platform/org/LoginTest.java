package org.hazwatch.platform.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.org.OrgRequests.basic;
import static org.hazwatch.platform.org.OrgRequests.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import org.hazwatch.platform.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PlatformTest
class LoginTest {

    static final String PASSWORD = "correct-horse-1";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    MockMvcTester mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcTester.create(mockMvc);
        for (String name : new String[] {"form-user", "basic-user", "token-user", "wrong-user", "locked-user",
                "locked-form", "locked-token"}) {
            accounts.createIfAbsent(name, "测试 " + name, PASSWORD, Role.REGULATOR, "140525");
        }
    }

    @Test
    void logsInByFormAndRedirectsHome() {
        assertThat(mvc.post().uri("/login").param("username", "form-user").param("password", PASSWORD)
                .with(csrf()).with(from("10.0.1.1")))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
        assertThat(auditCount("login", "form-user")).isPositive();
    }

    @Test
    void sendsAWrongFormPasswordBackToTheLoginPage() {
        assertThat(mvc.post().uri("/login").param("username", "form-user").param("password", "nope")
                .with(csrf()).with(from("10.0.1.2")))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?error");
    }

    @Test
    void refusesAFormLoginWithoutCsrfToken() {
        assertThat(mvc.post().uri("/login").param("username", "form-user").param("password", PASSWORD)
                .with(from("10.0.1.3"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void showsTheChineseLoginPageAndSendsAnonymousWebVisitorsThere() {
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("登录", "_csrf");
        assertThat(mvc.get().uri("/")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
    }

    @Test
    void answersAuthenticatedApiRequestsByBasic() {
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", basic("basic-user", PASSWORD))
                .with(from("10.0.1.4")))
                .hasStatusOk().bodyJson().extractingPath("$.jurisdictionName").isEqualTo("泽州县");
    }

    @Test
    void answersAWrongBasicPasswordWithJson401() {
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", basic("wrong-user", "wrong"))
                .with(from("10.0.1.5")))
                .hasStatus(HttpStatus.UNAUTHORIZED).hasContentTypeCompatibleWith("application/problem+json");
        assertThat(auditCount("login.failure", "wrong-user")).isPositive();
    }

    @Test
    void answersApiRequestsWithoutCredentialsWith401NotARedirect() {
        assertThat(mvc.get().uri("/api/v1/me").with(from("10.0.1.6")))
                .hasStatus(HttpStatus.UNAUTHORIZED).bodyJson().extractingPath("$.status").isEqualTo(401);
    }

    @Test
    void issuesUsesAndRevokesABearerToken() throws Exception {
        MvcTestResult issued = mvc.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"token-user\",\"password\":\"" + PASSWORD + "\"}").with(from("10.0.1.7"))
                .exchange();
        assertThat(issued).hasStatusOk().bodyJson().extractingPath("$.expiresAt").isNotNull();
        String token = JsonPath.read(issued.getResponse().getContentAsString(), "$.token");
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_sha256 = :h")
                .param("h", ApiTokens.sha256(token)).query(Integer.class).single()).isEqualTo(1);

        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token))
                .hasStatusOk().bodyJson().extractingPath("$.username").isEqualTo("token-user");
        assertThat(mvc.delete().uri("/api/v1/auth/token").header("Authorization", "Bearer " + token))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(auditCount("token.issue", "token-user")).isEqualTo(1);
        assertThat(auditCount("token.revoke", "token-user")).isEqualTo(1);
    }

    @Test
    void forgetsTokensADayAfterTheyExpired(@Autowired ApiTokens tokens) {
        jdbc.sql("""
                INSERT INTO api_token (token_sha256, username, issued_at, expires_at)
                VALUES (:h, 'token-user', now() - interval '3 days', now() - interval '2 days')
                """).param("h", ApiTokens.sha256("long-expired")).update();
        assertThat(tokens.purgeExpired()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_sha256 = :h")
                .param("h", ApiTokens.sha256("long-expired")).query(Integer.class).single()).isZero();
    }

    @Test
    void refusesATokenForAWrongPassword() {
        assertThat(mvc.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"token-user\",\"password\":\"wrong\"}").with(from("10.0.1.8")))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void refusesEvenTheRightBasicPasswordAfterFiveFailuresWith429() {
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.get().uri("/api/v1/me").header("Authorization", basic("locked-user", "guess" + i))
                    .with(from("10.0.2." + i))).hasStatus(HttpStatus.UNAUTHORIZED);
        }
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", basic("locked-user", PASSWORD))
                .with(from("10.0.2.9"))).hasStatus(HttpStatus.TOO_MANY_REQUESTS).containsHeader("Retry-After");
        assertThat(auditCount("login.locked", "locked-user")).isEqualTo(1);
    }

    @Test
    void throttlesFormAndTokenLoginsFromOneAddress() {
        for (int i = 0; i < 5; i++) {
            mvc.post().uri("/login").param("username", "locked-form").param("password", "guess")
                    .with(csrf()).with(from("10.0.3.1")).exchange();
        }
        assertThat(mvc.post().uri("/login").param("username", "form-user").param("password", PASSWORD)
                .with(csrf()).with(from("10.0.3.1")))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?locked");
        assertThat(mvc.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"locked-token\",\"password\":\"" + PASSWORD + "\"}").with(from("10.0.3.1")))
                .hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(mvc.get().uri("/login?locked")).bodyText().contains("15 分钟");
    }

    @Test
    void bootstrapsThePlatformAdminWithTheConfiguredPassword() {
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", basic("admin", "admin-test-password"))
                .with(from("10.0.1.9")))
                .hasStatusOk().bodyJson().extractingPath("$.role").isEqualTo("PLATFORM_ADMIN");
    }

    @Test
    void leavesHealthOpen() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
    }

    private int auditCount(String action, String username) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = :a AND username = :u")
                .param("a", action).param("u", username).query(Integer.class).single();
    }
}
