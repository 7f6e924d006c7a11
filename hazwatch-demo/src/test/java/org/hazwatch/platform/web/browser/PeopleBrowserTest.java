package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** People (issue 16) in a real browser: user administration and the regulators' duty contacts. */
@BrowserTest
class PeopleBrowserTest {

    @Test
    void theAdminCreatesACountyRegulatorWithAMobileWhoThenLogsIn(Browser browser) throws IOException {
        browser.logIn("admin", "admin-test-password");
        browser.open("/admin/users");
        WebElement form = browser.waitFor(By.id("user-form"));
        form.findElement(By.name("username")).sendKeys("zezhou-duty");
        form.findElement(By.name("displayName")).sendKeys("泽州县应急管理局 值班员 李明");
        new Select(form.findElement(By.name("role"))).selectByValue("REGULATOR");
        form.findElement(By.name("jurisdictionCode")).sendKeys("140525");
        form.findElement(By.name("mobile")).sendKeys("13903562577");
        browser.driver().findElement(By.id("create-user")).click();

        String password = browser.waitFor(By.id("generated-password")).getText();
        assertThat(password).hasSize(12);
        WebElement row = browser.waitFor(By.cssSelector("#users tr[data-username='zezhou-duty']"));
        assertThat(row.findElements(By.tagName("td"))).extracting(WebElement::getText)
                .containsSubsequence("监管人员", "泽州县", "13903562577").contains("启用");
        screenshot(browser, "admin-users");
        row.findElement(By.tagName("a")).click();
        assertThat(browser.waitFor(By.id("contact-form")).findElement(By.name("mobile")).getAttribute("value"))
                .isEqualTo("13903562577");
        browser.driver().findElement(By.id("reset-password")).click();
        String reset = browser.waitFor(By.id("new-password")).getText();
        assertThat(reset).hasSize(12).isNotEqualTo(password);
        password = reset;

        browser.driver().findElement(By.cssSelector("form[action$='/logout'] button")).click();
        browser.until(d -> d.getCurrentUrl().contains("/login"));
        browser.logIn("zezhou-duty", password);
        assertThat(browser.waitFor(By.id("who-place")).getText()).isEqualTo("泽州县");
        assertThat(browser.driver().findElement(By.id("who-role")).getText()).isEqualTo("监管人员");
        assertThat(browser.driver().findElement(By.id("who-user")).getText()).isEqualTo("泽州县应急管理局 值班员 李明");
    }

    @Test
    void aCountyRegulatorAddsADutyContactAndPutsItOnTheRota(Browser browser) {
        browser.logIn("zezhou");
        browser.open("/contacts");
        WebElement form = browser.waitFor(By.id("contact-form"));
        new Select(form.findElement(By.name("jurisdictionCode"))).selectByValue("140525");
        form.findElement(By.name("name")).sendKeys("赵值守");
        form.findElement(By.name("role")).sendKeys("值班员");
        form.findElement(By.name("phone")).sendKeys("13903562566");
        assertThat(form.findElement(By.name("onDuty")).isSelected()).as("a new contact is on duty").isTrue();
        browser.driver().findElement(By.id("add-contact")).click();

        browser.waitFor(By.cssSelector("p.saved"));
        WebElement row = browser.findAll(By.cssSelector("#contacts tbody tr")).stream()
                .filter(r -> r.getText().contains("赵值守")).findFirst().orElseThrow();
        assertThat(row.getAttribute("data-on-duty")).isEqualTo("true");
        assertThat(row.findElements(By.tagName("td"))).extracting(WebElement::getText)
                .containsSubsequence("泽州县", "赵值守", "值班员", "13903562566").contains("当班");
    }

    private static void screenshot(Browser browser, String name) throws IOException {
        Files.createDirectories(BrowserExtension.SCREENSHOTS);
        Files.copy(((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath(),
                BrowserExtension.SCREENSHOTS.resolve("PeopleBrowserTest-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
