package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * 恒泰氯碱's admin files a maintenance shutdown (检维修报备) of one point on /filings; 泽州县's regulator finds it in the
 * inbox and acknowledges it (确认). Ends on the county's inbox (the screenshot of /filings).
 */
@BrowserTest
class FilingBrowserTest {

    @Test
    void anEnterpriseFilesAMaintenanceAndTheCountyAcknowledgesIt(Browser browser) {
        String reason = "1号液氯储罐液位计检修 " + System.nanoTime();
        browser.logIn("hengtai-admin").open("/filings");
        new Select(browser.waitFor(By.id("type"))).selectByValue("MAINTENANCE");
        browser.driver().findElement(By.cssSelector("input[name=scope][value=POINTS]")).click();
        List<WebElement> points = browser.findAll(By.cssSelector("input[name=points]"));
        assertThat(points).as("the enterprise's registered points to choose from").isNotEmpty();
        String point = points.get(0).getAttribute("value");
        points.get(0).click();
        browser.driver().findElement(By.id("reason")).sendKeys(reason);
        browser.driver().findElement(By.id("filing-submit")).click();

        assertThat(browser.waitFor(By.id("filing-filed")).getText()).contains("报备已提交");
        WebElement mine = browser.until(d -> d.findElements(By.cssSelector("#filing-list tr[data-filing]")).stream()
                .filter(r -> r.getText().contains(reason)).findFirst().orElse(null));
        String id = mine.getAttribute("data-filing");
        assertThat(mine.getAttribute("data-status")).isEqualTo("SUBMITTED");
        assertThat(mine.getText()).contains("检维修", "监测点", "已报备");

        browser.driver().manage().deleteAllCookies();
        browser.logIn("zezhou").open("/filings");
        WebElement inbox = browser.waitFor(By.cssSelector("#filing-list tr[data-filing='" + id + "']"));
        assertThat(inbox.getText()).contains("恒泰", reason, "已报备");
        inbox.findElement(By.cssSelector("button[name=acknowledge]")).click();

        assertThat(browser.waitFor(By.id("filing-done")).getText()).contains("已确认报备");
        WebElement answered = browser.waitFor(By.cssSelector("#filing-list tr[data-filing='" + id + "']"));
        assertThat(answered.getAttribute("data-status")).isEqualTo("ACKNOWLEDGED");
        assertThat(answered.getText()).contains("已确认", "zezhou");
        assertThat(answered.findElements(By.cssSelector("button[name=acknowledge]"))).isEmpty();

        browser.open("/filings/" + id);
        assertThat(browser.waitFor(By.id("filing")).getText()).contains(point, reason);
        browser.open("/filings");
        browser.waitFor(By.id("filing-list"));
    }
}
