package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * 恒泰氯碱's admin files a maintenance shutdown (检维修报备) of one point on /filings; 泽州县's regulator finds it in the
 * inbox and acknowledges it (确认), and opens the plan attached to it. Ends on the county's inbox (the screenshot of /filings).
 */
@BrowserTest
class FilingBrowserTest {

    @Test
    void anEnterpriseFilesAMaintenanceAndTheCountyAcknowledgesIt(Browser browser) throws Exception {
        byte[] plan = png();
        Path file = Files.createTempFile("检修方案", ".png");
        Files.write(file, plan);
        String reason = "1号液氯储罐液位计检修 " + System.nanoTime();
        browser.logIn("hengtai-admin").open("/filings");
        new Select(browser.waitFor(By.id("type"))).selectByValue("MAINTENANCE");
        browser.driver().findElement(By.cssSelector("input[name=scope][value=POINTS]")).click();
        List<WebElement> points = browser.findAll(By.cssSelector("input[name=points]"));
        assertThat(points).as("the enterprise's registered points to choose from").isNotEmpty();
        String point = points.get(0).getAttribute("value");
        points.get(0).click();
        browser.driver().findElement(By.id("reason")).sendKeys(reason);
        browser.fileAheadOfNow();
        browser.driver().findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
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
        String link = browser.waitFor(By.cssSelector("#filing-attachments a[data-attachment]")).getAttribute("href");
        HttpResponse<byte[]> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link))
                .header("Cookie", "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
        assertThat(served.body()).as("the county gets the file the enterprise attached").isEqualTo(plan);
        browser.open("/filings");
        browser.waitFor(By.id("filing-list"));
    }

    /** A small real PNG: a 16×16 image. */
    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xC62828);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
