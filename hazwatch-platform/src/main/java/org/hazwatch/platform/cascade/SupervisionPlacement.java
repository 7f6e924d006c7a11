package org.hazwatch.platform.cascade;

import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.hazwatch.platform.bulletin.BulletinView;
import org.hazwatch.platform.inspection.ForwardedInspections;
import org.hazwatch.platform.inspection.PatrolRecordView;
import org.hazwatch.platform.quality.EnterpriseQualityView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * On the province: where a forwarded patrol record, rectification order, data-quality day or bulletin lies
 * (docs/CASCADE.md, supervision), refusing the batch when that is outside the platform's node (403), when its
 * enterprise was not sent by this platform (403, or 409 when not sent yet) or when its body is not what the city's
 * read API shows (400) — a body the province could not show later is never stored.
 */
@Component
class SupervisionPlacement {

    private static final Set<CascadeWire.Kind> KINDS = Set.of(CascadeWire.Kind.PATROL,
            CascadeWire.Kind.RECTIFICATION, CascadeWire.Kind.QUALITY_DAY, CascadeWire.Kind.BULLETIN);

    private final ForwardedObjects objects;
    private final ObjectMapper json;

    SupervisionPlacement(ForwardedObjects objects, ObjectMapper json) {
        this.objects = objects;
        this.json = json;
    }

    boolean places(CascadeWire.Kind kind) {
        return KINDS.contains(kind);
    }

    /** The jurisdiction path the object is kept under. */
    String place(RegisteredPlatform platform, CascadeWire.Kind kind, CascadeWire.ForwardedObject object,
                 String field) {
        boolean ofEnterprise = kind != CascadeWire.Kind.BULLETIN;
        if (object == null || object.id() == null || object.body() == null || !object.body().isObject()
                || (ofEnterprise && object.enterpriseCode() == null)) {
            throw CascadeRefused.malformed(field, "id, version, " + (ofEnterprise ? "enterpriseCode " : "")
                    + "and body are required");
        }
        String path = object.body().path("jurisdictionPath").asString("");
        if (path.isEmpty()) {
            throw CascadeRefused.malformed(field + ".body.jurisdictionPath", "required");
        }
        if (!platform.writesUnder(object.enterpriseCode(), path)) {
            throw CascadeRefused.forbidden(field + ".body.jurisdictionPath", "outside the platform's node");
        }
        if (ofEnterprise) {
            String forwarder = objects.forwarderOf(object.enterpriseCode()).orElseThrow(() -> new CascadeRefused(
                    HttpStatus.CONFLICT, field + ".enterpriseCode", "unknown enterprise: send it first"));
            if (!forwarder.equals(platform.code())) {
                throw CascadeRefused.forbidden(field + ".enterpriseCode", "not an enterprise this platform forwards");
            }
        }
        requireShown(kind, object, field);
        return path;
    }

    /** The body must read as the object the province shows, and belong to the object's enterprise. */
    private void requireShown(CascadeWire.Kind kind, CascadeWire.ForwardedObject object, String field) {
        JsonNode body = object.body();
        try {
            String enterprise = switch (kind) {
                case PATROL -> read(body, PatrolRecordView.class).enterpriseCode();
                case RECTIFICATION -> read(body, ForwardedInspections.Forwarded.class).order().enterpriseCode();
                case QUALITY_DAY -> read(body, EnterpriseQualityView.class).enterpriseCode();
                default -> {
                    read(body, BulletinView.class);
                    Base64.getDecoder().decode(body.path("pdfBytes").asString(""));
                    Base64.getDecoder().decode(body.path("xlsxBytes").asString(""));
                    UUID.fromString(object.id());
                    yield null;
                }
            };
            if (enterprise != null && !enterprise.equals(object.enterpriseCode())) {
                throw CascadeRefused.malformed(field + ".body.enterpriseCode", "not the object's enterprise");
            }
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw CascadeRefused.malformed(field + ".body", "not a " + kind.path + " body: " + e.getMessage());
        }
    }

    private <T> T read(JsonNode body, Class<T> type) {
        return json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).readValue(body);
    }
}
