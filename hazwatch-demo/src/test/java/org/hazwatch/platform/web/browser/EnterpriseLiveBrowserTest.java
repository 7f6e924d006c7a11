package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.hazwatch.platform.registry.Registry;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The enterprise page open in Chromium while a gateway posts a reading beyond HH: the alarm comes to the page. */
@BrowserTest
class EnterpriseLiveBrowserTest {

    static final String TE = "14052500099";
    static final String TE_GATEWAY = "1405250009901";
    /** 反应器压力, kPa, H 2895, HH 3000, range 0–3500; a pressure alarm waits 15 s (ISA-18.2 on-delay). */
    static final String REACTOR_PRESSURE = "14052500099001S0001YL001";

    @Autowired
    Registry registry;

    @Test
    void aReadingBeyondHighHighPostedOverTheContractAppearsOnTheOpenPageWithoutReloading(Browser browser)
            throws Exception {
        browser.logIn("te").open("/enterprises/" + TE);
        browser.waitFor(By.cssSelector("main[data-live-ready='true']"));
        browser.script("window.openedOnce = true;");
        By alarmRow = By.cssSelector("#alarms tr[data-alarm][data-point='" + REACTOR_PRESSURE + "']");
        assertThat(browser.findAll(alarmRow)).isEmpty();

        Instant now = Instant.now();
        GatewayPost.readings(browser.baseUrl(), registry, TE, TE_GATEWAY,
                GatewayPost.reading(REACTOR_PRESSURE, now.minusSeconds(20), 3210.0),
                GatewayPost.reading(REACTOR_PRESSURE, now, 3215.5));

        WebElement alarm = browser.waitFor(alarmRow);
        assertThat(alarm.getText()).contains("反应器压力", "高高报", "未确认");
        WebElement point = browser.driver().findElement(By.cssSelector(
                "#point-table tr[data-point='" + REACTOR_PRESSURE + "']"));
        browser.until(d -> "HH".equals(point.getDomAttribute("data-band")));
        assertThat(point.findElement(By.cssSelector(".value")).getText()).isEqualTo("3,215.50");
        assertThat(point.findElement(By.cssSelector(".state")).getText()).isEqualTo("高高报");
        assertThat(browser.script("return window.openedOnce === true;")).as("the page was not reloaded")
                .isEqualTo(true);

        point.findElement(By.cssSelector("[data-trend]")).click();
        browser.waitForVisible(By.cssSelector("#trend-chart canvas"));
        assertThat(browser.waitFor(By.id("trend-name")).getText()).contains("反应器压力");
        browser.until(d -> d.findElement(By.id("trend-source")).getText().contains("原始值"));
        showWholePage(browser);
    }

    /** Makes the window as tall as the page, so the screenshot after the test shows all of it. */
    static void showWholePage(Browser browser) {
        Number height = (Number) browser.script("return document.documentElement.scrollHeight;");
        browser.driver().manage().window().setSize(new Dimension(1440, Math.min(4000, height.intValue() + 40)));
    }
}
