package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.org.Accounts;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.protocol.Reading;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The what-if page (issue 18) on the test's own enterprise in 芮城县: a tank level with H 8 m and a deadband of
 * 0.1 m chatters — readings alternate 8.15 / 7.85 m every 20 s for half an hour, 45 high alarms. The safety manager
 * opens the point's what-if from the enterprise page, widens the deadband to 0.5 m, sees the replay give one alarm
 * instead of 45 and no chattering, and applies it; the county's regulator finds the change in its inbox,
 * acknowledges it, and reads it in the audit log with who, before and after.
 */
@BrowserTest
class WhatIfBrowserTest {

    static final String ENTERPRISE = "14083000471";
    static final String POINT = ENTERPRISE + "001G0001YW001";
    static final String SAFETY_MANAGER = "whatif-" + ENTERPRISE;
    static final String REGULATOR = "whatif-ruicheng";
    static final String PASSWORD = "whatif-safety-1";
    static final int CYCLES = 45;

    @Autowired
    MockMvc mockMvc;
    @Autowired
    Registry registry;
    @Autowired
    Accounts accounts;
    @Autowired
    Alarms alarms;

    @Test
    void theSafetyManagerWidensAChatteringPointsDeadbandSeesFewerEpisodesAndAppliesItAudited(Browser browser)
            throws Exception {
        plant();
        Instant start = Instant.now().minus(40, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Reading[] readings = new Reading[CYCLES * 2];
        for (int i = 0; i < readings.length; i++) {
            readings[i] = GatewayPost.reading(POINT, start.plusSeconds(20L * i), i % 2 == 0 ? 8.15 : 7.85);
        }
        GatewayPost.readings(browser.baseUrl(), registry, ENTERPRISE, ENTERPRISE + "01", readings);

        browser.logIn(SAFETY_MANAGER, PASSWORD).open("/health/" + ENTERPRISE);
        // the health page's bad actors lead to the point's what-if once the engine has stored the alarms
        String fromHealth = browser.until(d -> {
            var links = d.findElements(By.cssSelector("#bad-actors a.whatif-link"));
            if (links.isEmpty()) {
                d.navigate().refresh();
                return null;
            }
            return links.get(0).getDomAttribute("href");
        });
        assertThat(fromHealth).endsWith("/points/" + POINT + "/what-if");

        browser.open("/enterprises/" + ENTERPRISE);
        browser.waitFor(By.cssSelector("#point-table tr[data-point='" + POINT + "'] a.whatif-link")).click();
        browser.waitFor(By.id("whatif-form"));
        // the replay reads the stored history: all 90 readings, 45 raises with a deadband of 0.1 m
        browser.until(d -> {
            String count = d.findElement(By.id("count-current")).getText();
            if (!count.equals(String.valueOf(CYCLES))) {
                d.navigate().refresh();
                return null;
            }
            return count;
        });
        assertThat(text(browser, "count-proposed")).isEqualTo(String.valueOf(CYCLES));
        assertThat(Integer.parseInt(text(browser, "chattering-current"))).isEqualTo(1);

        WebElement deadband = browser.driver().findElement(By.id("deadband"));
        assertThat(deadband.getDomProperty("value")).isEqualTo("0.1");
        deadband.clear();
        deadband.sendKeys("0.5");
        browser.driver().findElement(By.id("whatif-run")).click();
        browser.until(d -> d.getCurrentUrl().contains("deadband=0.5") ? d : null);
        assertThat(text(browser, "count-current")).isEqualTo(String.valueOf(CYCLES));
        assertThat(text(browser, "count-proposed")).as("one alarm that never falls 0.5 m below H").isEqualTo("1");
        assertThat(text(browser, "chattering-proposed")).isEqualTo("0");
        assertThat(browser.findAll(By.cssSelector("#episodes-proposed tbody tr"))).hasSize(1);
        browser.until(d -> d.findElement(By.id("whatif-chart")).getAttribute("data-drawn"));
        Object lines = browser.script("""
                var chart = window.echarts.getInstanceByDom(document.getElementById('whatif-chart'));
                return chart.getOption().series[0].markLine.data.map(function (m) { return m.name; }).join(',');""");
        assertThat(String.valueOf(lines)).contains("当前 H", "建议 H");
        EnterpriseLiveBrowserTest.showWholePage(browser);
        keep(browser, "whatif.png");

        browser.driver().findElement(By.id("reason")).sendKeys("液位波动引起颤振报警（回放 45 次→1 次），死区由 0.1 m 加宽至 0.5 m");
        browser.driver().findElement(By.id("whatif-apply")).click();
        browser.waitFor(By.id("whatif-applied"));
        assertThat(registry.point(POINT).orElseThrow().deadband()).isEqualTo(0.5);
        assertThat(browser.driver().findElement(By.id("deadband")).getDomProperty("value")).isEqualTo("0.5");
        assertThat(text(browser, "count-current")).as("now the current settings are the proposal").isEqualTo("1");

        // the live engine judges on the new deadband: 8.15 then 7.85 m in one batch now leaves the alarm standing
        // (with 0.1 m it would clear at 7.85)
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        GatewayPost.readings(browser.baseUrl(), registry, ENTERPRISE, ENTERPRISE + "01",
                GatewayPost.reading(POINT, now.minusSeconds(2), 8.15), GatewayPost.reading(POINT, now.minusSeconds(1), 7.85));
        await().atMost(Duration.ofSeconds(15)).until(() -> alarms.active(Actor.system(), ENTERPRISE, 10).stream()
                .anyMatch(a -> a.pointCode().equals(POINT) && a.active()));

        browser.logIn(REGULATOR, PASSWORD).open("/limit-changes");
        WebElement change = browser.waitFor(By.cssSelector("#limit-changes tr[data-point='" + POINT + "']"));
        assertThat(change.getDomAttribute("data-status")).isEqualTo("APPLIED");
        assertThat(change.getText()).contains(SAFETY_MANAGER, "死区 0.1", "死区 0.5", "45 → 1");
        change.findElement(By.name("acknowledge")).click();
        browser.waitFor(By.id("change-done"));
        assertThat(browser.waitFor(By.cssSelector("#limit-changes tr[data-point='" + POINT + "']"))
                .getDomAttribute("data-status")).isEqualTo("ACKNOWLEDGED");

        browser.open("/audit?action=alarm.limit-change");
        String audit = browser.waitFor(By.id("audit-list")).getText();
        assertThat(audit).contains(SAFETY_MANAGER, "alarm.limit-change", POINT, REGULATOR,
                "alarm.limit-change-acknowledge");
        browser.open("/audit?action=registry.edit&who=" + SAFETY_MANAGER);
        assertThat(browser.waitFor(By.id("audit-list")).getText()).contains("registry.edit", POINT);
    }

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText().strip();
    }

