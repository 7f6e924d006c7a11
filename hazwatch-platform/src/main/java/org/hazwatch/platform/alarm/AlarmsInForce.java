package org.hazwatch.platform.alarm;

import java.util.List;
import org.hazwatch.platform.alarm.rules.AlarmKey;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The alarms in force as stored (not scoped: for features, not people). */
@Component
public class AlarmsInForce {

    private final JdbcClient jdbc;

    AlarmsInForce(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AlarmInForce> all() {
        return jdbc.sql("""
                SELECT id, enterprise_code, point_code, kind, severity, raised_at FROM alarm_episode
                WHERE state IN ('UNACKNOWLEDGED', 'ACKNOWLEDGED', 'SHELVED')""")
                .query((rs, n) -> new AlarmInForce(rs.getObject("id", java.util.UUID.class),
                        EnterpriseCode.of(rs.getString("enterprise_code")),
                        AlarmKey.of(EnterpriseCode.of(rs.getString("enterprise_code")), rs.getString("point_code"),
                                AlarmKind.valueOf(rs.getString("kind"))).pointCode(),
                        AlarmKind.valueOf(rs.getString("kind")), Severity.valueOf(rs.getString("severity")),
                        rs.getTimestamp("raised_at").toInstant()))
                .list();
    }
}
