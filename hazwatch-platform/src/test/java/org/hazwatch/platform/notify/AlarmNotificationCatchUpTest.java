package org.hazwatch.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.alarm.AlarmRaised;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An alarm the engine stored but whose notification a kill -9 lost (the engine commits, then publishes; issue 19,
 * found by {@code crash.PlatformCrashTest}) is taken up at the next start, once; an alarm taken up already, or
 * published again, makes no second notification.
 */
@PlatformTest
class AlarmNotificationCatchUpTest {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NotificationListeners listeners;

    @Test
    void anAlarmInForceWithoutANotificationIsTakenUpAtStartOnce() {
        TestEnterprise enterprise = TestEnterprises.importFresh(mockMvc);
        // now, not a few seconds ago: the catch-up takes up alarms raised after notify began recording (at the
        // migration), which may be less than seconds before a test that runs first in the context
        Instant raised = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID episode = storedAlarm(enterprise, raised);
        assertThat(alarmNotifications(enterprise)).as("the crash: stored, never notified").isZero();

        listeners.catchUpAlarms();
        listeners.catchUpAlarms();

        assertThat(alarmNotifications(enterprise)).isEqualTo(1);
        // the engine's event for the same episode, arriving after all (a replay), adds nothing
        listeners.on(new AlarmRaised(episode, EnterpriseCode.of(enterprise.code()),
                PointCode.of(enterprise.gasPoint()), AlarmKind.LIMIT_HIGH, Severity.HH, Severity.HH.priority(),
                raised, false));
        assertThat(alarmNotifications(enterprise)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT items FROM notification WHERE enterprise_code = ? AND kind = 'ALARM'")
                .param(enterprise.code()).query(String.class).single().split("\n")).hasSize(1);
    }

    @Test
    void anAlarmNotifiedAsItWasRaisedIsNotTakenUpAgain() {
        TestEnterprise enterprise = TestEnterprises.importFresh(mockMvc);
        // now, not a few seconds ago: the catch-up takes up alarms raised after notify began recording (at the
        // migration), which may be less than seconds before a test that runs first in the context
        Instant raised = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID episode = storedAlarm(enterprise, raised);
        listeners.on(new AlarmRaised(episode, EnterpriseCode.of(enterprise.code()),
                PointCode.of(enterprise.gasPoint()), AlarmKind.LIMIT_HIGH, Severity.HH, Severity.HH.priority(),
                raised, false));

        listeners.catchUpAlarms();

        assertThat(alarmNotifications(enterprise)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT items FROM notification WHERE enterprise_code = ? AND kind = 'ALARM'")
                .param(enterprise.code()).query(String.class).single().split("\n")).hasSize(1);
    }

    /** An HH alarm in force as the engine stores it (its id as the engine would derive it is not needed here). */
    private UUID storedAlarm(TestEnterprise enterprise, Instant raised) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO alarm_episode (id, enterprise_code, point_code, jurisdiction_path, kind, severity, priority,
                    state, active, acknowledged, cover, raised_at, peak_value, late, seq)
                VALUES (?, ?, ?, ?, 'LIMIT_HIGH', 'HH', 'HIGH', 'UNACKNOWLEDGED', true, false, 'NONE', ?, 5.0,
                    false, 1)""")
                .params(id, enterprise.code(), enterprise.gasPoint(), enterprise.county().path(),
                        Timestamp.from(raised)).update();
        return id;
    }

    private int alarmNotifications(TestEnterprise enterprise) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE enterprise_code = ? AND kind = 'ALARM'")
                .param(enterprise.code()).query(Integer.class).single();
    }
}
