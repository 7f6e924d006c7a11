package org.hazwatch.platform.video;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event clip as the API and pages show it; times in the platform's zone.
 *
 * @param state       ORDERED (等待网关上传), STORED (可回放) or LOST (无录像)
 * @param playlistUrl the VOD playlist (hls.js), served only to those who see the enterprise; null unless STORED
 */
public record ClipView(UUID id, String enterpriseCode, String camera, OffsetDateTime from, OffsetDateTime to,
                       String state, String reason, long bytes, int segments, double seconds, String playlistUrl) {
}
