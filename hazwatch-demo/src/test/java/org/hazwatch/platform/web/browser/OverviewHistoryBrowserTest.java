package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.TestPropertySource;

/**
 * The overview's 14-day charts on the demo as it first starts, with its history (people, issue 16). In the context
 * of DemoInboxTest (the same properties).
 */
@BrowserTest
@TestPropertySource(properties = {"hazwatch.demo.telemetry=true", "hazwatch.demo.inbox=true",
        "hazwatch.demo.history=true"})
class OverviewHistoryBrowserTest {

    @Test
    @SuppressWarnings("unchecked")
    void theCountysFourteenDayChartsHaveAlarmsAndAnOnlineRateOnEveryPastDay(Browser browser) {
        browser.logIn("zezhou");
        browser.waitFor(By.cssSelector("#trend-alarms canvas"));
        browser.waitFor(By.cssSelector("#map[data-ready='true']"));
        List<Object> alarms = (List<Object>) browser.script("""
                var d = JSON.parse(document.getElementById('trend-data').textContent);
                return d.days.slice(0, d.days.length - 1).map(function (x, i) {
                  return d.high[i] + d.medium[i] + d.low[i]; });""");
        List<Object> online = (List<Object>) browser.script("""
                var d = JSON.parse(document.getElementById('trend-data').textContent);
                return d.online.slice(0, d.online.length - 1);""");
        assertThat(alarms).as("alarms on each of the 13 past days").hasSize(13)
                .allSatisfy(n -> assertThat(((Number) n).intValue()).isGreaterThan(0));
        assertThat(online).as("the online rate (%) of each of the 13 past days").hasSize(13)
                .allSatisfy(n -> assertThat(((Number) n).doubleValue()).isGreaterThan(50));
        EnterpriseLiveBrowserTest.showWholePage(browser);
        browser.waitFor(By.cssSelector("#trend-online canvas"));
    }
}
