package org.hazwatch.platform.warning.rules;

import java.time.Instant;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.protocol.EquipmentCode;
import org.hazwatch.protocol.PointCode;

/**
 * An alarm in force (报警) at a point of a hazard source, as the warning model weighs it.
 *
 * @param kind     {@code LIMIT_HIGH}, {@code LIMIT_LOW}, {@code RATE_OF_CHANGE}, … (an alarm kind's name)
 * @param severity {@code HH}, {@code H}, {@code L}, {@code LL}, {@code RATE}, …
 * @param since    when the alarm came into force
 * @param value    the point's latest value, null when unknown
 * @param limit    the limit of the severity (HH for HH …), null when not a limit alarm or unknown
 */
public record AlarmFact(PointCode pointCode, String pointName, EquipmentCode equipmentCode, AlarmKind kind,
                        Severity severity, Instant since, Double value, Double limit, String unit) {

    /** HH or LL: a shutdown limit. */
    public boolean shutdownLimit() {
        return severity == Severity.HH || severity == Severity.LL;
    }

    /** H or L: an operating limit. */
    public boolean operatingLimit() {
        return severity == Severity.H || severity == Severity.L;
    }

    /** Limit and rate-of-change alarms say something about the process; data-quality kinds do not. */
    public boolean aboutTheProcess() {
        return kind == AlarmKind.LIMIT_HIGH || kind == AlarmKind.LIMIT_LOW || kind == AlarmKind.RATE_OF_CHANGE;
    }
}
