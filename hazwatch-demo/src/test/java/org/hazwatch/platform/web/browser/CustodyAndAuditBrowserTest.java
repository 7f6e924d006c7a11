package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * /custody: 恒泰氯碱's admin records a custody check with the ten-item checklist, one item not in order, and sees it
 * beneath its schedule; /audit: 泽州县's regulator finds that check in its audit log by action. Each ends on its page
 * (the screenshots of /custody and /audit).
 */
@BrowserTest
class CustodyAndAuditBrowserTest {

    @Test
    void anEnterpriseRecordsACustodyCheckWithTheTenItemChecklist(Browser browser) {
        String finding = "消防水炮喷头堵塞 " + System.nanoTime();
        browser.logIn("hengtai-admin").open("/custody");
        assertThat(browser.waitFor(By.id("custody-duties")).getText()).contains("主要负责人", "操作负责人");
        Select duty = new Select(browser.driver().findElement(By.id("duty")));
        duty.selectByIndex(duty.getOptions().size() - 1);
        List<WebElement> items = browser.findAll(By.cssSelector("table.checklist tr"));
        assertThat(items).hasSize(10);
        browser.driver().findElement(By.cssSelector("input[name='item.EMERGENCY_FACILITIES'][value=false]")).click();
        browser.driver().findElement(By.id("custody-submit")).click();
        assertThat(browser.waitFor(By.cssSelector("[data-field=findings]")).getText())
                .isEqualTo("有不符合项时请填写发现的问题");
        assertThat(browser.driver().findElement(By.cssSelector("input[name='item.EMERGENCY_FACILITIES'][value=false]"))
                .isSelected()).as("the answers are kept when the check is refused").isTrue();

        browser.driver().findElement(By.id("findings")).sendKeys(finding);
        browser.driver().findElement(By.id("custody-submit")).click();
        assertThat(browser.waitFor(By.id("custody-saved")).getText()).contains("履职检查已记录");
        assertThat(browser.waitFor(By.id("custody-checks")).getText()).contains(finding, "应急设施");
    }

    @Test
    void theCountyReadsItsAuditLogByAction(Browser browser) {
        browser.logIn("hengtai-admin").open("/filings");
        browser.waitFor(By.id("filing-form"));
        browser.driver().findElement(By.id("reason")).sendKeys("全厂停产检修");
        browser.fileAheadOfNow();
        browser.driver().findElement(By.id("filing-submit")).click();
        browser.waitFor(By.id("filing-filed"));

        browser.driver().manage().deleteAllCookies();
        browser.logIn("zezhou").open("/audit");
        browser.waitFor(By.id("audit-filter"));
        browser.driver().findElement(By.name("action")).sendKeys("filing.");
        browser.driver().findElement(By.id("audit-search")).click();
        // the filtered page replaces the unfiltered one: wait for it, not for the list the click leaves behind
        String shown = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class).until(d -> {
                    WebElement list = d.findElement(By.id("audit-list"));
                    List<WebElement> rows = list.findElements(By.cssSelector("tbody tr"));
                    boolean filtered = !rows.isEmpty() && rows.stream()
                            .allMatch(r -> String.valueOf(r.getAttribute("data-action")).startsWith("filing."));
                    return filtered ? list.getText() : null;
                });
        assertThat(shown).contains("hengtai-admin", "filing.submit", "14052500001");
    }
}
