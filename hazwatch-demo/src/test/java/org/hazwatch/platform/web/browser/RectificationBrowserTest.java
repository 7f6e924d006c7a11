package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

/**
 * Issue 12 in the browser: the county inspector (泽州县) records a patrol of 晋丰煤化工 with one abnormal item and
 * issues a rectification order from it; the enterprise's duty operator answers it on the console with a photo; the
 * inspector sees the answer and the photo on the order's timeline and closes it; the ledger lists it closed.
 */
@BrowserTest
class RectificationBrowserTest {

    static final String JINFENG = "14052500002";

    @Test
    void theInspectorIssuesAnOrderTheOperatorAnswersWithAPhotoAndTheInspectorClosesIt(Browser browser)
            throws IOException {
        // the county inspector records a patrol of 晋丰 with one abnormal item and issues an order from it
        browser.logIn("zezhou").open("/patrols?enterprise=" + JINFENG);
        browser.waitFor(By.id("patrol-form"));
        for (WebElement item : browser.findAll(By.cssSelector("#patrol-form tr[data-item]"))) {
            String name = item.getAttribute("data-item");
            String result = name.equals("ALARMS_ACKNOWLEDGED") ? "ABNORMAL" : "NORMAL";
            browser.script("arguments[0].click()", item.findElement(
                    By.cssSelector("input[name='result_" + name + "'][value='" + result + "']")));
        }
        browser.driver().findElement(By.name("note_ALARMS_ACKNOWLEDGED")).sendKeys("2 条高高报警超过 30 分钟未确认");
        shot(browser, "0-patrol");
        browser.script("arguments[0].click()", browser.driver().findElement(By.id("save-patrol")));
        WebElement abnormal = browser.waitFor(
                By.cssSelector("#record-items tr[data-item='ALARMS_ACKNOWLEDGED'][data-result='ABNORMAL']"));
        String patrol = browser.driver().findElement(By.cssSelector("main.patrol-record")).getAttribute("data-record");
        abnormal.findElement(By.cssSelector("a.issue-order")).click();
        assertThat(browser.waitFor(By.cssSelector("#i-enterprise option:checked")).getText()).contains(JINFENG);
        assertThat(browser.driver().findElement(By.cssSelector("#i-item option:checked")).getText())
                .isEqualTo("报警及时确认");
        assertThat(browser.driver().findElement(By.name("patrolId")).getAttribute("value")).isEqualTo(patrol);
        browser.driver().findElement(By.id("i-problem")).sendKeys("巡查发现 2 条高高报警超过 30 分钟未确认");
        shot(browser, "1-issue");
        browser.driver().findElement(By.id("issue")).click();
        String id = browser.until(d -> d.findElement(By.cssSelector("main.rect-order")).getAttribute("data-id"));
        assertThat(browser.driver().findElement(By.id("order-state")).getText()).isEqualTo("待整改");
        assertThat(browser.driver().findElement(By.id("order-patrol")).getAttribute("href"))
                .endsWith("/patrols/records/" + patrol);

        // the duty operator answers it on the console, with a photo
        browser.driver().manage().deleteAllCookies();
        browser.logIn("jinfeng").open("/console");
        By order = By.cssSelector("#console-orders .order[data-id='" + id + "']");
        WebElement card = browser.waitFor(order);
        assertThat(card.getText()).contains("报警及时确认", "巡查发现 2 条高高报警超过 30 分钟未确认");
        card.findElement(By.name("measures")).sendKeys("已对 2 条报警补充确认，并重申报警确认制度，值班长签字");
        card.findElement(By.name("photos")).sendKeys(photo().toAbsolutePath().toString());
        browser.script("arguments[0].scrollIntoView()", card);
        shot(browser, "2-console-answer");
        card.findElement(By.cssSelector("button[type=submit]")).click();
        browser.until(d -> d.findElement(order).getAttribute("data-state").equals("ANSWERED"));
        assertThat(browser.driver().findElement(order).findElements(By.name("measures"))).isEmpty();

        // the inspector sees the answer with its photo and closes the order
        browser.driver().manage().deleteAllCookies();
        browser.logIn("zezhou").open("/rectifications/" + id);
        assertThat(browser.waitFor(By.id("order-state")).getText()).isEqualTo("待验收");
        assertThat(browser.driver().findElement(By.id("timeline")).getText())
                .contains("企业整改回复", "已对 2 条报警补充确认");
        WebElement img = browser.waitFor(By.cssSelector("#timeline img.photo"));
        browser.until(d -> (Boolean) browser.script(
                "return arguments[0].complete && arguments[0].naturalWidth === 480;", img));
        browser.driver().findElement(By.cssSelector("#accept-form textarea")).sendKeys("复查确认报警已全部确认，整改到位");
        shot(browser, "3-answered");
        browser.driver().findElement(By.id("accept")).click();
        browser.until(d -> d.findElement(By.id("order-state")).getText().equals("已闭环"));
        assertThat(browser.driver().findElement(By.id("timeline")).getText()).contains("验收通过（闭环）");
        shot(browser, "4-closed");

        // the ledger lists it closed, and the export link carries the same filter
        browser.open("/rectifications?enterprise=" + JINFENG);
        WebElement row = browser.waitFor(By.cssSelector("#ledger-orders tr[data-id='" + id + "']"));
        assertThat(row.getText()).contains("已闭环", "报警及时确认");
        assertThat(browser.driver().findElement(By.id("ledger-export")).getAttribute("href"))
                .endsWith("/rectifications.xlsx?enterprise=" + JINFENG);
        shot(browser, "5-ledger");
    }

    /** A 480×300 PNG, as a phone photo of the duty room's screen would be. */
    private static Path photo() throws IOException {
        BufferedImage image = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0b3d6e));
        g.fillRect(0, 0, 480, 300);
        g.setColor(new Color(0x2e7d32));
        g.fillRect(40, 60, 180, 180);
        g.setColor(new Color(0xfbc02d));
        g.fillRect(260, 60, 180, 80);
        g.setColor(Color.WHITE);
        g.fillRect(260, 160, 180, 80);
        g.dispose();
        Path file = Files.createTempFile("rectification-", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static void shot(Browser browser, String name) {
        try {
            Path dir = BrowserExtension.SCREENSHOTS;
            Files.createDirectories(dir);
            Path shot = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, dir.resolve("RectificationBrowserTest-" + name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
