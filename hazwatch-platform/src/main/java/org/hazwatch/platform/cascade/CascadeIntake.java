package org.hazwatch.platform.cascade;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.telemetry.AppendOutcome;
import org.hazwatch.platform.telemetry.NewReading;
import org.hazwatch.platform.telemetry.ReadingLog;
import org.hazwatch.platform.telemetry.ReadingQuality;
import org.hazwatch.platform.telemetry.TelemetrySettings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * On the province: takes a city platform's batches (docs/CASCADE.md). Every object's enterprise must lie under the
 * platform's node (403 for the whole batch otherwise); a batch is stored in one transaction, each version once.
 * Enterprises go into the registry under their own node, as the city's regulator would import them, without their
 * gateways (those send to the city); readings into the reading log, so the ordinary pages and API read them.
 */
@Service
class CascadeIntake {

    private final ForwardedObjects objects;
    private final Registry registry;
    private final Jurisdictions jurisdictions;
    private final ReadingLog readings;
    private final TelemetrySettings telemetry;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;
    private final SupervisionPlacement supervision;

    CascadeIntake(ForwardedObjects objects, Registry registry, Jurisdictions jurisdictions, ReadingLog readings,
                  TelemetrySettings telemetry, TransactionTemplate transaction, ObjectMapper json, Clock clock,
                  SupervisionPlacement supervision) {
        this.supervision = supervision;
        this.objects = objects;
        this.registry = registry;
        this.jurisdictions = jurisdictions;
        this.readings = readings;
        this.telemetry = telemetry;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    CascadeWire.Taken objects(RegisteredPlatform platform, CascadeWire.Kind kind, CascadeWire.ObjectBatch batch) {
        if (batch.objects() == null) {
            throw CascadeRefused.malformed("objects", "required");
        }
        requireSigner(platform, batch.platformCode());
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < batch.objects().size(); i++) {
            placed.add(place(platform, kind, batch.objects().get(i), "objects[" + i + "]"));
        }
        Instant now = clock.instant();
        int[] taken = new int[2];
        transaction.executeWithoutResult(status -> {
            for (Placed p : placed) {
                ForwardedObjects.Outcome outcome = objects.upsert(platform.code(), kind, p.object().id(),
                        p.object().version(), p.object().enterpriseCode(), p.path(), json.writeValueAsString(
                                p.object().body()), now);
                taken[outcome == ForwardedObjects.Outcome.DUPLICATE ? 1 : 0]++;
                if (kind == CascadeWire.Kind.ENTERPRISE && outcome == ForwardedObjects.Outcome.NEWEST) {
                    // joins this transaction: the registry and the mark "forwarded" commit together
                    registry.importJson(platform.actor(), json.writeValueAsBytes(withoutGateways(p.object())));
                }
            }
        });
        return new CascadeWire.Taken(taken[0], taken[1]);
    }

    CascadeWire.Taken readings(RegisteredPlatform platform, CascadeWire.ReadingBatch batch) {
        if (batch.readings() == null) {
            throw CascadeRefused.malformed("readings", "required");
        }
        requireSigner(platform, batch.platformCode());
        Map<String, String> forwarderOfEnterprise = new HashMap<>();
        List<NewReading> accepted = new ArrayList<>(batch.readings().size());
        for (int i = 0; i < batch.readings().size(); i++) {
            CascadeWire.WireReading r = batch.readings().get(i);
            String field = "readings[" + i + "]";
            if (r == null || r.pointCode() == null) {
                throw CascadeRefused.malformed(field + ".pointCode", "required");
            }
            requireForwardedPoint(platform, r.pointCode(), field, forwarderOfEnterprise);
            accepted.add(new NewReading(r.pointCode(), time(r.time(), field + ".time"), r.value(),
                    quality(r.quality(), field + ".quality"), r.late()));
        }
        AppendOutcome outcome = committed(accepted);
        return new CascadeWire.Taken(outcome.stored(), outcome.duplicates());
    }

