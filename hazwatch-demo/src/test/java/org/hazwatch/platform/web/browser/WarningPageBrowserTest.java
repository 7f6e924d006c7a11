package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.platform.web.WarningEvents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The duty operator of the TE plant has the console open when a red warning comes: it appears there, waiting for
 * sign-for; the operator signs for it and feeds back the handling on the warning's page.
 */
@BrowserTest
class WarningPageBrowserTest {

    static final String TE = "14052500099";
    static final String TE_PATH = "140000/140500/140525/";

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theDutyOperatorSignsForAWarningAndFeedsBackItsHandling(Browser browser) {
        browser.logIn("te").open("/console");
        browser.waitFor(By.cssSelector("main[data-live-ready='true']"));
        browser.script("window.openedOnce = true;");

        UUID id = new WarningEvents(events, transaction).raise(TE, TE + "001", TE_PATH, WarningLevel.RED,
                "反应器压力 S0001YL001 高高报 3,215.5 kPa");
        By awaiting = By.cssSelector("#awaiting li[data-warning='" + id + "']");
        assertThat(browser.waitFor(awaiting).getText()).contains("红色预警", "去签收");
        assertThat(browser.script("return window.openedOnce === true;")).as("came without reload").isEqualTo(true);

        browser.driver().findElement(awaiting).findElement(By.linkText("去签收")).click();
        browser.waitFor(By.id("sign-for-submit")).click();
        browser.until(d -> d.findElement(By.id("handling-state")).getText().equals("已签收，处置中"));
        browser.until(d -> d.findElement(By.cssSelector(".head-links .countdown")).getText().startsWith("剩余"));
        assertThat(browser.driver().findElement(By.id("timeline")).getText()).contains("签收");

        new Select(browser.waitFor(By.name("cause"))).selectByValue("PROCESS_FLUCTUATION");
        browser.driver().findElement(By.name("measures")).sendKeys("降低反应器进料，压力回落至 2,750 kPa");
        browser.driver().findElement(By.name("text")).sendKeys("已安排仪表复核");
        browser.driver().findElement(By.id("feedback-submit")).click();

        browser.until(d -> d.findElement(By.id("handling-state")).getText().equals("已反馈，待核查"));
        assertThat(browser.driver().findElement(By.id("timeline")).getText())
                .contains("降低反应器进料，压力回落至 2,750 kPa", "工艺波动");
        assertThat(browser.findAll(By.id("feedback"))).isEmpty();
    }
}
