package org.hazwatch.platform.org;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the audit log for {@code hazwatch.security.audit-retention} (default 365 days) and never less than 180 days
 * (等保 2.0: 审计记录保存不少于六个月), whatever is set: older entries are deleted once a night.
 */
@Component
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final JdbcClient jdbc;
    private final Duration retention;
    private final Clock clock;

    AuditRetention(JdbcClient jdbc, HardeningSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.retention = settings.effectiveAuditRetention();
        this.clock = clock;
    }

    /** Deletes the entries older than the retention; answers how many. */
    @Scheduled(cron = "${hazwatch.security.audit-retention-cron:0 40 3 * * *}", zone = "${hazwatch.zone:Asia/Shanghai}")
    int purge() {
        OffsetDateTime before = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minus(retention);
        int deleted = jdbc.sql("DELETE FROM audit_log WHERE at < :before").param("before", before).update();
        if (deleted > 0) {
            log.info("audit log: {} entries older than {} days deleted", deleted, retention.toDays());
        }
        return deleted;
    }
}
