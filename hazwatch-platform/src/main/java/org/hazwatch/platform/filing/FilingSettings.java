package org.hazwatch.platform.filing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hazwatch.duties.filing.*}.
 *
 * @param longest the longest period one filing covers (default 30 days; a longer outage is filed again)
 */
@ConfigurationProperties("hazwatch.duties.filing")
record FilingSettings(@DefaultValue("30d") Duration longest) {
}
