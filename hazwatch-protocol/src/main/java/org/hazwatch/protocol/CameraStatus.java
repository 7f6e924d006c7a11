package org.hazwatch.protocol;

import java.time.OffsetDateTime;

/** One camera's state as the gateway sees it on the NVR (SPEC §10, kind {@code video-status}). */
public record CameraStatus(String code, Boolean online, OffsetDateTime time) {
}
