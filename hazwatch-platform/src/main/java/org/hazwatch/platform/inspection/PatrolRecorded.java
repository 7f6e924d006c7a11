package org.hazwatch.platform.inspection;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * A patrol or spot-check record (巡查/抽查记录) was saved or got a snapshot; published in the record's transaction, so
 * a listener that writes (the cascade's outbox) commits or rolls back with it.
 *
 * @param recordedBy who made the record ({@code 省级平台/<user>} for a spot check the province sent down)
 */
public record PatrolRecorded(UUID recordId, EnterpriseCode enterpriseCode, String jurisdictionPath, String kind,
                             String recordedBy, Instant at) {
}