    /**
     * The point's enterprise must be one the platform forwards: 409 for a point unknown here (its enterprise not
     * sent yet), 403 for another's.
     *
     * @param forwarderOfEnterprise the forwarders found so far in the batch, filled in
     */
    void requireForwardedPoint(RegisteredPlatform platform, String pointCode, String field,
                               Map<String, String> forwarderOfEnterprise) {
        PointDefinition point = registry.point(pointCode).orElseThrow(() -> new CascadeRefused(
                HttpStatus.CONFLICT, field + ".pointCode", "unknown point: send its enterprise first"));
        String forwarder = forwarderOfEnterprise.computeIfAbsent(point.enterpriseCode(),
                code -> objects.forwarderOf(code).orElse(""));
        if (!forwarder.equals(platform.code())) {
            throw CascadeRefused.forbidden(field + ".pointCode", "not an enterprise this platform forwards");
        }
    }

    private record Placed(CascadeWire.ForwardedObject object, String path) {
    }

    /** Where the object lies on this platform; refuses the batch if that is outside the platform's node. */
    private Placed place(RegisteredPlatform platform, CascadeWire.Kind kind, CascadeWire.ForwardedObject object,
                         String field) {
        if (supervision.places(kind)) {
            return new Placed(object, supervision.place(platform, kind, object, field));
        }
        if (object == null || object.id() == null || object.enterpriseCode() == null || object.body() == null
                || !object.body().isObject()) {
            throw CascadeRefused.malformed(field, "id, version, enterpriseCode and body are required");
        }
        String path;
        if (kind == CascadeWire.Kind.ENTERPRISE) {
            JsonNode enterprise = object.body().path("enterprise");
            if (!object.id().equals(object.enterpriseCode()) || !object.id().equals(enterprise.path("code").asString(""))) {
                throw CascadeRefused.malformed(field + ".body.enterprise.code", "not the object's enterprise");
            }
            path = jurisdictions.find(enterprise.path("jurisdiction").asString(""))
                    .map(Jurisdiction::path).orElseThrow(() -> CascadeRefused.malformed(
                            field + ".body.enterprise.jurisdiction", "no such jurisdiction"));
            String forwarder = objects.forwarderOf(object.id()).orElse(null);
            boolean own = forwarder == null && registry.enterprise(object.id()).isPresent();
            if (own || (forwarder != null && !forwarder.equals(platform.code()))) {
                throw CascadeRefused.forbidden(field + ".id", "an enterprise this platform does not forward");
            }
        } else {
            path = kind.placedByEnterprise ? registry.enterprise(object.enterpriseCode())
                    .map(RegisteredEnterprise::jurisdictionPath).orElse("")
                    : object.body().path("jurisdictionPath").asString("");
            if (!platform.writesUnder(object.enterpriseCode(), path)) {
                throw CascadeRefused.forbidden(field + ".body.jurisdictionPath", "outside the platform's node");
            }
            String forwarder = objects.forwarderOf(object.enterpriseCode()).orElseThrow(() -> new CascadeRefused(
                    HttpStatus.CONFLICT, field + ".enterpriseCode", "unknown enterprise: send it first"));
            if (!forwarder.equals(platform.code())) {
                throw CascadeRefused.forbidden(field + ".enterpriseCode", "not an enterprise this platform forwards");
            }
        }
        if (!platform.writesUnder(object.enterpriseCode(), path)) {
            throw CascadeRefused.forbidden(field, "outside the platform's node");
        }
        return new Placed(object, path);
    }

    private static void requireSigner(RegisteredPlatform platform, String platformCode) {
        if (!platform.code().equals(platformCode)) {
            throw CascadeRefused.forbidden("platformCode", "the body names another platform than the signer");
        }
    }

    private JsonNode withoutGateways(CascadeWire.ForwardedObject object) {
        ObjectNode document = ((ObjectNode) object.body()).deepCopy();
        document.remove("gateways");
        return document;
    }

    private static Instant time(String text, String field) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw CascadeRefused.malformed(field, "an ISO-8601 instant is required");
        }
    }

    private static ReadingQuality quality(String text, String field) {
        try {
            return ReadingQuality.valueOf(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw CascadeRefused.malformed(field, "GOOD, UNCERTAIN, BAD or INVALID");
        }
    }

    private AppendOutcome committed(List<NewReading> accepted) {
        try {
            return readings.append(accepted).get(telemetry.appendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        } catch (ExecutionException | TimeoutException e) {
            throw unavailable();
        }
    }

    private static CascadeRefused unavailable() {
        return new CascadeRefused(HttpStatus.SERVICE_UNAVAILABLE, "readings",
                "the readings could not be committed; send the batch again");
    }
}
