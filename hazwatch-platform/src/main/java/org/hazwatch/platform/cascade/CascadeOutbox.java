package org.hazwatch.platform.cascade;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.alarm.AlarmCleared;
import org.hazwatch.platform.alarm.AlarmOperated;
import org.hazwatch.platform.alarm.AlarmRaised;
import org.hazwatch.platform.alarm.AlarmSeverityChanged;
import org.hazwatch.platform.alarm.AlarmView;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.alarm.AlarmsBackfilled;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.Page;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.registry.RegistryChanged;
import org.hazwatch.platform.warning.WarningLevelChanged;
import org.hazwatch.platform.warning.WarningLifted;
import org.hazwatch.platform.warning.WarningRaised;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On the city: the outbox of changed objects (docs/CASCADE.md, ordering). Base data and warnings are queued in the
 * transaction that changes them (the registry and the warning model publish inside it), so neither is ever lost or
 * queued for a change rolled back. The alarm engine publishes after its commit: alarms are queued from those events
 * and, at every start and after back-fill, caught up from the alarm list — an alarm whose event a crash swallowed is
 * queued then. The row says only which object changed and when; the sender reads the object's state when it sends.
 */
@Component
class CascadeOutbox {

    private static final Logger logger = LoggerFactory.getLogger(CascadeOutbox.class);
    /** How far back the start-up catch-up looks for alarms before the newest one queued. */
    private static final Duration CATCH_UP = Duration.ofHours(1);
    private static final int CATCH_UP_AT_MOST = 5000;

    private final JdbcClient jdbc;
    private final CascadeSettings settings;
    private final Alarms alarms;
    private final Registry registry;
    private final Clock clock;

    CascadeOutbox(JdbcClient jdbc, CascadeSettings settings, Alarms alarms, Registry registry, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.alarms = alarms;
        this.registry = registry;
        this.clock = clock;
    }

    /** One queued change. */
    record Queued(long seq, CascadeWire.Kind kind, String objectId, long version, String enterpriseCode) {
    }

    @EventListener
    void registryChanged(RegistryChanged e) {
        if (e.change() == RegistryChanged.Change.BASE_DATA || e.change() == RegistryChanged.Change.OFFICIAL_LEVEL) {
            Instant now = clock.instant();
            queue(CascadeWire.Kind.ENTERPRISE, e.enterpriseCode().code(), micros(now), e.enterpriseCode().code());
        }
    }

    @EventListener
    void warningRaised(WarningRaised e) {
        queue(CascadeWire.Kind.WARNING, e.warningId().toString(), micros(e.at()), e.enterpriseCode().code());
    }

    @EventListener
    void warningLevelChanged(WarningLevelChanged e) {
        queue(CascadeWire.Kind.WARNING, e.warningId().toString(), micros(e.at()), e.enterpriseCode().code());
    }

    @EventListener
    void warningLifted(WarningLifted e) {
        queue(CascadeWire.Kind.WARNING, e.warningId().toString(), micros(e.at()), e.enterpriseCode().code());
    }

    @EventListener
    void alarmRaised(AlarmRaised e) {
        alarm(e.episodeId(), e.at(), e.enterpriseCode().code());
    }

    @EventListener
    void alarmCleared(AlarmCleared e) {
        alarm(e.episodeId(), e.at(), e.enterpriseCode().code());
    }

    @EventListener
    void alarmSeverityChanged(AlarmSeverityChanged e) {
        alarm(e.episodeId(), e.at(), e.enterpriseCode().code());
    }

    @EventListener
    void alarmOperated(AlarmOperated e) {
        alarm(e.episodeId(), e.at(), e.enterpriseCode().code());
    }

    /** Back-fill stores episodes without an event for each: queue those of the stretch. */
    @EventListener
    void alarmsBackfilled(AlarmsBackfilled e) {
        if (settings.forwards()) {
            catchUpAlarms(e.enterpriseCode().code(), e.from().minus(CATCH_UP), clock.instant());
        }
    }

