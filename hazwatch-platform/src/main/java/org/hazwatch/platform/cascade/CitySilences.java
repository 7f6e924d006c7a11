package org.hazwatch.platform.cascade;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.hazwatch.platform.cascade.rules.CitySilence;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.support.HazwatchProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the province: when each registered city was last heard (any signed request: a batch or its poll for orders),
 * and the data-quality alarm of a city gone silent (市级平台数据中断, {@link CitySilence}) — raised once per silence,
 * cleared when the city is heard again, each logged and audited (actor {@code system}). Meters
 * {@code hazwatch.cascade.silent{platform}} (1 while silent) and {@code hazwatch.cascade.received{platform,kind}}.
 */
@Service
class CitySilences {

    private static final Logger log = LoggerFactory.getLogger(CitySilences.class);
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    /** A silence as it is stored. */
    record Silence(UUID id, String platform, String platformName, String jurisdictionPath, Instant silentSince,
                   Instant raisedAt, Instant clearedAt) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ZoneId zone;
    private final SilenceSettings settings;
    private final Map<String, AtomicInteger> silent = new ConcurrentHashMap<>();

    CitySilences(JdbcClient jdbc, TransactionTemplate transaction, AuditLog audit, MeterRegistry meters, Clock clock,
                 HazwatchProperties hazwatch, SilenceSettings settings) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.meters = meters;
        this.clock = clock;
        this.zone = hazwatch.zone();
        this.settings = settings;
    }

    /** The city was heard (its request was signed): noted, and its silence, if one stands, is over. */
    void heard(RegisteredPlatform platform) {
        Instant now = clock.instant();
        jdbc.sql("UPDATE cascade_platform SET last_heard_at = :now WHERE code = :code "
                        + "AND (last_heard_at IS NULL OR last_heard_at < :now)")
                .param("now", Timestamp.from(now)).param("code", platform.code()).update();
        CitySilence.Outcome heard = new CitySilence(settings.silentAfter(), now, isSilent(platform.code()))
                .heard(now);
        if (heard.step() == CitySilence.Step.CLEAR) {
            clear(platform.code(), platform.jurisdictionPath(), now);
        }
    }

    /** What a city sent and the province took, counted per kind. */
    void received(RegisteredPlatform platform, String kind, int accepted) {
        meters.counter("hazwatch.cascade.received", "platform", platform.code(), "kind", kind)
                .increment(accepted);
    }

    @Scheduled(fixedDelayString = "${hazwatch.cascade.silence-check:15s}")
    void check() {
        check(clock.instant());
    }

    /** Each registered city on the wall clock: silent ones get their alarm (once), heard ones lose it. */
    void check(Instant now) {
        jdbc.sql("""
                SELECT p.code, p.jurisdiction_path, coalesce(p.last_heard_at, p.registered_at) AS heard,
                       s.id IS NOT NULL AS alarmed
                FROM cascade_platform p LEFT JOIN cascade_silence s ON s.platform = p.code AND s.cleared_at IS NULL
                ORDER BY p.code""").query(rs -> {
                    String code = rs.getString("code");
                    Instant heard = rs.getTimestamp("heard").toInstant();
                    CitySilence city = new CitySilence(settings.silentAfter(), heard, rs.getBoolean("alarmed"));
                    switch (city.check(now).step()) {
                        case RAISE -> raise(code, rs.getString("jurisdiction_path"), heard, now);
                        case CLEAR -> clear(code, rs.getString("jurisdiction_path"), now);
                        case NONE -> gauge(code).set(city.alarmed() ? 1 : 0);
                    }
                });
    }

    /** The silences within the rows' scope, as {@code where} (on {@code s.}, {@code p.}) narrows them. */
    List<Silence> find(String where, Map<String, Object> params, int limit) {
        var sql = jdbc.sql("""
                SELECT s.id, s.platform, p.name, s.jurisdiction_path, s.silent_since, s.raised_at, s.cleared_at
                FROM cascade_silence s JOIN cascade_platform p ON p.code = s.platform
                WHERE %s ORDER BY s.raised_at DESC, s.id LIMIT :limit""".formatted(where)).param("limit", limit);
        for (var p : params.entrySet()) {
            sql = sql.param(p.getKey(), p.getValue());
        }
        return sql.query((rs, n) -> new Silence(rs.getObject("id", UUID.class), rs.getString("platform"),
                rs.getString("name"), rs.getString("jurisdiction_path"), rs.getTimestamp("silent_since").toInstant(),
                rs.getTimestamp("raised_at").toInstant(),
                rs.getTimestamp("cleared_at") == null ? null : rs.getTimestamp("cleared_at").toInstant())).list();
    }

    long count(String where, Map<String, Object> params) {
        var sql = jdbc.sql("SELECT count(*) FROM cascade_silence s JOIN cascade_platform p ON p.code = s.platform "
                + "WHERE " + where);
        for (var p : params.entrySet()) {
            sql = sql.param(p.getKey(), p.getValue());
        }
        return sql.query(Long.class).single();
    }

    /** The alarm's text: 市级平台数据中断：晋城市平台 自 08:50 起无数据 (the time in the platform's zone). */
    String text(Silence s) {
        return "市级平台数据中断：" + s.platformName() + " 自 " + HOUR_MINUTE.format(s.silentSince().atZone(zone))
                + " 起无数据";
    }

    /** When each city was last heard (its registration, before it ever was). */
    Map<String, Instant> lastHeard() {
        Map<String, Instant> heard = new HashMap<>();
        jdbc.sql("SELECT code, coalesce(last_heard_at, registered_at) AS heard FROM cascade_platform")
                .query(rs -> {
                    heard.put(rs.getString("code"), rs.getTimestamp("heard").toInstant());
                });
        return heard;
    }

    boolean isSilent(String platform) {
        return jdbc.sql("SELECT count(*) FROM cascade_silence WHERE platform = :p AND cleared_at IS NULL")
                .param("p", platform).query(Long.class).single() > 0;
    }

    private void raise(String platform, String path, Instant silentSince, Instant now) {
        UUID id = UUID.randomUUID();
        Boolean raised = transaction.execute(status -> {
            int inserted = jdbc.sql("""
                    INSERT INTO cascade_silence (id, platform, jurisdiction_path, silent_since, raised_at)
                    VALUES (:id, :platform, :path, :since, :now)
                    ON CONFLICT (platform) WHERE cleared_at IS NULL DO NOTHING""")
                    .param("id", id).param("platform", platform).param("path", path)
                    .param("since", Timestamp.from(silentSince)).param("now", Timestamp.from(now)).update();
            if (inserted == 1) {
                audit.record(Actor.system(), "cascade.city-silent", "cascade_platform", platform, path,
                        Map.of("alarm", id.toString(), "silentSince", silentSince.toString()));
            }
            return inserted == 1;
        });
        gauge(platform).set(1);
        if (Boolean.TRUE.equals(raised)) {
            log.warn("city platform {} silent since {}: data-quality alarm {} raised", platform, silentSince, id);
        }
    }

    private void clear(String platform, String path, Instant now) {
        Integer cleared = transaction.execute(status -> {
            int closed = jdbc.sql("""
                    UPDATE cascade_silence SET cleared_at = :now WHERE platform = :platform AND cleared_at IS NULL""")
                    .param("now", Timestamp.from(now)).param("platform", platform).update();
            if (closed > 0) {
                audit.record(Actor.system(), "cascade.city-heard", "cascade_platform", platform, path,
                        Map.of("heardAt", now.toString()));
            }
            return closed;
        });
        gauge(platform).set(0);
        if (cleared != null && cleared > 0) {
            log.info("city platform {} heard again: its data-quality alarm is cleared", platform);
        }
    }

    private AtomicInteger gauge(String platform) {
        return silent.computeIfAbsent(platform, code -> {
            AtomicInteger value = new AtomicInteger();
            Gauge.builder("hazwatch.cascade.silent", value, AtomicInteger::get).tag("platform", code)
                    .description("1 while the city platform is silent (its data-quality alarm stands)")
                    .register(meters);
            return value;
        });
    }
}
