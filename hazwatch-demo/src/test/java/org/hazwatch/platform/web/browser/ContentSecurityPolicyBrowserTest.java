package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * The console's Content-Security-Policy (security, issue 19: no inline script) in a real browser: the pages the
 * demo users open raise no violation, while an inline script put into a page is refused — so the check would see one.
 */
@BrowserTest
class ContentSecurityPolicyBrowserTest {

    static final String HUANGCHENG = CommitmentPageBrowserTest.HUANGCHENG;
    static final String TE = EnterpriseLiveBrowserTest.TE;

    @Test
    void theConsolesPagesRaiseNoViolationAndAnInlineScriptIsRefused(Browser browser) throws Exception {
        ((ChromiumDriver) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__csp = []; document.addEventListener('securitypolicyviolation', "
                        + "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"));
        List<String> violations = new ArrayList<>();
        browser.logIn("jincheng");
        for (String page : List.of("/", "/screen", "/warnings", "/health", "/duties")) {
            violations.addAll(violationsOn(browser, page));
        }
        browser.logIn("te");
        for (String page : List.of("/console", "/enterprises/" + TE, "/account/password")) {
            violations.addAll(violationsOn(browser, page));
        }
        violations.addAll(violationsOn(browser, "/public/enterprises/" + HUANGCHENG + "/commitment"));
        assertThat(violations).isEmpty();

        browser.script("var s = document.createElement('script'); s.textContent = 'window.__inline = 1;';"
                + "document.body.appendChild(s);");
        Thread.sleep(300);
        assertThat(browser.script("return window.__inline === undefined")).isEqualTo(true);
        assertThat(browser.script("return window.__csp.join(',')").toString()).contains("script-src");
    }

    @SuppressWarnings("unchecked")
    private static List<String> violationsOn(Browser browser, String page) throws InterruptedException {
        browser.open(page);
        browser.until(d -> "complete".equals(browser.script("return document.readyState")));
        Thread.sleep(Duration.ofMillis(1500).toMillis());
        List<Object> found = (List<Object>) browser.script("return window.__csp || []");
        return found.stream().map(v -> page + ": " + v).toList();
    }
}
