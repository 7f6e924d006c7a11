package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.hazwatch.gateway.VideoGateway;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.VideoEvent;
import org.hazwatch.protocol.VideoEvents;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An event clip in Chromium (SPEC §11): the TE gateway records its test-pattern camera; an AI event comes in; once
 * its clip (−30 … +60 s) is ordered the county regulator finds ▶ 录像 on the event in 视频; the page waits for the
 * upload and the clip plays past 2 s with hls.js.
 */
@BrowserTest
class ClipBrowserTest {

    static final String TE = "14052500099";
    static final String TE_GATEWAY = TE + "01";
    static final String TE_CAMERA = TE + "V001";

    @Autowired
    Registry registry;

    @TempDir
    Path dir;

    @Test
    void theCountyRegulatorPlaysTheClipOfAnAiEventFromTheEventList(Browser browser) throws Exception {
        assumeTrue(ffmpegPresent(), "ffmpeg is not installed: the event-clip browser test is skipped");
        String secret = registry.gateway(TE_GATEWAY).orElseThrow().secret();
        try (VideoGateway gateway = new VideoGateway(new VideoGateway.Settings(URI.create(browser.baseUrl()), TE,
                TE_GATEWAY, secret, Map.of(TE_CAMERA, "test-pattern"), dir, Duration.ofSeconds(1),
                Duration.ofSeconds(1), "ffmpeg", Duration.ofMinutes(2)), Clock.systemUTC()).start()) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).until(d -> gateway.recording().contains(TE_CAMERA));
            Thread.sleep(32_000); // the 30 s before the event are on the gateway's disk
            postEvent(browser.baseUrl(), secret);

            browser.logIn("zezhou");
            WebElement link = new WebDriverWait(browser.driver(), Duration.ofSeconds(150), Duration.ofSeconds(5))
                    .until(d -> {
                        browser.open("/video?enterprise=" + TE);
                        List<WebElement> links = browser.findAll(By.cssSelector("a.clip"));
                        return links.isEmpty() ? null : links.get(0);
                    });
            link.click();
            // the link comes with the order; the page shows the clip once the gateway uploaded it (it reloads itself)
            double played = new WebDriverWait(browser.driver(), Duration.ofSeconds(150)).until(d -> {
                Object time = browser.script("var v = document.getElementById('clip-video');"
                        + " if (v && v.paused) { v.muted = true; v.play(); }"
                        + " return v && v.currentTime > 2 ? v.currentTime : null;");
                return time == null ? null : ((Number) time).doubleValue();
            });
            assertThat(played).isGreaterThan(2.0);
            assertThat(browser.waitFor(By.id("clip-figures")).getText()).contains("秒");
        }
    }

    private static void postEvent(String baseUrl, String secret) throws Exception {
        byte[] body = WireJson.encode(new VideoEvents(TE, TE_GATEWAY, UUID.randomUUID().toString(),
                List.of(new VideoEvent(TE_CAMERA, "INTRUSION", OffsetDateTime.now(ZoneOffset.ofHours(8)), 0.9,
                        Base64.getEncoder().encodeToString(jpeg())))));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + WireContract.ingestPath(
                WireContract.VIDEO_EVENTS))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        new RequestSigner(secret).headers(TE_GATEWAY, System.currentTimeMillis(), body).forEach(request::header);
        HttpResponse<String> posted = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    }

    private static byte[] jpeg() throws IOException {
        BufferedImage picture = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.RED);
        g.fillRect(24, 12, 16, 24);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpg", out);
        return out.toByteArray();
    }

    private static boolean ffmpegPresent() {
        try {
            return new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
