package org.hazwatch.platform.notify;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hazwatch.platform.notify.rules.Medium;
import org.hazwatch.platform.notify.rules.QuietHours;
import org.hazwatch.platform.notify.rules.RepeatIntervals;
import org.hazwatch.platform.notify.rules.RoutingTable;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hazwatch.notify.*} (docs/NOTIFY.md, "Configuration").
 *
 * @param dispatchEvery  how often the dispatcher and the repeat reminder look for due work
 * @param batchSize      deliveries claimed per round
 * @param lease          how long a claimed delivery is the claimant's; after that (a crash mid-send) it is sent again
 * @param maxAge         a delivery not delivered within this time of its creation is given up (EXPIRED)
 * @param backoff        retry delays after a failed attempt
 * @param groupWindow    alarms of one enterprise within this window become one message
 * @param repeatInterval per level, how often a warning nobody signed for is notified again; absent: never
 * @param quietHours     when yellow and blue short messages wait
 * @param levelMedia     per level, the media of a warning; absent levels take the defaults
 * @param smsChannels    SMS channels by preference; a message goes by the first enabled one
 * @param robots         group robots (DingTalk, WeCom) per jurisdiction path prefix
 * @param mailFrom       the sender of e-mails
 */
@ConfigurationProperties("hazwatch.notify")
public record NotifySettings(
        @DefaultValue("5s") Duration dispatchEvery,
        @DefaultValue("100") int batchSize,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("24h") Duration maxAge,
        @DefaultValue Backoff backoff,
        @DefaultValue("2m") Duration groupWindow,
        Map<WarningLevel, Duration> repeatInterval,
        @DefaultValue Quiet quietHours,
        Map<WarningLevel, Set<Medium>> levelMedia,
        @DefaultValue({"sms-http", "sms-smpp"}) List<String> smsChannels,
        List<Robot> robots,
        @DefaultValue("hazwatch@localhost") String mailFrom) {

    public NotifySettings {
        repeatInterval = repeatInterval == null ? RepeatIntervals.defaults() : Map.copyOf(repeatInterval);
        levelMedia = levelMedia == null ? Map.of() : Map.copyOf(levelMedia);
        robots = robots == null ? List.of() : List.copyOf(robots);
    }

    /**
     * @param initial    the first retry's delay
     * @param multiplier each next delay is this many times the last
     * @param max        delays grow no longer than this
     */
    public record Backoff(@DefaultValue("30s") Duration initial, @DefaultValue("2.0") double multiplier,
                          @DefaultValue("30m") Duration max) {
    }

    /**
     * Quiet hours (免打扰), {@code start} to {@code end} in the platform's zone ({@code hazwatch.zone}); start equal
     * to end switches them off.
     */
    public record Quiet(@DefaultValue("22:00") LocalTime start, @DefaultValue("07:00") LocalTime end) {
    }

    /**
     * A group robot (群机器人).
     *
     * @param name         its name; deliveries to it carry this as their address
     * @param channel      {@code dingtalk} or {@code wecom}
     * @param url          the webhook address
     * @param secret       DingTalk's signing secret (加签), if set
     * @param jurisdiction the jurisdiction path prefix whose notifications it posts, e.g. {@code 140000/140500/140525/}
     */
    public record Robot(String name, String channel, String url, String secret, String jurisdiction) {
    }

    public Optional<Robot> robot(String name) {
        return robots.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    RoutingTable routingTable() {
        return new RoutingTable(levelMedia);
    }

    QuietHours quiet(ZoneId zone) {
        return new QuietHours(quietHours.start(), quietHours.end(), zone);
    }

    RepeatIntervals repeats() {
        return new RepeatIntervals(repeatInterval);
    }
}
