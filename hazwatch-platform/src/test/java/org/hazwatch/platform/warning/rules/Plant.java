package org.hazwatch.platform.warning.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.protocol.BeijingTime;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.EquipmentCode;
import org.hazwatch.protocol.HazardSourceCode;
import org.hazwatch.protocol.PointCode;

/** An enterprise with one hazard source whose facts a test changes one at a time. */
final class Plant {

    static final Instant NOW = Instant.parse("2026-11-30T06:00:00Z");
    static final String ENTERPRISE = "14052500002";
    static final String SOURCE = "14052500002001";
    static final String TANK = SOURCE + "G0001";

    Integer level = 1;
    final List<AlarmFact> alarms = new ArrayList<>();
    final List<Prediction> predictions = new ArrayList<>();
    final List<CustodyFact> custody = new ArrayList<>();
    EnterpriseFacts.Commitment commitment = EnterpriseFacts.Commitment.ON_TIME;
    EnterpriseFacts.Operations operations = EnterpriseFacts.Operations.none();
    Instant offlineSince;
    int overdueWarnings;
    final List<CameraFact> camerasOffline = new ArrayList<>();

    Plant level(Integer level) {
        this.level = level;
        return this;
    }

    Plant alarm(String point, String severity, Duration ago) {
        AlarmKind kind = severity.startsWith("H") ? AlarmKind.LIMIT_HIGH : AlarmKind.LIMIT_LOW;
        alarms.add(new AlarmFact(PointCode.of(TANK + point), "压力", EquipmentCode.of(TANK), kind,
                Severity.valueOf(severity), NOW.minus(ago), 2.05,
                severity.equals("HH") ? 2.0 : 1.8, "MPa"));
        return this;
    }

    Plant prediction(Duration toCrossing) {
        predictions.add(new Prediction(TANK + "WD001", "温度", "°C", true, 49.8, 30.2, 2.4, toCrossing, Severity.HH));
        return this;
    }

    EnterpriseFacts facts() {
        return new EnterpriseFacts(EnterpriseCode.of(ENTERPRISE), "山西晋丰煤化工有限责任公司",
                List.of(new SourceFacts(HazardSourceCode.of(SOURCE), "液氨储罐区", level, alarms, predictions, custody)),
                        commitment,
                operations, offlineSince, overdueWarnings, camerasOffline);
    }

    Assessment source() {
        return new WarningModel(Weights.defaults(), BeijingTime.ZONE).assess(facts(), NOW).get(0);
    }

    Assessment enterprise() {
        List<Assessment> all = new WarningModel(Weights.defaults(), BeijingTime.ZONE).assess(facts(), NOW);
        return all.get(all.size() - 1);
    }
}
