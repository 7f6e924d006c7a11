package org.hazwatch.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.alarm.AlarmRaised;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.Priority;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** Several alarms of one enterprise become one message; a warning nobody signs for is notified again. */
@DemoTest
class GroupingAndRepeatTest {

    @Autowired
    NotifyFixture fixture;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Notifications notifications;

    @Autowired
    Registry registry;

    @Autowired
    @Qualifier("smsTestChannel")
    RecordingChannel sms;

    @Test
    void fiveAlarmsOfOneEnterpriseWithinAMinuteReachTheDutyRoomAsOneMessage() {
        Instant t = Instant.parse("2026-06-10T02:00:00Z");
        // the methanol tank farm's points: the warning model hears these alarms too, and the ammonia tank farm is
        // RedWarningEndToEndTest's, which starts from no warning there
        List<PointDefinition> points = registry.pointsOf(NotifyFixture.JINFENG).stream()
                .filter(p -> p.code().startsWith(NotifyFixture.JINFENG + "002")).toList();
        for (int i = 0; i < 5; i++) {
            fixture.publish(new AlarmRaised(UUID.randomUUID(), EnterpriseCode.of(NotifyFixture.JINFENG),
                    PointCode.of(points.get(i).code()), AlarmKind.LIMIT_HIGH, Severity.HH, Priority.HIGH,
                            t.plusSeconds(12L * i), false));
        }
        fixture.publish(new AlarmRaised(UUID.randomUUID(), EnterpriseCode.of(NotifyFixture.JINFENG),
                PointCode.of(points.get(5).code()), AlarmKind.LIMIT_HIGH, Severity.H, Priority.MEDIUM,
                        t.plusSeconds(50), false));

        List<NotifyFixture.Row> held = fixture.deliveriesOfKind(NotifyFixture.JINFENG, "ALARM", t, t.plusSeconds(60));
        assertThat(held).singleElement().satisfies(r -> {
            assertThat(r.channel()).isEqualTo("sms-test");
            assertThat(r.address()).isEqualTo("0356-2500002");
            assertThat(r.nextAttemptAt()).isEqualTo(t.plus(Duration.ofMinutes(2)));
        });
        dispatcher.dispatch(t.plusSeconds(90));
        assertThat(sms.acceptedTimes(held.get(0).key())).isZero();

        dispatcher.dispatch(t.plus(Duration.ofMinutes(2)));
        assertThat(sms.acceptedTimes(held.get(0).key())).isEqualTo(1);
        assertThat(sms.messages()).filteredOn(m -> m.idempotencyKey().equals(held.get(0).key())).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("山西晋丰煤化工有限责任公司 2 分钟内 5 条报警")
                        .contains(points.get(0).name() + " 高高报"));

        fixture.publish(new AlarmRaised(UUID.randomUUID(), EnterpriseCode.of(NotifyFixture.JINFENG),
                PointCode.of(points.get(0).code()), AlarmKind.LIMIT_LOW, Severity.LL, Priority.HIGH,
                        t.plus(Duration.ofMinutes(2)).plusSeconds(5), false));
        assertThat(fixture.deliveriesOfKind(NotifyFixture.JINFENG, "ALARM", t, t.plus(Duration.ofMinutes(5))))
                .as("an alarm after the window opens the next group").hasSize(2);
    }

    @Test
    void aRedWarningNobodySignsForIsRepeatedEveryFifteenMinutesUntilSignedFor() {
        Instant t = Instant.parse("2026-06-11T02:00:00Z");
        UUID red = fixture.raise(WarningLevel.RED, t);
        UUID blue = fixture.raise(WarningLevel.BLUE, t);

        notifications.tick(t.plus(Duration.ofMinutes(10)));
        assertThat(fixture.kindsOfWarning(red)).containsExactly("WARNING_RAISED");
        notifications.tick(t.plus(Duration.ofMinutes(15)));
        notifications.tick(t.plus(Duration.ofMinutes(20)));
        assertThat(fixture.kindsOfWarning(red)).containsExactly("WARNING_RAISED", "WARNING_REPEAT");
        notifications.tick(t.plus(Duration.ofMinutes(30)));
        assertThat(fixture.kindsOfWarning(red)).containsExactly("WARNING_RAISED", "WARNING_REPEAT",
                "WARNING_REPEAT");

        assertThat(notifications.stopRepeating(red)).isTrue();
        notifications.tick(t.plus(Duration.ofMinutes(60)));
        assertThat(fixture.kindsOfWarning(red)).hasSize(3);
        assertThat(fixture.kindsOfWarning(blue)).as("blue warnings are not repeated")
                .containsExactly("WARNING_RAISED");
        assertThat(fixture.deliveriesOfWarning(red)).filteredOn(r -> r.channel().equals("sms-test"))
                .filteredOn(r -> r.address().equals("0356-2500001")).hasSize(3)
                .allSatisfy(r -> assertThat(r.state()).isEqualTo("DELIVERED"));
        assertThat(sms.messages()).filteredOn(m -> m.address().equals("0356-2500001"))
                .anySatisfy(m -> assertThat(m.text()).contains("尚未签收"));
        notifications.stopRepeating(blue);
    }
}
