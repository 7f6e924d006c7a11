package org.hazwatch.platform.bulletin;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.hazwatch.platform.bulletin.rules.BulletinCalendar;
import org.hazwatch.platform.bulletin.rules.DocumentNumber;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hazwatch.bulletin.*}: the time of day the scheduled bulletins are issued (zone
 * {@code hazwatch.zone}), how often the schedule looks, whether it runs at all, the address the robots' links start
 * with, and per jurisdiction code the prefix of its document numbers ({@code jurisdictions."140525".prefix:
 * 泽应急通报}; without one {@link DocumentNumber#defaultPrefix}).
 *
 * @param linkBase the platform's public address ({@code https://hazwatch.example.gov.cn}); empty: links are paths
 */
@ConfigurationProperties("hazwatch.bulletin")
record BulletinSettings(
        @DefaultValue("08:00") LocalTime issueAt,
        @DefaultValue("5m") Duration checkEvery,
        @DefaultValue("true") boolean schedule,
        @DefaultValue("") String linkBase,
        Map<String, Jurisdiction> jurisdictions) {

    record Jurisdiction(String prefix) {
    }

    BulletinCalendar calendar() {
        return new BulletinCalendar(issueAt);
    }

    String prefixOf(String jurisdictionCode, String jurisdictionName) {
        Jurisdiction set = jurisdictions == null ? null : jurisdictions.get(jurisdictionCode);
        return set != null && set.prefix() != null && !set.prefix().isBlank() ? set.prefix().strip()
                : DocumentNumber.defaultPrefix(jurisdictionName);
    }
}
