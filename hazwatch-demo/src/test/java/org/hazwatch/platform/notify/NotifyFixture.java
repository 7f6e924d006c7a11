package org.hazwatch.platform.notify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.warning.WarningRaised;
import org.hazwatch.platform.warning.rules.WarningFactor;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes events the way their features do (inside a transaction) and reads the outbox's rows. Tests pass
 * times of their own, on days of their own in the past, so that what other tests left in the shared database is
 * never due at them.
 */
@Component
class NotifyFixture {

    static final String HENGTAI = "14052500001";
    static final String HENGTAI_PATH = "140000/140500/140525/140525P01/";
    static final String CHLORINE_TANKS = "14052500001001";
    static final String JINFENG = "14052500002";
    static final String JINFENG_PATH = "140000/140500/140525/140525P01/";

    record Row(String channel, String address, String role, String state, int attempts, String key,
               Instant nextAttemptAt) {
    }

    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;

    NotifyFixture(ApplicationEventPublisher events, TransactionTemplate tx, JdbcClient jdbc) {
        this.events = events;
        this.tx = tx;
        this.jdbc = jdbc;
    }

    void publish(Object event) {
        tx.executeWithoutResult(s -> events.publishEvent(event));
    }

    UUID raise(WarningLevel level, Instant at) {
        UUID id = UUID.randomUUID();
        publish(new WarningRaised(id, EnterpriseCode.of(HENGTAI), HazardSourceCode.of(CHLORINE_TANKS), HENGTAI_PATH,
                level,
                List.of(new WarningFactor("ALARM_HH_LL", "高高报/低低报报警", "液氯储罐压力 高高报 1.32 MPa", 40),
                        new WarningFactor("INHERENT_LEVEL", "固有风险", "一级重大危险源", 30)), at));
        return id;
    }

    List<Row> deliveriesOfWarning(UUID warningId) {
        return jdbc.sql("""
                SELECT d.* FROM delivery d JOIN notification n ON n.id = d.notification_id
                WHERE n.warning_id = :w ORDER BY d.channel, d.address""")
                .param("w", warningId).query((rs, n) -> row(rs)).list();
    }

    List<Row> deliveriesOfKind(String enterprise, String kind, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT d.* FROM delivery d JOIN notification n ON n.id = d.notification_id
                WHERE n.enterprise_code = :e AND n.kind = :k AND n.created_at >= :from AND n.created_at < :to
                ORDER BY d.created_at""")
                .param("e", enterprise).param("k", kind).param("from", java.sql.Timestamp.from(from))
                .param("to", java.sql.Timestamp.from(to)).query((rs, n) -> row(rs)).list();
    }

    List<String> kindsOfWarning(UUID warningId) {
        return jdbc.sql("SELECT kind FROM notification WHERE warning_id = :w ORDER BY created_at")
                .param("w", warningId).query(String.class).list();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getString("channel"), rs.getString("address"), rs.getString("recipient_role"),
                rs.getString("state"), rs.getInt("attempts"), rs.getString("idempotency_key"),
                rs.getTimestamp("next_attempt_at").toInstant());
    }
}
