package org.hazwatch.platform.video;

import java.time.OffsetDateTime;

/**
 * An AI-analysis event ({@code GET /api/v1/video/events}, binding: id, camera, type, time, snapshotUrl; the rest is
 * for the pages).
 *
 * @param snapshotUrl the snapshot, served only to those who see the enterprise
 * @param typeLabel   the type's zh-CN name (烟火 …)
 */
public record VideoEventView(long id, String camera, String type, OffsetDateTime time, String snapshotUrl,
                             String enterpriseCode, String typeLabel, Double confidence) {
}
