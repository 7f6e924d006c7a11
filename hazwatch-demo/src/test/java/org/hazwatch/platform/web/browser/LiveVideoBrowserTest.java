package org.hazwatch.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.hazwatch.gateway.VideoGateway;
import org.hazwatch.platform.registry.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Live view in Chromium (SPEC §11): the county regulator opens the TE plant's camera; the platform orders the TE
 * gateway to stream, the real video gateway runs ffmpeg on its test pattern and uploads signed segments, hls.js
 * plays them, and the {@code <video>}'s clock runs past 2 s. Debian's Chromium plays H.264 through MSE.
 */
@BrowserTest
class LiveVideoBrowserTest {

    static final String TE = "14052500099";
    static final String TE_GATEWAY = TE + "01";
    static final String TE_CAMERA = TE + "V001";

    @Autowired
    Registry registry;

    @TempDir
    Path dir;

    @Test
    void theCountyRegulatorOpensTheTeCameraAndTheVideoPlaysPastTwoSeconds(Browser browser) throws Exception {
        assumeTrue(ffmpegPresent(), "ffmpeg is not installed: the live-video browser test is skipped");
        String secret = registry.gateway(TE_GATEWAY).orElseThrow().secret();
        try (VideoGateway gateway = new VideoGateway(new VideoGateway.Settings(URI.create(browser.baseUrl()), TE,
                TE_GATEWAY, secret, Map.of(TE_CAMERA, "test-pattern"), dir, Duration.ofSeconds(1),
                Duration.ofSeconds(1), "ffmpeg"), Clock.systemUTC()).start()) {
            browser.logIn("zezhou").open("/video/live/" + TE_CAMERA);
            assertThat(browser.waitFor(By.cssSelector("main.video-live h1")).getText()).contains("反应器区域摄像头");

            double played = new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).until(d -> {
                Object time = browser.script("var v = document.getElementById('live-video');"
                        + " return v.currentTime > 2 ? v.currentTime : null;");
                return time == null ? null : ((Number) time).doubleValue();
            });
            assertThat(played).isGreaterThan(2.0);
            assertThat(gateway.streaming()).containsExactly(TE_CAMERA);
            assertThat(browser.waitFor(By.id("live-state")).getDomAttribute("data-state")).isEqualTo("playing");
            EnterpriseLiveBrowserTest.showWholePage(browser);
        }
    }

    @Test
    void anotherCountysRegulatorCannotOpenTheTeCamera(Browser browser) {
        browser.logIn("gaoping").open("/video/live/" + TE_CAMERA);

        assertThat(browser.findAll(By.id("live-video"))).isEmpty();
        assertThat(browser.driver().getPageSource()).contains("404");
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