    /** At start: every enterprise not sent yet (a city switching the cascade on), and the alarms of the last hour. */
    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        if (!settings.forwards()) {
            return;
        }
        int queued = 0;
        for (int page = 0; ; page++) {
            Page<RegisteredEnterprise> enterprises = registry.visibleEnterprises(Actor.system(), null, page, 500);
            for (RegisteredEnterprise enterprise : enterprises.items()) {
                queued += queueIfNew(CascadeWire.Kind.ENTERPRISE, enterprise.code(), micros(clock.instant()),
                        enterprise.code());
            }
            if ((long) (page + 1) * 500 >= enterprises.total()) {
                break;
            }
        }
        Timestamp newest = jdbc.sql("SELECT max(queued_at) FROM cascade_outbox WHERE kind = 'ALARM'")
                .query((rs, n) -> rs.getTimestamp(1)).list().get(0);
        Instant now = clock.instant();
        Instant from = newest == null ? now.minus(Duration.ofDays(1)) : newest.toInstant().minus(CATCH_UP);
        queued += catchUpAlarms(null, from, now);
        logger.info("cascade to {} as {}: {} objects queued at start", settings.upstreamUrl(),
                settings.platformCode(), queued);
    }

    private int catchUpAlarms(String enterpriseCode, Instant from, Instant to) {
        int queued = 0;
        for (AlarmView alarm : alarms.raisedBetween(Actor.system(), enterpriseCode, from, to, CATCH_UP_AT_MOST)) {
            Instant changed = alarm.clearedAt() != null ? alarm.clearedAt().toInstant() : alarm.raisedAt().toInstant();
            queued += queueIfNew(CascadeWire.Kind.ALARM, alarm.id().toString(), micros(changed),
                    alarm.enterpriseCode());
        }
        return queued;
    }

    private void alarm(UUID episodeId, Instant at, String enterpriseCode) {
        queue(CascadeWire.Kind.ALARM, episodeId.toString(), micros(at), enterpriseCode);
    }

    /** Queues a change in the caller's transaction (nothing without an upstream); a version queued once. */
    void queue(CascadeWire.Kind kind, String objectId, long version, String enterpriseCode) {
        if (!settings.forwards()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO cascade_outbox (kind, object_id, version, enterprise_code, queued_at)
                VALUES (:kind, :id, :version, :enterprise, :now) ON CONFLICT DO NOTHING""")
                .param("kind", kind.name()).param("id", objectId).param("version", version)
                .param("enterprise", enterpriseCode).param("now", Timestamp.from(clock.instant())).update();
    }

    private int queueIfNew(CascadeWire.Kind kind, String objectId, long version, String enterpriseCode) {
        return jdbc.sql("""
                INSERT INTO cascade_outbox (kind, object_id, version, enterprise_code, queued_at)
                SELECT :kind, :id, :version, :enterprise, :now
                WHERE NOT EXISTS (SELECT 1 FROM cascade_outbox WHERE kind = :kind AND object_id = :id)
                ON CONFLICT DO NOTHING""")
                .param("kind", kind.name()).param("id", objectId).param("version", version)
                .param("enterprise", enterpriseCode).param("now", Timestamp.from(clock.instant())).update();
    }

    /** The oldest changes not sent yet, in the order they were queued. */
    List<Queued> unsent(int atMost) {
        return jdbc.sql("""
                SELECT seq, kind, object_id, version, enterprise_code FROM cascade_outbox
                WHERE sent_at IS NULL ORDER BY seq LIMIT :n""").param("n", atMost)
                .query((rs, n) -> new Queued(rs.getLong("seq"), CascadeWire.Kind.valueOf(rs.getString("kind")),
                        rs.getString("object_id"), rs.getLong("version"), rs.getString("enterprise_code")))
                .list();
    }

    void sent(List<Queued> queued) {
        jdbc.sql("UPDATE cascade_outbox SET sent_at = :now WHERE seq IN (:seqs)")
                .param("now", Timestamp.from(clock.instant()))
                .param("seqs", queued.stream().map(Queued::seq).toList()).update();
    }

    /** Per kind: changes waiting, and the oldest one's queue time. */
    Map<String, Object[]> backlog() {
        Map<String, Object[]> backlog = new java.util.TreeMap<>();
        jdbc.sql("""
                SELECT kind, count(*) AS waiting, min(queued_at) AS oldest FROM cascade_outbox
                WHERE sent_at IS NULL GROUP BY kind""").query(rs -> {
                    backlog.put(rs.getString("kind"), new Object[] {rs.getLong("waiting"),
                            rs.getTimestamp("oldest").toInstant()});
                });
        return backlog;
    }

    static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
    }
}
