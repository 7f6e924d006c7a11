package org.hazwatch.platform.alarm;

import java.time.Instant;
import java.util.UUID;

/** Event for the warning model: an alarm in force moved between H and HH, or L and LL (报警升级/降级). */
public record AlarmSeverityChanged(UUID episodeId, String enterpriseCode, String pointCode, String kind,
                                   String from, String to, String priority, Instant at) {
}
