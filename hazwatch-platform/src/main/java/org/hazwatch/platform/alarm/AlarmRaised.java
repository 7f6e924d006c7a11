package org.hazwatch.platform.alarm;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.Priority;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;

/**
 * Event for the warning model: an alarm came into force (报警产生) — raised, or returned to annunciation while its
 * condition stands. Published on the alarm engine's thread after the change is stored; listeners hand work on.
 *
 * @param pointCode null for an enterprise's own alarm
 * @param severity  {@code LL}, {@code L}, {@code H}, {@code HH} or the kind's own ({@code RATE}, {@code OFFLINE}, …)
 * @param late      raised by a back-filled reading
 */
public record AlarmRaised(UUID episodeId, EnterpriseCode enterpriseCode, PointCode pointCode, AlarmKind kind,
                          Severity severity, Priority priority, Instant at, boolean late) {
}
