package org.hazwatch.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.alarm.AlarmDay;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.telemetry.Telemetry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The overview's 14-day charts are alive on the demo's first start (people, issue 16): alarms on every past day,
 * the online rate on every past day, with the 高平市 outage showing. In the context of DemoInboxTest.
 */
@DemoTest
@TestPropertySource(properties = {"hazwatch.demo.telemetry=true", "hazwatch.demo.inbox=true",
        "hazwatch.demo.history=true"})
class DemoHistoryTest {

    @Autowired
    Alarms alarms;

    @Autowired
    Telemetry telemetry;

    @Autowired
    HazwatchProperties hazwatch;

    @Autowired
    Clock clock;

    @Autowired
    DemoHistory history;

    @Test
    void everyOneOfTheLast13DaysHasAlarmsAndAnOnlineRate() {
        LocalDate today = LocalDate.now(clock.withZone(hazwatch.zone()));
        LocalDate first = today.minusDays(DemoHistory.DAYS - 1);
        Actor admin = Actor.platformAdmin("admin");

        List<AlarmDay> days = alarms.perDay(admin, first, today.minusDays(1));
        assertThat(days).hasSize(DemoHistory.DAYS - 1)
                .allSatisfy(d -> assertThat(d.high() + d.medium() + d.low()).as("alarms on %s", d.day())
                        .isGreaterThan(0))
                .anySatisfy(d -> assertThat(d.high()).isGreaterThan(0));

        List<Telemetry.OnlineDay> online = telemetry.onlineRatePerDay(admin, DemoSeed.enterpriseCodes(), first,
                today.minusDays(1));
        assertThat(online).hasSize(DemoHistory.DAYS - 1)
                .allSatisfy(d -> assertThat(d.rate()).as("online rate on %s", d.day()).isGreaterThan(0.5));
        double outageDay = online.get(online.size() - 4).rate();
        double dayBefore = online.get(online.size() - 5).rate();
        assertThat(online.get(online.size() - 4).day()).isEqualTo(today.minusDays(4));
        assertThat(outageDay).as("高平市兴高化工 was offline six hours four days ago").isLessThan(dayBefore);
    }

    @Test
    void aSecondRunAddsNothing() {
        LocalDate today = LocalDate.now(clock.withZone(hazwatch.zone()));
        Actor admin = Actor.platformAdmin("admin");
        List<AlarmDay> before = alarms.perDay(admin, today.minusDays(DemoHistory.DAYS - 1), today.minusDays(1));
        history.run(null);
        assertThat(alarms.perDay(admin, today.minusDays(DemoHistory.DAYS - 1), today.minusDays(1)))
                .isEqualTo(before);
    }
}
