package org.hazwatch.platform.alarm;

import java.util.List;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * Alarms another platform raised and forwarded to this one (cascade, SPEC §12), kept by the cascade feature: the
 * alarm list shows them beside this platform's own, and the engine here leaves those enterprises' readings alone
 * (the source platform's engine is the authority; no alarm is raised twice).
 */
public interface ForwardedAlarms {

    /** Whether the enterprise's alarms are raised by another platform that forwards them here. */
    boolean forwarded(EnterpriseCode enterpriseCode);

    /**
     * The forwarded alarms the actor sees, newest first.
     *
     * @param jurisdictionPath beneath this node, or null
     */
    List<AlarmView> list(Actor actor, boolean active, String enterpriseCode, String jurisdictionPath, int limit);
}
