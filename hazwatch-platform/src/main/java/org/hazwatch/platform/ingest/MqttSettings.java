package org.hazwatch.platform.ingest;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hazwatch.mqtt.*}: MQTT ingest (SPEC §10) through an embedded broker, or through an external
 * one when {@code url} is set.
 *
 * @param enabled  {@code false} runs the platform without MQTT ingest (HTTP only)
 * @param url      an external broker, {@code tcp://host:1883} or {@code ssl://host:8883}; blank starts the embedded one
 * @param host     the address the embedded broker listens on
 * @param port     the embedded broker's port; 0 takes a free one (tests)
 * @param username the platform's account at an external broker
 * @param password its password
 * @param clientId the platform's client identifier at an external broker; its session (and the readings queued in
 *                 it) outlives restarts
 * @param workers  threads taking messages into the reading log (embedded broker: the connections' messages; external:
 *                 the subscription's), so a slow commit does not hold back the others
 */
@ConfigurationProperties("hazwatch.mqtt")
public record MqttSettings(
        @DefaultValue("true") boolean enabled,
        URI url,
        @DefaultValue("0.0.0.0") String host,
        @DefaultValue("1883") int port,
        String username,
        String password,
        @DefaultValue("hazwatch-platform") String clientId,
        @DefaultValue("4") int workers) {
}
