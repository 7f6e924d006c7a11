package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.hazwatch.platform.org.Accounts;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.web.GasDetectorPlant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A combustible-gas detector imported without limits on the test's own enterprise: a reading of 30 %LEL posted over
 * the contract raises a high alarm, and the enterprise page and the duty console show the point as 高报 with the
 * 25/50 %LEL lines the alarm engine applies drawn on its trend.
 */
@BrowserTest
class DefaultGasLimitsBrowserTest {

    static final String ENTERPRISE = "14083000462";
    static final String MARK_LINES = """
            var chart = window.echarts.getInstanceByDom(document.getElementById('trend-chart'));
            var series = chart && chart.getOption().series;
            return series && series.length ? series[0].markLine.data.map(function (m) { return m.name + ' ' + m.yAxis; })
                .join(', ') : null;""";

    @Autowired
    MockMvc mockMvc;
    @Autowired
    Registry registry;
    @Autowired
    Accounts accounts;

    @Test
    void aGasDetectorWithoutRegisteredLimitsIsHighAt30LelOnThePageAndTheConsoleWithLinesAt25And50(Browser browser)
            throws Exception {
        GasDetectorPlant plant = GasDetectorPlant.importInto(mockMvc, accounts, ENTERPRISE);
        GatewayPost.readings(browser.baseUrl(), registry, ENTERPRISE, plant.gateway(),
                GatewayPost.reading(plant.detector(), Instant.now(), 30.0));
        browser.logIn(plant.operator(), GasDetectorPlant.PASSWORD);

        for (String path : List.of("/enterprises/" + ENTERPRISE, "/console")) {
            browser.open(path);
            WebElement alarm = browser.waitFor(By.cssSelector(
                    "#alarms tr[data-alarm][data-point='" + plant.detector() + "']"));
            assertThat(alarm.getDomAttribute("data-severity")).as(path).isEqualTo("H");
            WebElement point = browser.waitFor(By.cssSelector(
                    "#point-table tr[data-point='" + plant.detector() + "']"));
            assertThat(point.getDomAttribute("data-band")).as(path).isEqualTo("H");
            assertThat(point.findElement(By.cssSelector(".state")).getText()).as(path).isEqualTo("高报");

            point.findElement(By.cssSelector("[data-trend]")).click();
            browser.waitForVisible(By.cssSelector("#trend-chart canvas"));
            Object limitLines = browser.until(d -> browser.script(MARK_LINES));
            assertThat(limitLines).as(path).isEqualTo("H 25, HH 50");
        }
        EnterpriseLiveBrowserTest.showWholePage(browser);
    }
}
