package org.hazwatch.platform.cascade;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** The cascade's wire messages, v1 (docs/CASCADE.md); times are ISO-8601 text. */
final class CascadeWire {

    static final String PLATFORM_CODE_HEADER = "X-Platform-Code";
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    /** The kinds of object forwarded one by one, with their path under {@code /api/v1/cascade/}. */
    enum Kind {
        ENTERPRISE("enterprises"), ALARM("alarms"), WARNING("warnings"),
        // the duty room's kinds (DutyRoomKinds): placed under their enterprise's node on the receiving platform
        HANDLING_STEP("handling-steps", true), COMMITMENT("commitments", true),
        CUSTODY_CHECK("custody-checks", true), FILING("filings", true),
        // supervision (part c-inspect): patrol records and spot checks, rectification orders with their timeline,
        // data-quality days, bulletins with their files
        PATROL("patrols"), RECTIFICATION("rectifications"), QUALITY_DAY("quality-days"), BULLETIN("bulletins");

        final String path;
        /** whether the object lies where its enterprise lies (its body names no jurisdictionPath) */
        final boolean placedByEnterprise;

        Kind(String path) {
            this(path, false);
        }

        Kind(String path, boolean placedByEnterprise) {
            this.path = path;
            this.placedByEnterprise = placedByEnterprise;
        }

        static Kind ofPath(String path) {
            for (Kind kind : values()) {
                if (kind.path.equals(path)) {
                    return kind;
                }
            }
            return null;
        }
    }

    record ObjectBatch(String platformCode, String batchId, List<ForwardedObject> objects) {
    }

    /** One version of one object; {@code body} is the object as the source platform shows it. */
    record ForwardedObject(String id, long version, String enterpriseCode, JsonNode body) {
    }

    record ReadingBatch(String platformCode, String batchId, List<WireReading> readings) {
    }

    record WireReading(String pointCode, String time, double value, String quality, boolean late) {
    }

    record Taken(int accepted, int duplicates) {
    }

    record OrderRequest(String platformCode, long after) {
    }

    record Orders(List<Order> orders) {
    }

    /**
     * An order down the chain (督办, a spot check, a rectification order); {@code deadline} and {@code orderedAt}
     * ISO-8601 with offset. {@code objectId} and {@code body} (added in v1): the object the order is about and what
     * the city needs to make it (a spot check's record, a rectification order's problem and deadline).
     */
    record Order(long seq, String kind, String warningId, String enterpriseCode, String instruction, String deadline,
                 String orderedBy, String orderedAt, String objectId, JsonNode body) {
    }

    private CascadeWire() {
    }
}
