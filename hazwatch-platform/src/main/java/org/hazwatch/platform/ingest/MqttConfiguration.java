package org.hazwatch.platform.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.telemetry.TelemetrySettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** MQTT ingest, unless {@code hazwatch.mqtt.enabled=false}; the embedded broker unless {@code hazwatch.mqtt.url}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hazwatch.mqtt.enabled", havingValue = "true", matchIfMissing = true)
class MqttConfiguration {

    @Bean
    @ConditionalOnExpression("'${hazwatch.mqtt.url:}'.isBlank()")
    EmbeddedBroker embeddedBroker(MqttSettings settings, HazwatchProperties hazwatch, GatewayDirectory gateways,
                                  MqttMessages messages, TelemetrySettings telemetry, MeterRegistry meters,
                                  Clock clock) {
        return new EmbeddedBroker(settings, hazwatch, gateways, messages, telemetry.appendTimeout(), meters, clock);
    }

    @Bean
    MqttMessages mqttMessages(GatewayDirectory gateways, ReadingIntake intake, GatewayHeartbeats heartbeats,
                              MeterRegistry meters, IngestMeters ingestMeters, Clock clock,
                              GatewayMessageIntake others) {
        return new MqttMessages(gateways, intake, heartbeats, meters, ingestMeters, clock, others);
    }

    @Bean
    @ConditionalOnExpression("!'${hazwatch.mqtt.url:}'.isBlank()")
    MqttIngest mqttIngest(MqttSettings settings, MqttMessages messages, TelemetrySettings telemetry) {
        return new MqttIngest(settings, messages, telemetry.appendTimeout());
    }
}
