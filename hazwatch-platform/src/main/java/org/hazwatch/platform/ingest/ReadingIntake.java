package org.hazwatch.platform.ingest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hazwatch.platform.ingest.rules.ReadingRules;
import org.hazwatch.platform.support.LogContext;
import org.hazwatch.platform.support.LogSafe;
import org.hazwatch.platform.telemetry.AppendOutcome;
import org.hazwatch.platform.telemetry.LiveReadings;
import org.hazwatch.platform.telemetry.NewReading;
import org.hazwatch.platform.telemetry.PointDirectory;
import org.hazwatch.platform.telemetry.PointSpec;
import org.hazwatch.platform.telemetry.ReadingLog;
import org.hazwatch.platform.telemetry.ReadingQuality;
import org.hazwatch.platform.telemetry.TelemetrySettings;
import org.hazwatch.protocol.IngestReply;
import org.hazwatch.protocol.PointCode;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.RejectedReading;
import org.hazwatch.protocol.WireContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Takes an authenticated gateway's batch into the reading log (数据接入): the gateway may write only its own
 * enterprise's points (403 for the whole batch otherwise), each reading is judged by {@link ReadingRules}, and the
 * reply is given only once the accepted readings are committed. Shared by every transport (HTTP, MQTT), which
 * says which it is for the meters ({@link IngestMeters}); the gateway and enterprise go into the log context.
 */
@Component
class ReadingIntake {

    private static final Logger logger = LoggerFactory.getLogger(ReadingIntake.class);

    private final PointDirectory points;
    private final ReadingLog log;
    private final LiveReadings live;
    private final TelemetrySettings telemetry;
    private final ReadingRules rules;
    private final IngestMeters meters;
    private final Clock clock;
    /** By the point directory's map of an enterprise: a registry change brings a new map, the old one is let go. */
    private final Cache<Map<String, PointSpec>, RegisteredCodes> codes = Caffeine.newBuilder().weakKeys().build();

    ReadingIntake(PointDirectory points, ReadingLog log, LiveReadings live, TelemetrySettings telemetry,
                  IngestSettings settings, IngestMeters meters, Clock clock) {
        this.points = points;
        this.log = log;
        this.live = live;
        this.telemetry = telemetry;
        this.rules = new ReadingRules(WireContract.MAX_FUTURE, settings.lateAfter(), telemetry.rawRetention());
        this.meters = meters;
        this.clock = clock;
    }

    /** The enterprise's registered point codes, for {@link BatchReader#read(byte[], RegisteredCodes)}. */
    RegisteredCodes codesOf(String enterpriseCode) {
        return codes.get(points.pointsByCode(enterpriseCode), own -> new RegisteredCodes(own.keySet()));
    }

    IngestReply take(GatewayKey gateway, ReadingBatch batch, IngestMeters.Channel channel) {
        long start = System.nanoTime();
        LogContext.gateway(gateway.gatewayCode(), gateway.enterpriseCode());
        Instant receivedAt = clock.instant();
        PointSpec[] specs = ownedPoints(gateway, batch);
        live.gatewayHeard(gateway.enterpriseCode(), receivedAt);
        ReadingRules.Judge judge = rules.at(receivedAt);
        List<NewReading> accepted = new ArrayList<>(batch.readings().size());
        List<RejectedReading> rejected = new ArrayList<>();
        OffsetDateTime stamped = null;
        Instant time = null;
        for (int i = 0; i < specs.length; i++) {
            Reading reading = batch.readings().get(i);
            PointSpec point = specs[i];
            if (point == null) {
                rejected.add(new RejectedReading(i, "pointCode", "no such point is registered"));
                continue;
            }
            if (reading.time() != stamped) {  // the readings of a scan share their time (BatchReader)
                stamped = reading.time();
                time = stamped.toInstant();
            }
            ReadingRules.Verdict verdict = judge.judge(time, reading.value(), point.rangeLow(), point.rangeHigh());
            if (verdict instanceof ReadingRules.Rejected no) {
                rejected.add(new RejectedReading(i, no.field(), no.reason()));
            } else if (verdict instanceof ReadingRules.Accepted yes) {
                // the registry's instance of the code, which every per-point map then shares (issue 17)
                accepted.add(new NewReading(point.code(), time, reading.value(),
                        yes.outOfRange() ? ReadingQuality.INVALID : ReadingQuality.of(reading.quality()),
                        yes.late()));
            }
        }
        AppendOutcome outcome = committed(accepted);
        IngestReply reply = new IngestReply(outcome.stored(), outcome.duplicates(), rejected);
        meters.taken(channel, reply, start);
        if (logger.isDebugEnabled()) {
            logger.debug("batch {} over {}: {} stored, {} duplicates, {} rejected", LogSafe.of(batch.batchId()),
                    channel.tag, reply.accepted(), reply.duplicates(), rejected.size());
        }
        return reply;
    }

    /**
     * The registered point of each reading (null where none is), after checking that the batch is the gateway's
     * own: SPEC §10 and the invariant "every gateway writes only its own enterprise".
     */
    private PointSpec[] ownedPoints(GatewayKey gateway, ReadingBatch batch) {
        if (!gateway.gatewayCode().equals(batch.gatewayCode())) {
            throw IngestRefusedException.forbidden("gatewayCode", "the body names another gateway than the signer");
        }
        if (!gateway.enterpriseCode().equals(batch.enterpriseCode())) {
            throw IngestRefusedException.forbidden("enterpriseCode", "not this gateway's enterprise");
        }
        Map<String, PointSpec> own = points.pointsByCode(gateway.enterpriseCode());
        PointSpec[] specs = new PointSpec[batch.readings().size()];
        for (int i = 0; i < specs.length; i++) {
            String code = batch.readings().get(i).pointCode();
            PointSpec mine = own.get(code);
            specs[i] = mine != null ? mine : points.point(code).orElse(null);
            String owner = specs[i] != null ? specs[i].enterpriseCode()
                    : PointCode.parse(code).map(p -> p.enterprise().code()).orElse(gateway.enterpriseCode());
            if (!owner.equals(gateway.enterpriseCode())) {
                throw IngestRefusedException.forbidden("readings[" + i + "].pointCode",
                        "a point of another enterprise; nothing was stored");
            }
        }
        return specs;
    }

    private AppendOutcome committed(List<NewReading> accepted) {
        try {
            return log.append(accepted).get(telemetry.appendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        } catch (ExecutionException | TimeoutException e) {
            throw unavailable();
        }
    }

    private static IngestRefusedException unavailable() {
        return new IngestRefusedException(HttpStatus.SERVICE_UNAVAILABLE, "readings",
                "the readings could not be committed; send the batch again");
    }
}
