package org.hazwatch.platform.notify;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;

/** Channel settings for tests that build one channel by hand; every other channel is off. */
final class ChannelSettingsFixture {

    private ChannelSettingsFixture() {
    }

    static ChannelSettings with(ChannelSettings.SmsSmpp smpp) {
        return new ChannelSettings(smpp, noHttp(), noRobots(), noRobots());
    }

    static ChannelSettings with(ChannelSettings.SmsHttp http) {
        return new ChannelSettings(noSmpp(), http, noRobots(), noRobots());
    }

    static ChannelSettings withDingTalk() {
        return new ChannelSettings(noSmpp(), noHttp(), robotChannel(), noRobots());
    }

    static ChannelSettings withWeCom() {
        return new ChannelSettings(noSmpp(), noHttp(), noRobots(), robotChannel());
    }

    /** The notify settings with these robots (the one place robots are configured) and defaults otherwise. */
    static NotifySettings robots(NotifySettings.Robot... robots) {
        return new NotifySettings(Duration.ofSeconds(5), 100, Duration.ofMinutes(2), Duration.ofHours(24), null,
                Duration.ofMinutes(2), null, null, null, List.of("sms-http"), List.of(robots), "hazwatch@localhost");
    }

    private static ChannelSettings.RobotChannel robotChannel() {
        return new ChannelSettings.RobotChannel(true, Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    private static ChannelSettings.SmsSmpp noSmpp() {
        return new ChannelSettings.SmsSmpp(false, null, 2775, null, null, "", "", TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN, TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN,
                ChannelSettings.LongMessages.UDH, Duration.ofSeconds(10), Duration.ofSeconds(10),
                Duration.ofSeconds(30));
    }

    private static ChannelSettings.SmsHttp noHttp() {
        return new ChannelSettings.SmsHttp(false, "POST", null, Map.of(), "", List.of(), "", List.of(), "", "", "",
                "", Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    private static ChannelSettings.RobotChannel noRobots() {
        return new ChannelSettings.RobotChannel(false, Duration.ofSeconds(5), Duration.ofSeconds(10));
    }
}
