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

    static ChannelSettings withDingTalk(ChannelSettings.Robots robots) {
        return new ChannelSettings(noSmpp(), noHttp(), robots, noRobots());
    }

    static ChannelSettings withWeCom(ChannelSettings.Robots robots) {
        return new ChannelSettings(noSmpp(), noHttp(), noRobots(), robots);
    }

    static ChannelSettings.Robots robots(ChannelSettings.Robot... robots) {
        return new ChannelSettings.Robots(true, List.of(robots), Duration.ofSeconds(2), Duration.ofSeconds(2));
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

    private static ChannelSettings.Robots noRobots() {
        return new ChannelSettings.Robots(false, List.of(), Duration.ofSeconds(5), Duration.ofSeconds(10));
    }
}
