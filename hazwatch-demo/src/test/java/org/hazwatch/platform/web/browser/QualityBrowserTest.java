package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

/**
 * 数据质量 in Chromium over the demo's week of history: the city's ranking agrees with its grade distribution, the
 * trend has the seeded days, and the drill-down shows the enterprise whose point never connected with that reason.
 * In the context of OverviewHistoryBrowserTest (the same properties).
 */
@BrowserTest
@TestPropertySource(properties = {"hazwatch.demo.telemetry=true", "hazwatch.demo.inbox=true",
        "hazwatch.demo.history=true"})
class QualityBrowserTest {

    static final String NEVER_CONNECTED_PROFILE = "14052200003";

    @Test
    void theCityRanksItsEnterprisesAndDrillsDownToTheWorstPoints(Browser browser) {
        browser.logIn("jincheng");
        browser.waitFor(By.linkText("数据质量")).click();
        assertThat(browser.waitFor(By.id("quality-scope")).getText()).isEqualTo("晋城市");

        List<WebElement> ranking = browser.findAll(By.cssSelector("#quality-ranking tbody tr"));
        assertThat(ranking).hasSizeGreaterThanOrEqualTo(10);
        int graded = browser.findAll(By.cssSelector("#quality-grades text.count")).stream()
                .mapToInt(t -> Integer.parseInt(t.getText())).sum();
        assertThat(graded).isEqualTo(ranking.size());
        List<Double> scores = ranking.stream()
                .map(r -> Double.parseDouble(r.findElement(By.cssSelector("td.score")).getText())).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(browser.findAll(By.cssSelector("#quality-trend circle"))).hasSize(7);

        browser.waitFor(By.cssSelector("#quality-ranking tr[data-code='" + NEVER_CONNECTED_PROFILE + "'] a")).click();
        browser.until(d -> d.getCurrentUrl().contains("/quality/enterprises/" + NEVER_CONNECTED_PROFILE));
        WebElement worst = browser.waitFor(By.cssSelector("#quality-points tbody tr"));
        assertThat(worst.getAttribute("data-reasons")).isEqualTo("NEVER_CONNECTED");
        assertThat(worst.findElement(By.cssSelector("td.reasons")).getText()).isEqualTo("从未接入");
        assertThat(browser.waitFor(By.cssSelector("#e-access b")).getText()).isNotEqualTo("100.0%");
    }
}
