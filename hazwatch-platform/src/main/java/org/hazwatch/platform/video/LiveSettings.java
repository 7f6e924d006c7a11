package org.hazwatch.platform.video;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hazwatch.video.live.*}.
 *
 * @param stopAfter  how long after the last playlist fetch the gateway is told to stop (SPEC §11: 60 s)
 * @param checkEvery how often idle cameras are looked for
 * @param window     how much video the platform keeps per live camera, behind the playlist's newest segment
 */
@ConfigurationProperties("hazwatch.video.live")
record LiveSettings(@DefaultValue("60s") Duration stopAfter, @DefaultValue("5s") Duration checkEvery,
                    @DefaultValue("30s") Duration window) {
}
