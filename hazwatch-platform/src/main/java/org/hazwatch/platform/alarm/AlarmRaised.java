package org.hazwatch.platform.alarm;

import java.time.Instant;
import java.util.UUID;

/**
 * Event for the warning model: an alarm came into force (报警产生) — raised, or returned to annunciation while its
 * condition stands. Published on the alarm engine's thread after the change is stored; listeners hand work on.
 *
 * @param pointCode null for an enterprise's own alarm
 * @param kind      an {@code AlarmKind} name ({@code LIMIT_HIGH}, {@code POINT_OFFLINE}, …)
 * @param severity  {@code LL}, {@code L}, {@code H}, {@code HH} or the kind's own ({@code RATE}, {@code OFFLINE}, …)
 * @param priority  {@code LOW}, {@code MEDIUM} or {@code HIGH}
 * @param late      raised by a back-filled reading
 */
public record AlarmRaised(UUID episodeId, String enterpriseCode, String pointCode, String kind, String severity,
                          String priority, Instant at, boolean late) {
}
