package org.hazwatch.platform.web;

import java.time.OffsetDateTime;
import org.hazwatch.platform.filing.FilingView;
import org.hazwatch.platform.registry.PointDefinition;

/**
 * A monitoring point as the enterprise page shows it (监测点): its registration, its newest value, the limit band
 * the value lies in, and the filing (报备) that has it out of service, if any.
 *
 * @param band    {@code HH}, {@code H}, {@code NORMAL}, {@code L}, {@code LL}, {@code INVALID} or {@code NODATA}
 * @param inAlarm whether an alarm of the point is open (not yet normal)
 */
record EnterprisePointRow(PointDefinition point, String equipmentName, Double value, OffsetDateTime time,
                          String quality, boolean online, String band, FilingView filing, boolean inAlarm) {

    /**
     * Where a value lies against the point's limits. A reading the platform flagged invalid or the gateway marked
     * bad stands for nothing (SPEC §4), so it gets no band.
     */
    static String band(PointDefinition p, Double value, String quality) {
        if (value == null) {
            return "NODATA";
        }
        if ("INVALID".equals(quality) || "BAD".equals(quality)) {
            return "INVALID";
        }
        if (p.hh() != null && value >= p.hh()) {
            return "HH";
        }
        if (p.h() != null && value >= p.h()) {
            return "H";
        }
        if (p.ll() != null && value <= p.ll()) {
            return "LL";
        }
        if (p.l() != null && value <= p.l()) {
            return "L";
        }
        return "NORMAL";
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
