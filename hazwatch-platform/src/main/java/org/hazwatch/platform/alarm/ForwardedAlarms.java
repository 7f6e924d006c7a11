package org.hazwatch.platform.alarm;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.EpisodeState;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * The alarms the cascade feature keeps (SPEC §12): those another platform raised and forwarded to this one, and, on
 * a province, its own alarms of city platforms gone silent ({@link AlarmKind#PLATFORM_SILENT}). The alarm lists show
 * them beside this platform's own, as one list; the engine here leaves the forwarded enterprises' readings alone
 * (the source platform's engine is the authority; no alarm is raised twice). None of them is handled here.
 */
public interface ForwardedAlarms {

    /** Whether the enterprise's alarms are raised by another platform that forwards them here. */
    boolean forwarded(EnterpriseCode enterpriseCode);

    /**
     * What to look for; every filter may be null (then it does not narrow).
     *
     * @param activeOnly only those not closed (state other than NORMAL)
     * @param from       raised at or after
     * @param to         raised before
     */
    record Query(boolean activeOnly, EpisodeState state, String enterpriseCode, AlarmKind kind, Severity severity,
                 Instant from, Instant to) {
    }

    /** The first {@code items} of all that match, newest first, and how many match. */
    record Matches(List<AlarmView> items, long total) {
    }

    /** The alarms within the scope that match, newest raised first, at most {@code limit}. */
    Matches find(JurisdictionScope scope, Query query, int limit);

    /** One of them, if the actor sees it. */
    Optional<AlarmView> alarm(Actor actor, UUID id);
}
