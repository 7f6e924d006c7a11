package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 泽州县's regulator finds an alarm of 晋丰煤化工 on /alarms by its enterprise, kind, severity and day, and exports the
 * filtered list: the workbook the page serves, opened with POI, holds it. Ends on the filtered list (the screenshot
 * of /alarms).
 */
@BrowserTest
class AlarmListBrowserTest {

    static final String JINFENG = "14052500002";
    static final String POINT = "14052500002001G0001YW001";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAlarmIsFoundByFilterAndExported(Browser browser) throws Exception {
        Instant raised = Instant.now().minus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO alarm_episode (id, enterprise_code, point_code, jurisdiction_path, kind, severity, priority,
                    state, active, acknowledged, cover, raised_at, cleared_at, peak_value, late, seq)
                VALUES (:id, :e, :p, '140000/140500/140525/', 'RATE_OF_CHANGE', 'RATE', 'MEDIUM', 'NORMAL', false, true,
                    'NONE', :raised, :cleared, 4.876543219, false, 1)""")
                .param("id", id).param("e", JINFENG).param("p", POINT).param("raised", Timestamp.from(raised))
                .param("cleared", Timestamp.from(raised.plusSeconds(300))).update();
        String day = LocalDate.ofInstant(raised, ZONE).toString();

        browser.logIn("zezhou").open("/alarms");
        browser.waitFor(By.id("alarm-filter"));
        browser.script("arguments[0].value = arguments[1]; arguments[2].value = arguments[1];",
                browser.driver().findElement(By.name("from")), day, browser.driver().findElement(By.name("to")));
        new Select(browser.driver().findElement(By.name("enterprise"))).selectByValue(JINFENG);
        new Select(browser.driver().findElement(By.name("kind"))).selectByValue("RATE_OF_CHANGE");
        new Select(browser.driver().findElement(By.name("severity"))).selectByValue("RATE");
        browser.driver().findElement(By.id("alarm-search")).click();

        WebElement row = browser.waitFor(By.cssSelector("#alarm-list tr[data-alarm='" + id + "']"));
        assertThat(row.getText()).contains("晋丰", POINT, "变化速率", "正常", "4.88");
        assertThat(browser.driver().findElement(By.id("alarm-count")).getText()).isEqualTo("共 1 条");

        String export = browser.driver().findElement(By.id("alarm-export")).getAttribute("href");
        assertThat(export).contains("enterprise=" + JINFENG, "kind=RATE_OF_CHANGE", "from=" + day);
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(export))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Disposition").orElse("")).contains(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(served.body()))) {
            Sheet sheet = book.getSheet("报警记录");
            assertThat(sheet.getLastRowNum()).as("the header and the one alarm found").isEqualTo(1);
            Row alarm = sheet.getRow(1);
            assertThat(alarm.getCell(1).getStringCellValue()).contains("晋丰");
            assertThat(alarm.getCell(2).getStringCellValue()).isEqualTo(JINFENG);
            assertThat(alarm.getCell(3).getStringCellValue()).isEqualTo(POINT);
            assertThat(alarm.getCell(4).getStringCellValue()).isEqualTo("变化速率");
            assertThat(alarm.getCell(5).getStringCellValue()).isEqualTo("变化速率报警");
            assertThat(alarm.getCell(7).getStringCellValue()).startsWith("4.88");
        }
    }
}
