package org.hazwatch.platform.alarm;

import java.time.Instant;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * Event: back-filled readings (补传) of an enterprise produced late alarm episodes, now stored with their true times
 * (from the first raise to the last clear, or now for one still active). Those that ended were not announced; the
 * warning model assesses the enterprise again and the health snapshots of the days covered are taken again.
 * Published on the alarm engine's thread after they are stored.
 */
public record AlarmsBackfilled(EnterpriseCode enterpriseCode, Instant from, Instant to, int episodes) {
}
