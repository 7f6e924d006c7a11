package org.hazwatch.platform.video;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code hazwatch.video.quota-per-enterprise}: the video an enterprise may keep on the platform (its clips). 10 GB
 * holds about a thousand 90-s clips of an 800 kbit/s camera, or two hundred of a 4 Mbit/s one; past it the
 * enterprise's oldest clips make room ({@code video.rules.StorageQuota}).
 */
@ConfigurationProperties("hazwatch.video")
record StorageSettings(@DefaultValue("10GB") DataSize quotaPerEnterprise) {
}
