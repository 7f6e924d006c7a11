package org.hazwatch.platform.ingest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hazwatch.ingest.*}.
 *
 * @param lateAfter a reading arriving more than this after its own time is marked late (back-fill)
 */
@ConfigurationProperties("hazwatch.ingest")
public record IngestSettings(@DefaultValue("5m") Duration lateAfter) {
}
