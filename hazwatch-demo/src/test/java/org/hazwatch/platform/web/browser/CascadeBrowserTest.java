package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cascade (issue 15) on the province: 山西省's regulator finds an alarm 晋城市平台 forwarded on /alarms, marked
 * 来源：晋城市平台 and without an acknowledge button; the platform admin's 级联状态 page lists the city.
 */
@BrowserTest
class CascadeBrowserTest {

    static final String JINCHENG_PATH = "140000/140500/";

    @Autowired
    JdbcClient jdbc;

    @Test
    void theProvinceSeesAForwardedAlarmWithItsOriginAndTheAdminSeesTheCityOnTheCascadePage(Browser browser) {
        // a code of its own per run (the demo database outlives a run); the city as registered and as it forwarded
        String code = "9" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        jdbc.sql("""
                INSERT INTO cascade_platform (code, name, jurisdiction_code, jurisdiction_path, secret, registered_at,
                                              registered_by)
                VALUES (:code, '晋城市平台', '140500', :path, 'browser-test', now(), 'admin')""")
                .param("code", code).param("path", JINCHENG_PATH).update();
        UUID alarm = UUID.randomUUID();
        String enterprise = "140525" + code.substring(1);
        String raisedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.ofHours(8)).toString();
        jdbc.sql("""
                INSERT INTO cascade_object (source_platform, kind, object_id, version, enterprise_code,
                                            jurisdiction_path, body, received_at)
                VALUES (:code, 'ALARM', :id, 1, :e, :path, CAST(:body AS jsonb), :now)""")
                .param("code", code).param("id", alarm.toString()).param("e", enterprise)
                .param("path", JINCHENG_PATH + "140525/").param("now", Timestamp.from(Instant.now()))
                .param("body", """
                        {"id":"%s","enterpriseCode":"%s","pointCode":"%s001G0001YW001","jurisdictionPath":"%s",
                         "kind":"LIMIT_HIGH","severity":"HH","priority":"HIGH","state":"UNACKNOWLEDGED",
                         "active":true,"acknowledged":false,"raisedAt":"%s","late":false}"""
                        .formatted(alarm, enterprise, enterprise, JINCHENG_PATH + "140525/", raisedAt)).update();

        jdbc.sql("""
                INSERT INTO cascade_object_version (source_platform, kind, object_id, version, received_at)
                VALUES (:code, 'ALARM', :id, 1, now())""").param("code", code).param("id", alarm.toString()).update();

        browser.logIn("shanxi").open("/alarms");
        WebElement row = browser.waitFor(By.cssSelector("#alarm-list tr[data-alarm='" + alarm + "']"));
        assertThat(row.getText()).contains("来源：晋城市平台", "高高报", enterprise);
        assertThat(row.findElements(By.name("ack"))).as("read-only on the province").isEmpty();

        browser.driver().manage().deleteAllCookies();
        browser.logIn("admin", "admin-test-password").open("/alarms");
        WebElement asAdmin = browser.waitFor(By.cssSelector("#alarm-list tr[data-alarm='" + alarm + "']"));
        assertThat(asAdmin.findElements(By.name("ack"))).as("the admin handles alarms, not forwarded ones").isEmpty();
        browser.waitFor(By.linkText("级联状态")).click();
        WebElement city = browser.waitFor(By.cssSelector("#cascade-city-list tr[data-platform='" + code + "']"));
        assertThat(city.getText()).contains("晋城市平台", code, "140500", "正常", "报警 1 / 1");
    }
}
