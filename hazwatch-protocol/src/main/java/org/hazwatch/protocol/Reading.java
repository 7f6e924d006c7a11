package org.hazwatch.protocol;

import java.time.OffsetDateTime;

/**
 * One measured value of one point (实时数据) as it travels on the wire (SPEC §10). The time carries its offset,
 * as the plant's clock gave it.
 */
public record Reading(String pointCode, OffsetDateTime time, double value, Quality quality) {
}
