package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The regulator's overview (一张图) in Chromium: the map of the jurisdiction, the live list, the large screen. */
@BrowserTest
class OverviewBrowserTest {

    static final String HENGTAI = "14052500001";
    static final List<String> ZEZHOU = List.of("14052500001", "14052500002", "14052500003", "14052500004",
            "14052500005", "14052500099");

    @Autowired
    Registry registry;

    @Test
    void aCountyRegulatorSeesOnlyItsCountysEnterprisesOnTheMap(Browser browser) {
        browser.logIn("zezhou");
        browser.waitFor(By.cssSelector("#map[data-ready='true']"));

        List<String> markers = browser.findAll(By.cssSelector("#map path.enterprise-marker")).stream()
                .map(m -> m.getAttribute("data-code")).toList();
        assertThat(markers).containsExactlyInAnyOrderElementsOf(ZEZHOU);
        List<String> listed = browser.findAll(By.cssSelector("#map-enterprises li")).stream()
                .map(li -> li.getAttribute("data-code")).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(ZEZHOU)
                .noneMatch(code -> code.startsWith("140581") || code.startsWith("140522"));
        // the county is drawn and named on the map, its neighbours greyed around it
        List<String> regions = browser.findAll(By.cssSelector("#map .region-label")).stream()
                .map(label -> label.getDomProperty("textContent")).toList();
        assertThat(regions).contains("泽州县", "高平市");
        assertThat(browser.driver().findElement(By.id("who-place")).getText()).isEqualTo("泽州县");
    }

    @Test
    void aReadingPostedOverTheContractAppearsInTheLiveListWithoutReloading(Browser browser) throws Exception {
        browser.logIn("zezhou");
        browser.waitFor(By.cssSelector("#live-state.on"));
        browser.script("window.__notReloaded = true;");
        // a combustible-gas detector of 恒泰: gas alarms have no on-delay (GB/T 50493)
        PointDefinition detector = registry.pointsOf(HENGTAI).stream().filter(p -> p.code().endsWith("KR002"))
                .findFirst().orElseThrow();
        post(detector.code(), detector.hh() + 1, browser.baseUrl());

        // other tests of the shared context leave alarms and warnings of 恒泰 standing: find this detector's row
        WebElement row = alarmRowOf(browser, detector.code(), "");
        assertThat(row.getText()).contains("晋城市恒泰氯碱化工有限公司", detector.code(), "高高报");
        assertThat(row.getAttribute("class")).contains("p-high");
        assertThat(browser.script("return window.__notReloaded === true;")).isEqualTo(true);

        post(detector.code(), 0, browser.baseUrl());
        alarmRowOf(browser, detector.code(), ".cleared");
    }

    private static WebElement alarmRowOf(Browser browser, String pointCode, String state) {
        By rows = By.cssSelector("#live-list li" + state + "[data-type='alarm'][data-enterprise='" + HENGTAI + "']");
        return browser.until(d -> {
            try {
                return d.findElements(rows).stream().filter(li -> li.getText().contains(pointCode)).findFirst()
                        .orElse(null);
            } catch (StaleElementReferenceException e) {
                return null;
            }
        });
    }

    @Test
    void aCityRegulatorSeesAllItsCountiesOnTheLargeScreen(Browser browser) {
        browser.logIn("jincheng").open("/screen");
        browser.waitFor(By.cssSelector("#map[data-ready='true']"));
        List<String> markers = browser.findAll(By.cssSelector("#map path.enterprise-marker")).stream()
                .map(m -> m.getAttribute("data-code")).toList();
        assertThat(markers).hasSize(12).anyMatch(c -> c.startsWith("140581")).anyMatch(c -> c.startsWith("140522"));
        assertThat(browser.waitFor(By.cssSelector("#trend-alarms canvas")).isDisplayed()).isTrue();
    }

    private void post(String pointCode, double value, String baseUrl) {
        String gateway = HENGTAI + "01";
        try {
            byte[] body = WireJson.encode(new ReadingBatch(HENGTAI, gateway, "overview-" + System.nanoTime(),
                    List.of(new Reading(pointCode, OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.MILLIS), value,
                            Quality.GOOD))));
            String secret = registry.gateway(gateway).orElseThrow().secret();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/ingest/readings"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
            new RequestSigner(secret).headers(gateway, System.currentTimeMillis(), body).forEach(request::header);
            HttpResponse<String> reply = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
