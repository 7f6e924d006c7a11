package org.hazwatch.platform.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.Context;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestJurisdictions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** 等保 2.0 basics of the console (issue 19): security headers and the idle timeout of a session. */
@PlatformTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mockMvc;

    @Test
    void pagesCarryAPolicyWithoutInlineScriptAndMayNotBeFramed() {
        MvcTestResult login = MockMvcTester.create(mockMvc).get().uri("/login").exchange();
        assertThat(login).hasStatusOk().containsHeader("Content-Security-Policy");
        String policy = login.getResponse().getHeader("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(policy.substring(policy.indexOf("script-src"))).startsWith("script-src 'self';");
        assertThat(login.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    @Test
    void theLargeScreenMayBeFramedByItsOwnOriginOnly() {
        MvcTestResult screen = MockMvcTester.create(mockMvc).get().uri("/screen")
                .with(TestJurisdictions.admin()).exchange();
        assertThat(screen.getResponse().getHeader("Content-Security-Policy")).endsWith("frame-ancestors 'self'");
        assertThat(screen.getResponse().getHeader("X-Frame-Options")).isNull();
    }

    @Test
    void aConsoleSessionEndsAfterThirtyIdleMinutes(@Autowired WebServerApplicationContext context) {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Context web = (Context) server.getTomcat().getHost().findChildren()[0];
        assertThat(web.getSessionTimeout()).isEqualTo(30);
    }
}
