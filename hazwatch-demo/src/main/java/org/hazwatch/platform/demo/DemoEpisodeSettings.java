package org.hazwatch.platform.demo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo's scripted warning episode ({@link DemoEpisode}) under {@code hazwatch.demo.episode.*}; it
 * only runs with the demo telemetry.
 *
 * @param enabled    whether the episode plays
 * @param startAfter how long after the telemetry starts it plays first
 * @param every      how often it plays again
 */
@ConfigurationProperties("hazwatch.demo.episode")
record DemoEpisodeSettings(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration startAfter,
                           @DefaultValue("60m") Duration every) {
}
