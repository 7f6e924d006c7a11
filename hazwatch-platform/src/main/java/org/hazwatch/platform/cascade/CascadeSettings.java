package org.hazwatch.platform.cascade;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hazwatch.cascade.*} (docs/CASCADE.md). On a city: where the province is and who this
 * platform is there; without {@code upstream-url} nothing is forwarded (a province, or a platform on its own).
 *
 * @param readings       RAW (every reading) or MINUTE (1-minute rollups), the province's choice
 * @param batchReadings  readings per request at most (whole write groups; one larger group goes alone)
 * @param batchObjects   objects per request at most
 * @param period         how often the sender looks for something new when it has nothing to send
 * @param timeout        one request's time-out
 */
@ConfigurationProperties("hazwatch.cascade")
public record CascadeSettings(String upstreamUrl, String platformCode, String secret,
                              @DefaultValue("RAW") Readings readings,
                              @DefaultValue("10000") int batchReadings,
                              @DefaultValue("200") int batchObjects,
                              @DefaultValue("1s") Duration retryFirst,
                              @DefaultValue("60s") Duration retryMax,
                              @DefaultValue("500ms") Duration period,
                              @DefaultValue("30s") Duration timeout) {

    /** What the city forwards of its readings. */
    public enum Readings { RAW, MINUTE }

    /** Whether this platform forwards to a province. */
    public boolean forwards() {
        return upstreamUrl != null && !upstreamUrl.isBlank();
    }
}