    /** The page as the safety manager sees the proposal, for docs/screenshots (target/screenshots/whatif.png). */
    private static void keep(Browser browser, String name) throws Exception {
        Path shot = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
        Path to = BrowserExtension.SCREENSHOTS.resolve(name);
        Files.createDirectories(to.getParent());
        Files.copy(shot, to, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The enterprise, its safety manager and the county's regulator; once per JVM. */
    private void plant() throws Exception {
        if (registry.point(POINT).isEmpty()) {
            int status = mockMvc.perform(post("/api/v1/registry/import").with(httpBasic("admin", "admin-test-password"))
                    .contentType(MediaType.APPLICATION_JSON).content(document().getBytes(StandardCharsets.UTF_8)))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as("import of %s", ENTERPRISE).isBetween(200, 201);
        }
        accounts.createIfAbsent(SAFETY_MANAGER, "芮城示范化工安全负责人", PASSWORD, Role.ENTERPRISE_ADMIN, ENTERPRISE);
        accounts.createIfAbsent(REGULATOR, "芮城县应急管理局", PASSWORD, Role.REGULATOR, "140830");
    }

    private static String document() {
        return """
                {"enterprise":{"code":"%1$s","name":"芮城液位示范化工有限公司","jurisdiction":"140830",
                  "address":"芮城县古魏镇","lon":110.69,"lat":34.69,"creditCode":"91140830MA0K888888",
                  "dutyPhone":"0359-1234567"},
                 "hazardSources":[{"code":"%1$s001","name":"甲醇罐区","exposedPeople":10,
                   "chemicals":[{"cas":"67-56-1","name":"甲醇","quantityTonnes":600}],
                   "equipment":[{"code":"%1$s001G0001","type":"G0","name":"1#甲醇储罐","medium":"67-56-1",
                       "volumeM3":1000,
                       "points":[{"code":"%1$s001G0001YW001","name":"储罐液位","kind":"YW","unit":"m",
                                  "rangeLow":0,"rangeHigh":10,"h":8.0,"hh":9.5,"deadband":0.1,
                                  "onDelaySeconds":0,"offDelaySeconds":0,"tagNumber":"LT-201"}]}]}],
                 "gateways":[{"code":"%1$s01","name":"数采网关","vendor":"示范","ip":"10.0.0.8"}]}
                """.formatted(ENTERPRISE);
    }
}
