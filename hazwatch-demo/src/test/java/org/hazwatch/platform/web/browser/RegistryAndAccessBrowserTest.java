package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 基础数据 and 接入进度 in Chromium: a workbook with one bad cell is refused at its sheet and cell and nothing
 * changes (the registry API answers the same before and after); the access page drills down from the city.
 */
@BrowserTest
class RegistryAndAccessBrowserTest {

    static final String HENGTAI = "14052500001";

    @Test
    void aWorkbookWithABadCellIsRefusedNamingItsSheetAndCellAndNothingChanges(Browser browser) throws Exception {
        String before = api(browser, "/api/v1/registry/enterprises/" + HENGTAI);
        byte[] exported = download(browser, "/api/v1/registry/enterprises/" + HENGTAI + "/export.xlsx");
        Path bad = Files.createTempFile("hengtai-bad-", ".xlsx");
        int levelRow;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet points = workbook.getSheet("监测点位");
            assertThat(points.getRow(0).getCell(10).getStringCellValue()).isEqualTo("高高报");
            int level = 1;
            while (!points.getRow(level).getCell(0).getStringCellValue().equals("14052500001001G0001YW001")) {
                level++;
            }
            levelRow = level + 1;
            points.getRow(level).getCell(10).setCellValue(99.0);   // 液位 0–3.2 m: HH outside the range
            workbook.write(out);
            Files.write(bad, out.toByteArray());
        }

        browser.logIn("zezhou");
        browser.waitFor(By.linkText("基础数据")).click();
        browser.waitFor(By.id("upload-file")).sendKeys(bad.toAbsolutePath().toString());
        browser.driver().findElement(By.id("upload-submit")).click();

        browser.waitFor(By.id("upload-errors"));
        List<WebElement> errors = browser.findAll(By.cssSelector("#upload-errors tr.upload-error"));
        assertThat(errors).hasSize(1);
        List<WebElement> cells = errors.get(0).findElements(By.tagName("td"));
        assertThat(cells.get(0).getText()).isEqualTo("监测点位");
        assertThat(cells.get(1).getText()).isEqualTo("K" + levelRow);
        assertThat(cells.get(2).getText()).contains("hh 99 lies outside the range 0 … 3.2");
        assertThat(browser.findAll(By.id("upload-ok"))).isEmpty();
        assertThat(api(browser, "/api/v1/registry/enterprises/" + HENGTAI)).isEqualTo(before);
        Files.deleteIfExists(bad);
    }

    @Test
    void theEnterprisesTreeShowsItsWarehouseAndLoadingPlatform(Browser browser) {
        browser.logIn("zezhou").open("/registry/" + HENGTAI);
        WebElement warehouse = browser.waitFor(By.cssSelector(".equip[data-type='C0']"));
        assertThat(warehouse.getText()).contains("仓库 C0", "液氯钢瓶仓库", "面积 600.0 m²");
        assertThat(browser.waitFor(By.cssSelector(".equip[data-type='ZX']")).getText())
                .contains("装卸台 ZX", "液氯装车栈台", "鹤位数 2", "设计装卸能力 30.0 m³/h");
    }

    @Test
    void theCityDrillsDownToACountysAccessProgress(Browser browser) {
        browser.logIn("jincheng");
        browser.waitFor(By.linkText("接入进度")).click();
        assertThat(browser.waitFor(By.id("access-scope")).getText()).isEqualTo("晋城市");
        int cityEnterprises = Integer.parseInt(browser.waitFor(By.cssSelector("#a-enterprises b")).getText());
        assertThat(cityEnterprises).isGreaterThanOrEqualTo(12);
        int byArea = browser.findAll(By.cssSelector("#access-areas tbody tr:not(.total)")).stream()
                .mapToInt(row -> Integer.parseInt(row.findElements(By.tagName("td")).get(1).getText())).sum();
        assertThat(byArea).isEqualTo(cityEnterprises);
        browser.waitFor(By.cssSelector("#access-areas tr[data-code='140525'] a")).click();
        browser.until(d -> d.getCurrentUrl().contains("jurisdiction=140525"));
        assertThat(browser.waitFor(By.id("access-scope")).getText()).isEqualTo("泽州县");
        assertThat(browser.findAll(By.cssSelector("#access-enterprises tbody tr")))
                .allSatisfy(row -> assertThat(row.getAttribute("data-code")).startsWith("140525"));
        assertThat(browser.findAll(By.cssSelector("#access-trail a")).stream().map(WebElement::getText))
                .contains("晋城市", "泽州县");
    }

    private static String api(Browser browser, String path) throws Exception {
        return new String(download(browser, path), StandardCharsets.UTF_8);
    }

    private static byte[] download(Browser browser, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(browser.baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("zezhou:" + Browser.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<byte[]> reply = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(reply.statusCode()).as(path).isEqualTo(200);
        return reply.body();
    }
}
