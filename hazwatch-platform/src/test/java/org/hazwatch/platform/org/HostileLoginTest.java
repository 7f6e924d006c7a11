package org.hazwatch.platform.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.org.OrgRequests.basic;
import static org.hazwatch.platform.org.OrgRequests.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import org.hazwatch.platform.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The probe's hostile user names (issue 19): longer than the column, holding NUL or other control characters, or
 * CR/LF to forge a log line. Each is an ordinary failed login, audited under a cleaned, shortened name.
 */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class HostileLoginTest {

    static final String LONG = "a".repeat(65) + "-hostile-long";
    static final String NUL = "nul\u0000hostile";
    static final String FORGED = "crlf-hostile\r\n2026-12-05T21:00:00.000Z  INFO 1 --- [main] o.h.p.org.Forged : login: user admin";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    JdbcClient jdbc;

    MockMvcTester mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcTester.create(mockMvc);
    }

    @Test
    void answersHostileNamesAtTheLoginFormAsAFailedLogin() {
        int i = 0;
        for (String name : List.of(LONG, NUL, FORGED)) {
            assertThat(mvc.post().uri("/login").param("username", name).param("password", "x")
                    .with(csrf()).with(from("10.9.1." + i++)))
                    .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?error");
        }
        assertAuditedCleanly();
    }

    @Test
    void answersHostileNamesByBasicWith401() {
        int i = 0;
        for (String name : List.of(LONG + "b", NUL + "b", FORGED + "b")) {
            assertThat(mvc.get().uri("/api/v1/me").header("Authorization", basic(name, "x"))
                    .with(from("10.9.2." + i++)))
                    .hasStatus(HttpStatus.UNAUTHORIZED).hasContentTypeCompatibleWith("application/problem+json");
        }
    }

    @Test
    void answersHostileNamesAtTheTokenEndpointWith401() {
        int i = 0;
        for (String name : List.of(LONG + "t", "nul\\u0000hostile-t", "crlf-hostile-t\\r\\nforged")) {
            assertThat(mvc.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"username\":\"" + name + "\",\"password\":\"x\"}").with(from("10.9.3." + i++)))
                    .hasStatus(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void writesNoForgedLineIntoTheLog(CapturedOutput output) {
        mvc.post().uri("/login").param("username", FORGED + "-log").param("password", "x")
                .with(csrf()).with(from("10.9.4.1")).exchange();
        assertThat(output.getAll()).contains("crlf-hostile")
                .doesNotContain("\n2026-12-05T21:00:00.000Z  INFO 1 --- [main] o.h.p.org.Forged");
    }

    private void assertAuditedCleanly() {
        List<String> names = jdbc.sql("""
                SELECT username FROM audit_log WHERE action = 'login.failure'
                AND (username LIKE 'aaaaaaaaaa%' OR username LIKE 'nul%hostile%' OR username LIKE 'crlf-hostile%')
                """).query(String.class).list();
        assertThat(names).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(n -> assertThat(n).hasSizeLessThanOrEqualTo(64).doesNotContainPattern("\\p{Cntrl}"));
    }
}
