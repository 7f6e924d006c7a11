package org.hazwatch.platform.web;

import java.time.OffsetDateTime;
import org.hazwatch.platform.alarm.rules.AlarmLimits;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.filing.FilingView;
import org.hazwatch.platform.registry.PointDefinition;

/**
 * A monitoring point as the enterprise page shows it (监测点): its registration, the limits the alarm engine applies
 * (registered or its kind's defaults), its newest value, the limit band the value lies in, and the filing (报备) that
 * has it out of service, if any.
 *
 * @param band    {@code HH}, {@code H}, {@code NORMAL}, {@code L}, {@code LL}, {@code INVALID} or {@code NODATA}
 * @param inAlarm whether an alarm of the point is open (not yet normal)
 */
record EnterprisePointRow(PointDefinition point, String equipmentName, AlarmLimits limits, Double value,
                          OffsetDateTime time, String quality, boolean online, String band, FilingView filing,
                          boolean inAlarm) {

    /**
     * Where a value lies against the point's limits, as the alarm engine judges it ({@link AlarmLimits#reachedBy}).
     * A reading the platform flagged invalid or the gateway marked bad stands for nothing (SPEC §4), so it gets no
     * band.
     */
    static String band(AlarmLimits limits, Double value, String quality) {
        if (value == null) {
            return "NODATA";
        }
        if ("INVALID".equals(quality) || "BAD".equals(quality)) {
            return "INVALID";
        }
        Severity reached = limits.reachedBy(value);
        return reached == null ? "NORMAL" : reached.name();
    }

    /** Points needing the operator's eye first: in alarm, then outside a limit, then offline. */
    int urgency() {
        if (inAlarm) {
            return 0;
        }
        if (!band.equals("NORMAL") && !band.equals("NODATA")) {
            return 1;
        }
        return online ? 3 : 2;
    }
}
