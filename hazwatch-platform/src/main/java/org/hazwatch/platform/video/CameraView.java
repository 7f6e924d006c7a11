package org.hazwatch.platform.video;

import java.time.OffsetDateTime;

/**
 * A camera of an enterprise with its state now ({@code GET /api/v1/enterprises/{code}/cameras}, binding).
 *
 * @param lastSeen its last status report, in the platform's zone; null if it never reported
 */
public record CameraView(String code, String name, boolean online, OffsetDateTime lastSeen) {
}
