package org.hazwatch.platform.cascade;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.inspection.NewRectification;
import org.hazwatch.platform.inspection.PatrolRecordView;
import org.hazwatch.platform.inspection.PatrolRecorded;
import org.hazwatch.platform.inspection.Patrols;
import org.hazwatch.platform.inspection.RectificationChanged;
import org.hazwatch.platform.inspection.RectificationView;
import org.hazwatch.platform.inspection.Rectifications;
import org.hazwatch.platform.inspection.rules.PatrolItem;
import org.hazwatch.platform.inspection.rules.RectificationStep;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.HazwatchProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Spot-check findings down the chain (docs/CASCADE.md, supervision). On the province: a spot check (抽查) of an
 * enterprise a city forwards, and a rectification order issued about one, become orders for that city in the
 * transaction that records them. On the city: such an order is made as if made here, by {@code 省级平台/<user>} —
 * the spot check in the enterprise's records (its abnormal items findings), the order in the ledger, each with the
 * province's id, so the city's handling goes back up as updates of the same order.
 */
@Component
class SupervisionOrders {

    static final String SPOT_CHECK = "SPOT_CHECK";
    static final String RECTIFICATION = "RECTIFICATION";

    private final ForwardedObjects objects;
    private final Patrols patrols;
    private final Rectifications rectifications;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final HazwatchProperties hazwatch;
    private final Clock clock;

    SupervisionOrders(ForwardedObjects objects, Patrols patrols, Rectifications rectifications, JdbcClient jdbc,
                      ObjectMapper json, HazwatchProperties hazwatch, Clock clock) {
        this.objects = objects;
        this.patrols = patrols;
        this.rectifications = rectifications;
        this.jdbc = jdbc;
        this.json = json;
        this.hazwatch = hazwatch;
        this.clock = clock;
    }

    @EventListener
    void patrolRecorded(PatrolRecorded e) {
        if (SPOT_CHECK.equals(e.kind())) {
            objects.forwarderOf(e.enterpriseCode().code()).ifPresent(city -> {
                PatrolRecordView record = patrols.one(Actor.system(), e.recordId());
                if (record.snapshots().isEmpty()) { // a snapshot added later is no new spot check
                    order(city, SPOT_CHECK, record.id(), record.enterpriseCode(), json.valueToTree(record),
                            record.recordedBy());
                }
            });
        }
    }

    @EventListener
    void rectificationChanged(RectificationChanged e) {
        if (e.step() == RectificationStep.ISSUED) {
            objects.forwarderOf(e.enterpriseCode().code()).ifPresent(city -> {
                RectificationView order = rectifications.one(Actor.system(), e.orderId());
                order(city, RECTIFICATION, order.id(), order.enterpriseCode(), json.valueToTree(Map.of(
                        "item", order.item().name(), "problem", order.problem(),
                        "deadline", offset(order.deadline()), "issuedAt", offset(order.issuedAt()),
                        "patrolId", order.patrolId() == null ? "" : order.patrolId().toString())), e.by());
            });
        }
    }

    /** On the city, in the transaction that records the order's seq: makes the spot check or the order here. */
    void apply(CascadeWire.Order order, Actor provincial) {
        JsonNode body = order.body();
        switch (order.kind()) {
            case SPOT_CHECK -> {
                PatrolRecordView made = json.treeToValue(body, PatrolRecordView.class);
                patrols.takeOver(provincial, new PatrolRecordView(made.id(), order.enterpriseCode(), SPOT_CHECK, null,
                        made.day(), made.items(), made.note(), made.snapshots(), provincial.username(),
                        made.recordedAt(), null));
            }
            case RECTIFICATION -> {
                String patrol = body.path("patrolId").asString("");
                rectifications.takeOver(provincial, UUID.fromString(order.objectId()), new NewRectification(
                        order.enterpriseCode(), patrol.isEmpty() ? null : UUID.fromString(patrol),
                        PatrolItem.valueOf(body.path("item").asString()), body.path("problem").asString(),
                        OffsetDateTime.parse(body.path("deadline").asString()).toInstant()),
                        OffsetDateTime.parse(body.path("issuedAt").asString()).toInstant());
            }
            default -> throw new IllegalArgumentException("an order this platform does not know: " + order.kind());
        }
    }

    private void order(String city, String kind, UUID id, String enterpriseCode, JsonNode body, String by) {
        jdbc.sql("""
                INSERT INTO cascade_order (target_platform, kind, object_id, enterprise_code, body, ordered_by,
                                           ordered_at)
                VALUES (:platform, :kind, :id, :enterprise, CAST(:body AS jsonb), :by, :now)""")
                .param("platform", city).param("kind", kind).param("id", id.toString())
                .param("enterprise", enterpriseCode).param("body", json.writeValueAsString(body)).param("by", by)
                .param("now", Timestamp.from(clock.instant())).update();
    }

    private String offset(Instant at) {
        return at.atZone(hazwatch.zone()).toOffsetDateTime().toString();
    }
}
