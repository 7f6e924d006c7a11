package org.hazwatch.platform.inspection.rules;

import java.time.Instant;
import java.util.List;
import org.hazwatch.platform.commitment.rules.CommitmentStatus;

/**
 * What the platform's own data says about an enterprise at the time of a patrol, from which the items are
 * pre-filled.
 *
 * @param lastHeard          when its gateway was last heard, null if never
 * @param filingsInForce     the filings in force now, each as a short zh-CN line (type and end)
 * @param filingsQueried     filings in force that the county queried (质询)
 * @param video              its cameras now and the duty room's absences today ({@link VideoFacts#NONE} without cameras)
 * @param warnings           the warnings in hand (handling not closed), with how far their handling got
 * @param alarmsActive       alarms in force or waiting for acknowledgement
 * @param alarmsUnacknowledged of those, not acknowledged
 * @param oldestUnacknowledged when the oldest unacknowledged alarm was raised, or null
 * @param custodyDuties      custody duties registered
 * @param custodyOverdue     the overdue duties, each as the person and role
 * @param offlineFilings     of the filings in force, those of the whole enterprise (the only ones that excuse its
 *                           gateway falling silent), as lines like {@code filingsInForce}
 */
public record PatrolFacts(boolean online, Instant lastHeard, List<String> filingsInForce, int filingsQueried,
                          VideoFacts video, CommitmentStatus commitment, List<WarningInHand> warnings,
                          int alarmsActive, int alarmsUnacknowledged, Instant oldestUnacknowledged,
                          int custodyDuties, List<String> custodyOverdue,
                          List<String> offlineFilings) {

    public PatrolFacts {
        video = video == null ? VideoFacts.NONE : video;
        filingsInForce = List.copyOf(filingsInForce);
        warnings = List.copyOf(warnings);
        custodyOverdue = List.copyOf(custodyOverdue);
        offlineFilings = List.copyOf(offlineFilings);
    }
}
