package org.hazwatch.platform.cascade;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.bulletin.BulletinView;
import org.hazwatch.platform.bulletin.ForwardedBulletins;
import org.hazwatch.platform.inspection.ForwardedInspections;
import org.hazwatch.platform.inspection.PatrolRecordView;
import org.hazwatch.platform.inspection.RectificationView;
import org.hazwatch.platform.inspection.rules.RectificationFlow;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.quality.EnterpriseDayQuality;
import org.hazwatch.platform.quality.EnterpriseQualityView;
import org.hazwatch.platform.quality.ForwardedQuality;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;

/**
 * On the province: the forwarded patrol records, rectification orders, data-quality days and bulletins as the
 * ordinary read API shows them, marked with their origin (docs/CASCADE.md, supervision). Each read keeps to the
 * reader's jurisdiction scope, as the own objects do.
 */
@Component
class ForwardedSupervision implements ForwardedInspections, ForwardedQuality, ForwardedBulletins {

    private static final int AT_MOST = 5000;
    private static final List<String> FILES = List.of("pdfBytes", "xlsxBytes");

    private final ForwardedObjects objects;
    private final ObjectMapper json;
    private final Clock clock;

    ForwardedSupervision(ForwardedObjects objects, ObjectMapper json, Clock clock) {
        this.objects = objects;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public boolean forwarded(EnterpriseCode enterpriseCode) {
        return objects.forwarderOf(enterpriseCode.code()).isPresent();
    }

    @Override
    public List<PatrolRecordView> patrols(JurisdictionScope scope, LocalDate day) {
        return objects.list(CascadeWire.Kind.PATROL, scope, null, "body->>'day' = :day", Map.of("day", day.toString()),
                AT_MOST).stream().map(this::patrol).toList();
    }

    @Override
    public Optional<PatrolRecordView> patrol(JurisdictionScope scope, UUID id) {
        return seen(CascadeWire.Kind.PATROL, scope, id.toString()).map(this::patrol);
    }

    @Override
    public List<RectificationView> rectifications(JurisdictionScope scope, int limit) {
        return objects.list(CascadeWire.Kind.RECTIFICATION, scope, null, "TRUE", Map.of(), limit).stream()
                .map(o -> rectification(o).order()).toList();
    }

    @Override
    public Optional<Forwarded> rectification(JurisdictionScope scope, UUID id) {
        return seen(CascadeWire.Kind.RECTIFICATION, scope, id.toString()).map(this::rectification);
    }

    @Override
    public Optional<EnterpriseQualityView> day(String enterpriseCode, LocalDate day) {
        return objects.one(CascadeWire.Kind.QUALITY_DAY, SupervisionBodies.qualityDayId(enterpriseCode, day))
                .map(o -> read(o.body(), EnterpriseQualityView.class).forwardedBy(o.sourcePlatform()));
    }

    @Override
    public List<EnterpriseDayQuality> days(JurisdictionScope scope, LocalDate day) {
        return objects.list(CascadeWire.Kind.QUALITY_DAY, scope, null, "body->>'day' = :day",
                Map.of("day", day.toString()), AT_MOST).stream().map(o -> {
                    EnterpriseQualityView q = read(o.body(), EnterpriseQualityView.class);
                    return new EnterpriseDayQuality(q.enterpriseCode(), q.day(), q.accessRate(), q.onlineRate(),
                            q.timeliness(), q.validity(), q.videoOnlineRate(), q.completeness(), q.score(), q.grade());
                }).toList();
    }

    @Override
    public List<BulletinView> list(JurisdictionScope scope, int limit) {
        return objects.listWithout(CascadeWire.Kind.BULLETIN, scope, "TRUE", Map.of(), limit, FILES).stream()
                .map(this::bulletin).toList();
    }

    @Override
    public Optional<BulletinView> one(JurisdictionScope scope, UUID id) {
        return seenNode(scope, id).map(this::bulletin);
    }

    @Override
    public Optional<byte[]> document(JurisdictionScope scope, UUID id, String kind) {
        return seenNode(scope, id).map(o -> Base64.getDecoder().decode(json.readTree(o.body())
                .path(kind + "Bytes").asString("")));
    }

    private Optional<ForwardedObjects.Stored> seen(CascadeWire.Kind kind, JurisdictionScope scope, String id) {
        return objects.one(kind, id).filter(o -> scope.sees(o.enterpriseCode(), o.jurisdictionPath()));
    }

    private Optional<ForwardedObjects.Stored> seenNode(JurisdictionScope scope, UUID id) {
        return objects.one(CascadeWire.Kind.BULLETIN, id.toString()).filter(o -> scope.contains(o.jurisdictionPath()));
    }

    private PatrolRecordView patrol(ForwardedObjects.Stored o) {
        return read(o.body(), PatrolRecordView.class).forwardedBy(o.sourcePlatform());
    }

    /** The order as the city sent it; overdue as of now, as the own orders are. */
    private Forwarded rectification(ForwardedObjects.Stored o) {
        Forwarded sent = read(o.body(), Forwarded.class);
        RectificationView v = sent.order();
        RectificationView now = new RectificationView(v.id(), v.number(), v.enterpriseCode(), v.enterpriseName(),
                v.item(), v.problem(), v.deadline(), v.state(),
                RectificationFlow.overdue(v.state(), v.deadline(), clock.instant()), v.patrolId(), v.issuedBy(),
                v.issuedAt(), v.closedAt(), v.escalatedAt(), o.sourcePlatform());
        return new Forwarded(now, sent.timeline());
    }

    private BulletinView bulletin(ForwardedObjects.Stored o) {
        return read(o.body(), BulletinView.class).forwardedBy(o.sourcePlatform());
    }

    private <T> T read(String body, Class<T> type) {
        return json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).readValue(body);
    }
}
