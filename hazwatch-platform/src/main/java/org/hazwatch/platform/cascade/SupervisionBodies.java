package org.hazwatch.platform.cascade;

import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.hazwatch.platform.bulletin.BulletinView;
import org.hazwatch.platform.bulletin.Bulletins;
import org.hazwatch.platform.inspection.ForwardedInspections;
import org.hazwatch.platform.inspection.Patrols;
import org.hazwatch.platform.inspection.Rectifications;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.quality.DataQuality;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.NotFoundException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * On the city: the body of a queued patrol record, rectification order, data-quality day or bulletin — the object as
 * this platform's read API shows it now, with {@code jurisdictionPath} (where it lies) beside its fields
 * (docs/CASCADE.md, supervision). A bulletin carries its PDF and workbook as base64 ({@code pdfBytes},
 * {@code xlsxBytes}), so a batch holds one bulletin.
 */
@Component
class SupervisionBodies {

    private final Patrols patrols;
    private final Rectifications rectifications;
    private final DataQuality quality;
    private final Bulletins bulletins;
    private final Registry registry;
    private final Jurisdictions jurisdictions;
    private final ObjectMapper json;

    SupervisionBodies(Patrols patrols, Rectifications rectifications, DataQuality quality, Bulletins bulletins,
                      Registry registry, Jurisdictions jurisdictions, ObjectMapper json) {
        this.patrols = patrols;
        this.rectifications = rectifications;
        this.quality = quality;
        this.bulletins = bulletins;
        this.registry = registry;
        this.jurisdictions = jurisdictions;
        this.json = json;
    }

    /** How many objects of the kind a batch carries at most (a bulletin's files are up to a few MiB). */
    static long perBatch(CascadeWire.Kind kind) {
        return kind == CascadeWire.Kind.BULLETIN ? 1 : Long.MAX_VALUE;
    }

    /** The object's state now; null when it is gone (nothing to forward). */
    JsonNode body(CascadeOutbox.Queued q) {
        Actor system = Actor.system();
        try {
            return switch (q.kind()) {
                case PATROL -> placed(patrols.one(system, UUID.fromString(q.objectId())), pathOf(q.enterpriseCode()));
                case RECTIFICATION -> {
                    UUID id = UUID.fromString(q.objectId());
                    yield placed(new ForwardedInspections.Forwarded(rectifications.one(system, id),
                            rectifications.timeline(system, id)), pathOf(q.enterpriseCode()));
                }
                case QUALITY_DAY -> placed(quality.enterprise(system, q.enterpriseCode(),
                        LocalDate.parse(q.objectId().substring(q.objectId().indexOf('/') + 1))),
                        pathOf(q.enterpriseCode()));
                case BULLETIN -> bulletin(UUID.fromString(q.objectId()));
                default -> throw new IllegalArgumentException("not a supervision kind: " + q.kind());
            };
        } catch (NotFoundException gone) {
            return null;
        }
    }

    /** The object id of an enterprise's data-quality day. */
    static String qualityDayId(String enterpriseCode, LocalDate day) {
        return enterpriseCode + "/" + day;
    }

    private ObjectNode bulletin(UUID id) {
        BulletinView view = bulletins.one(Actor.system(), id);
        String path = jurisdictions.find(view.jurisdiction()).map(Jurisdiction::path)
                .orElseThrow(() -> new NotFoundException("jurisdiction", view.jurisdiction()));
        ObjectNode body = placed(view, path);
        body.put("pdfBytes", Base64.getEncoder().encodeToString(bulletins.document(Actor.system(), id, "pdf").bytes()));
        body.put("xlsxBytes", Base64.getEncoder().encodeToString(
                bulletins.document(Actor.system(), id, "xlsx").bytes()));
        return body;
    }

    private String pathOf(String enterpriseCode) {
        return registry.jurisdictionPathOf(enterpriseCode)
                .orElseThrow(() -> new NotFoundException("enterprise", enterpriseCode));
    }

    private ObjectNode placed(Object view, String path) {
        ObjectNode body = json.valueToTree(view);
        body.put("jurisdictionPath", path);
        return body;
    }
}
