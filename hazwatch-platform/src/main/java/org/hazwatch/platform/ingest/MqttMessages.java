package org.hazwatch.platform.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.ingest.rules.IngestTopic;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.LogContext;
import org.hazwatch.platform.support.LogSafe;
import org.hazwatch.protocol.Heartbeat;
import org.hazwatch.protocol.IngestReply;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.WireContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * Takes one MQTT message (SPEC §10) the way HTTP ingest takes a request. The broker has authenticated the
 * publisher and let it write only under its own enterprise's topic; the body's {@code gatewayCode} must be a
 * registered gateway of that enterprise, and from there the checks are HTTP's. A malformed or refused message is
 * logged (once a minute per topic), counted ({@code hazwatch.mqtt.messages} by kind and outcome) and then
 * acknowledged like any other:
 * sending it again would not change the answer. Only a failed commit is thrown, for the caller to try again.
 * An unexpected fault is logged as an error and counted as {@code failed}. Refused messages of readings are also
 * counted among the ingest's refused batches ({@link IngestMeters}); each message is logged with an id of its own
 * and its enterprise (and, once known, gateway) in the log context, cleared when it is done.
 */
class MqttMessages {

    private enum Outcome { ACCEPTED, REFUSED, MALFORMED, FAILED }

    private static final Logger log = LoggerFactory.getLogger(MqttMessages.class);

    private final GatewayDirectory gateways;
    private final ReadingIntake intake;
    private final GatewayHeartbeats heartbeats;
    private final MeterRegistry meters;
    private final IngestMeters ingestMeters;
    private final OncePerMinute logGate;
    private final GatewayMessageIntake others;

    MqttMessages(GatewayDirectory gateways, ReadingIntake intake, GatewayHeartbeats heartbeats, MeterRegistry meters,
                 IngestMeters ingestMeters, Clock clock) {
        this(gateways, intake, heartbeats, meters, ingestMeters, clock, new GatewayMessageIntake(java.util.List.of()));
    }

    MqttMessages(GatewayDirectory gateways, ReadingIntake intake, GatewayHeartbeats heartbeats, MeterRegistry meters,
                 IngestMeters ingestMeters, Clock clock, GatewayMessageIntake others) {
        this.ingestMeters = ingestMeters;
        this.others = others;
        this.gateways = gateways;
        this.intake = intake;
        this.heartbeats = heartbeats;
        this.meters = meters;
        this.logGate = new OncePerMinute(clock);
    }

    /** @throws IngestRefusedException with 503 when the readings could not be committed: do not acknowledge */
    void take(String topicName, byte[] payload) {
        Optional<IngestTopic> topic = IngestTopic.parse(topicName);
        String kind = topic.map(IngestTopic::kind).filter(this::known).orElse("other");
        Outcome outcome = Outcome.ACCEPTED;
        LogContext.request(UUID.randomUUID().toString());
        topic.ifPresent(t -> LogContext.enterprise(t.enterpriseCode()));
        try {
            take(topic.orElseThrow(() -> InvalidInputException.of("topic",
                    "not hazwatch/v1/<enterpriseCode>/<kind>")), payload);
        } catch (InvalidInputException e) {
            ingestMeters.refused(IngestMeters.Channel.MQTT, e);
            if (logGate.due(topicName)) {
                log.warn("MQTT message on {} is malformed: {} (acknowledged and dropped; counted; logged once a "
                        + "minute per topic)", LogSafe.of(topicName), LogSafe.of(e.problems()));
            }
            outcome = Outcome.MALFORMED;
        } catch (IngestRefusedException e) {
            ingestMeters.refused(IngestMeters.Channel.MQTT, e);
            if (e.status() == HttpStatus.SERVICE_UNAVAILABLE) {
                throw e;
            }
            if (logGate.due(topicName)) {
                log.warn("MQTT message on {} refused: {}: {} (acknowledged and dropped; counted; logged once a "
                        + "minute per topic)", LogSafe.of(topicName), LogSafe.of(e.field()),
                        LogSafe.of(e.getMessage()));
            }
            outcome = Outcome.REFUSED;
        } catch (RuntimeException e) {
            // a fault of ours that every redelivery would meet again; held unacknowledged it would stall the
            // session (acknowledgements go out in order), so it is logged loudly, counted and let go
            log.error("MQTT message on {} failed and is dropped", LogSafe.of(topicName), e);
            outcome = Outcome.FAILED;
        } finally {
            LogContext.clear();
        }
        meters.counter("hazwatch.mqtt.messages", "kind", kind, "outcome", outcome.name().toLowerCase()).increment();
    }

    private void take(IngestTopic topic, byte[] payload) {
        if (payload.length > WireContract.MAX_BODY_BYTES) {
            throw IngestRefusedException.tooLarge("body", "over " + WireContract.MAX_BODY_BYTES + " bytes");
        }
        switch (topic.kind()) {
            case WireContract.READINGS -> {
                ReadingBatch batch = BatchReader.read(payload, intake.codesOf(topic.enterpriseCode()));
                IngestReply reply = intake.take(publisher(topic, batch.gatewayCode()), batch,
                        IngestMeters.Channel.MQTT);
                if (!reply.rejected().isEmpty()) {
                    log.info("MQTT readings of {}: {} rejected: {}", LogSafe.of(batch.gatewayCode()),
                            reply.rejected().size(), LogSafe.of(reply.rejected()));
                }
            }
            case WireContract.HEARTBEAT -> {
                Heartbeat heartbeat = GatewayHeartbeats.read(payload);
                heartbeats.take(publisher(topic, heartbeat.gatewayCode()), heartbeat);
            }
            default -> {
                // the other kinds (video-status, video-events): their features take them after the shared checks
                GatewayMessages kind = others.kind(topic.kind()).orElseThrow(() -> InvalidInputException.of("topic",
                        "no such message kind: " + topic.kind()));
                IngestReply reply = others.take(kind, publisher(topic, GatewayMessageIntake.gatewayCode(payload)),
                        payload);
                if (!reply.rejected().isEmpty()) {
                    log.info("MQTT {} of {}: {} rejected: {}", LogSafe.of(topic.kind()),
                            LogSafe.of(topic.enterpriseCode()), reply.rejected().size(), LogSafe.of(reply.rejected()));
                }
            }
        }
    }

    /**
     * The gateway a message came from: the broker vouches only for the topic's enterprise (an MQTT PUBLISH does not
     * carry its publisher's login to subscribers), so the body's gateway must be one of that enterprise's.
     */
    private GatewayKey publisher(IngestTopic topic, String gatewayCode) {
        return Optional.ofNullable(gatewayCode).flatMap(gateways::gateway).filter(g -> g.enterpriseCode().equals(topic.enterpriseCode()))
                .orElseThrow(() -> IngestRefusedException.forbidden("gatewayCode",
                        "not a registered gateway of enterprise " + topic.enterpriseCode()));
    }

    /** The kinds subscribed to besides readings and heartbeats. */
    java.util.Set<String> otherKinds() {
        return others.kinds();
    }

    private boolean known(String kind) {
        return kind.equals(WireContract.READINGS) || kind.equals(WireContract.HEARTBEAT) || others.kind(kind).isPresent();
    }
}
