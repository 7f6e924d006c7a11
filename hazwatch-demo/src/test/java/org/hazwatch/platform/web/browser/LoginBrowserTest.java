package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The login form in a real browser, and the frame that shows who is signed in. */
@BrowserTest
class LoginBrowserTest {

    @Test
    void aCountyRegulatorLogsInAndTheFrameShowsTheCounty(Browser browser) {
        browser.logIn("zezhou");
        assertThat(browser.waitFor(By.id("who-place")).getText()).isEqualTo("泽州县");
        assertThat(browser.driver().findElement(By.id("who-role")).getText()).isEqualTo("监管人员");
    }

    @Test
    void aWrongPasswordStaysOnTheLoginPageWithAMessage(Browser browser) {
        browser.open("/login");
        browser.driver().findElement(By.id("username")).sendKeys("nobody");
        browser.driver().findElement(By.id("password")).sendKeys("wrong");
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        assertThat(browser.waitFor(By.cssSelector(".msg.error")).getText()).contains("用户名或密码错误");
    }
}
