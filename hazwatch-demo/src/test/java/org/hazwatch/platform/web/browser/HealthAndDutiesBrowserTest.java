package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The alarm-system health page and the commitment board in Chromium, with the menu of the frame. */
@BrowserTest
class HealthAndDutiesBrowserTest {

    @Test
    void aCityRegulatorOpensAlarmSystemHealthFromTheMenu(Browser browser) {
        browser.logIn("jincheng");
        browser.waitFor(By.linkText("报警系统健康")).click();
        assertThat(browser.waitFor(By.id("health-scope")).getText()).isEqualTo("晋城市");
        assertThat(browser.findAll(By.cssSelector("#health-enterprises tbody tr"))).hasSize(12);
    }

    @Test
    void aCountyRegulatorPicksADayOnTheCommitmentBoard(Browser browser) {
        browser.logIn("gaoping").open("/duties");
        browser.script("document.getElementById('day').value = '2026-01-05';");
        browser.driver().findElement(By.cssSelector("form.toolbar button")).click();
        browser.until(d -> d.getCurrentUrl().contains("day=2026-01-05"));
        assertThat(browser.findAll(By.cssSelector("#duty-board tbody tr[data-status='MISSING']"))).hasSize(3);
    }
}
