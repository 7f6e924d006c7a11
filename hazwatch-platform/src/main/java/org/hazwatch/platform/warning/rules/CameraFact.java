package org.hazwatch.platform.warning.rules;

import java.time.Instant;

/**
 * A camera of the enterprise offline (视频离线) with no filing covering it.
 *
 * @param since its last status report, null if it never reported
 */
public record CameraFact(String code, String name, Instant since) {
}
