package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Patrols in Chromium (issue 12a): today's list, the record form with the pre-filled items, compliance. */
@BrowserTest
class PatrolBrowserTest {

    @Test
    void theCountyInspectorRecordsAPatrolWithOneAbnormalItem(Browser browser) {
        browser.logIn("zezhou");
        browser.waitFor(By.linkText("巡查抽查")).click();
        browser.waitFor(By.cssSelector("#patrol-list tr[data-code='14052500004'] a.btn")).click();
        browser.waitFor(By.id("patrol-form"));
        browser.driver().findElement(By.cssSelector("input[name='result_ALARMS_ACKNOWLEDGED'][value='ABNORMAL']"))
                .click();
        browser.driver().findElement(By.name("note_ALARMS_ACKNOWLEDGED")).sendKeys("液位高高报警 20 分钟未确认");
        browser.driver().findElement(By.id("save-patrol")).click();
        browser.waitFor(By.id("record-items"));
        assertThat(browser.findAll(By.cssSelector("#record-items tr[data-result='ABNORMAL'] a.issue-order")))
                .isNotEmpty();
        assertThat(browser.driver().findElement(By.cssSelector("#record-items tr[data-item='ALARMS_ACKNOWLEDGED']"))
                .getText()).contains("液位高高报警 20 分钟未确认", "下发整改通知");
    }

    @Test
    void theRecordFormShowsTheItemsPreFilledWithTheirEvidence(Browser browser) {
        browser.logIn("zezhou").open("/patrols?enterprise=14052500005");
        browser.waitFor(By.id("patrol-form"));
        assertThat(browser.findAll(By.cssSelector("#patrol-form tr[data-item]"))).hasSize(8);
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-item='VIDEO_ONLINE'] .evidence")).getText())
                .startsWith("摄像头 0/2 在线，未报备离线：值班室摄像头（14052500005V001）从未上报");
    }

    @Test
    void theCityReadsItsCountiesCompliance(Browser browser) {
        browser.logIn("jincheng").open("/patrols/compliance");
        browser.waitFor(By.id("compliance-table"));
        assertThat(browser.findAll(By.cssSelector("#compliance-table tr[data-code='140525']"))).hasSize(1);
    }
}
