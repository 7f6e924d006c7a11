package org.hazwatch.platform.notify;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hazwatch.platform.disposal.Disposals;
import org.hazwatch.platform.notify.rules.NoticeKind;
import org.hazwatch.platform.notify.rules.RepeatIntervals;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The repeat reminder (未签收重复提醒): while a warning stands and nobody signed for it, its enterprise is notified
 * again every repeat interval of its level. Warnings seen are kept in {@code notify_warning}; a lift or a sign-for
 * ({@link Notifications#stopRepeating}) stops them.
 */
@Component
class WarningReminders {

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final RepeatIntervals intervals;
    private final Disposals disposals;

    WarningReminders(JdbcClient jdbc, Outbox outbox, TransactionTemplate tx, NotifySettings settings,
                     Disposals disposals) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.tx = tx;
        this.disposals = disposals;
        this.intervals = settings.repeats();
    }

    void seen(UUID warningId, EnterpriseCode enterprise, HazardSourceCode hazardSource, String path,
              WarningLevel level, List<String> factors, Instant at) {
        jdbc.sql("""
                INSERT INTO notify_warning (warning_id, enterprise_code, hazard_source_code, jurisdiction_path, level,
                    factors, raised_at, last_notified_at)
                VALUES (:id, :e, :h, :path, :level, :factors, :at, :at)
                ON CONFLICT (warning_id) DO UPDATE SET level = excluded.level, factors = excluded.factors,
                    last_notified_at = excluded.last_notified_at""")
                .param("id", warningId).param("e", enterprise.code())
                .param("h", Objects.toString(hazardSource, null)).param("path", path)
                .param("level", level.name()).param("factors", String.join("\n", factors))
                .param("at", Timestamp.from(at)).update();
    }

    /** A downgrade changes the level (and so the interval) but is no new notification to count from. */
    void levelIs(UUID warningId, WarningLevel level, List<String> factors) {
        jdbc.sql("UPDATE notify_warning SET level = :level, factors = :factors WHERE warning_id = :id")
                .param("level", level.name()).param("factors", String.join("\n", factors)).param("id", warningId)
                .update();
    }

    boolean stop(UUID warningId, String reason, Instant at) {
        return jdbc.sql("""
                UPDATE notify_warning SET stopped_at = :at, stop_reason = :reason
                WHERE warning_id = :id AND stopped_at IS NULL""")
                .param("at", Timestamp.from(at)).param("reason", reason).param("id", warningId).update() == 1;
    }

    /** Writes the reminders due at {@code now}; returns how many. */
    int remind(Instant now) {
        Integer written = tx.execute(status -> {
            List<Standing> standing = jdbc.sql("""
                    SELECT * FROM notify_warning WHERE stopped_at IS NULL ORDER BY last_notified_at
                    FOR UPDATE SKIP LOCKED""")
                    .query((rs, n) -> new Standing(rs.getObject("warning_id", UUID.class),
                            rs.getString("enterprise_code"), rs.getString("hazard_source_code"),
                            rs.getString("jurisdiction_path"), WarningLevel.valueOf(rs.getString("level")),
                            rs.getString("factors"), rs.getTimestamp("raised_at").toInstant(),
                            rs.getTimestamp("last_notified_at").toInstant(), rs.getInt("repeats"))).list();
            int count = 0;
            for (Standing s : standing) {
                if (intervals.due(s.level(), s.lastNotified(), now)) {
                    remind(s, now);
                    count++;
                }
            }
            return count;
        });
        return written == null ? 0 : written;
    }

    private void remind(Standing s, Instant now) {
        int n = s.repeats() + 1;
        outbox.write(Occasion.of("warning-repeat:" + s.id() + ":" + n, NoticeKind.WARNING_REPEAT,
                        EnterpriseCode.of(s.enterprise()), HazardSourceCode.ofNullable(s.hazardSource()), s.path(),
                        s.level(), s.id(), now)
                .withFactors(s.factors().isEmpty() ? List.of() : Arrays.asList(s.factors().split("\n")))
                .withDeadline(disposals.signForDeadline(s.id(), s.level(), s.raisedAt())));
        jdbc.sql("UPDATE notify_warning SET last_notified_at = :at, repeats = :n WHERE warning_id = :id")
                .param("at", Timestamp.from(now)).param("n", n).param("id", s.id()).update();
    }

    private record Standing(UUID id, String enterprise, String hazardSource, String path, WarningLevel level,
                            String factors, Instant raisedAt, Instant lastNotified, int repeats) {
    }
}
