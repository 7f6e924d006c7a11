package org.hazwatch.platform.video;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hazwatch.video.clips.*} (event clips, SPEC §11).
 *
 * @param keep        how long a clip is kept (SPEC §11: 90 days)
 * @param before      how much of the camera before the moment (30 s)
 * @param after       how much after it (60 s)
 * @param reach       how old a moment may be and still get a clip: the gateway keeps 3 minutes, the clip reaches
 *                    {@code before} behind the moment
 * @param giveUpAfter a clip not delivered this long after its end is lost
 * @param retainEvery how often the retention job runs (daily)
 */
@ConfigurationProperties("hazwatch.video.clips")
record ClipSettings(@DefaultValue("90d") Duration keep, @DefaultValue("30s") Duration before,
                    @DefaultValue("60s") Duration after, @DefaultValue("2m") Duration reach,
                    @DefaultValue("10m") Duration giveUpAfter, @DefaultValue("24h") Duration retainEvery) {
}
