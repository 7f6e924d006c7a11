package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hazwatch.platform.org.Accounts;
import org.hazwatch.platform.org.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The enterprise's admin fills in the day's commitment; the public notice at the gate shows it, no login. */
@BrowserTest
class CommitmentPageBrowserTest {

    /** 阳城县皇城石化仓储有限公司, whose admin the test adds (the demo's only enterprise admin is hengtai's). */
    static final String HUANGCHENG = "14052200002";

    @Autowired
    Accounts accounts;

    @Test
    void aCommitmentSubmittedOnTheFormIsShownOnThePublicNotice(Browser browser) {
        accounts.createIfAbsent("huangcheng-admin", "皇城石化 安全管理员", Browser.DEMO_PASSWORD, Role.ENTERPRISE_ADMIN,
                HUANGCHENG);
        browser.logIn("huangcheng-admin").open("/enterprises/" + HUANGCHENG + "/commitment");
        Map.of("unitsTotal", "", "unitsRunning", "3", "unitsStopped", "0", "unitsUnderMaintenance", "1",
                "unitsInTrial", "0", "contractorsOnSite", "2", "hotWorkGrade1", "1", "maintenance", "1",
                "committedBy", "钱振国").forEach((field, value) -> type(browser, field, value));
        browser.driver().findElement(By.cssSelector("input[name=startUpOrShutDown][value=false]")).click();
        browser.driver().findElement(By.cssSelector("input[name=hazardSourcesSafe][value=true]")).click();
        new Select(browser.driver().findElement(By.name("riskGrade"))).selectByValue("YELLOW");
        browser.driver().findElement(By.id("commit-submit")).click();

        assertThat(browser.waitFor(By.cssSelector("[data-field=unitsTotal]")).getText()).isEqualTo("必填");
        type(browser, "unitsTotal", "4");
        browser.driver().findElement(By.id("commit-submit")).click();
        assertThat(browser.waitFor(By.cssSelector(".saved")).getText()).contains("承诺已提交");

        browser.driver().manage().deleteAllCookies();
        browser.open("/public/enterprises/" + HUANGCHENG + "/commitment");
        String board = browser.waitFor(By.cssSelector(".signature")).getText();
        assertThat(board).contains("钱振国");
        assertThat(browser.driver().findElement(By.tagName("body")).getText())
                .contains("阳城县皇城石化仓储有限公司", "安全风险研判与承诺公告", "黄色");
    }

    private static void type(Browser browser, String field, String value) {
        WebElement input = browser.driver().findElement(By.name(field));
        input.clear();
        input.sendKeys(value);
    }
}
