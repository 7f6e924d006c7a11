package org.hazwatch.platform.notify;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The delivery rows as the dispatcher works them: claim the due ones with a lease ({@code FOR UPDATE SKIP LOCKED},
 * so several platform nodes share the work), then record what the channel made of each attempt.
 */
@Component
class DeliveryLedger {

    /** A claimed delivery with the texts of its notification. */
    record Claimed(UUID id, int attempts, String idempotencyKey, String channel, String address, Instant createdAt,
                   String subject, String text, String smsText, String attachmentId, String attachmentName) {
    }

    private final JdbcClient jdbc;

    DeliveryLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes up to {@code limit} deliveries that are due — pending or to retry with their time come, or sending
     * with the lease run out (the claimant died mid-send) — and marks them SENDING until {@code leaseUntil}.
     */
    List<Claimed> claim(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                WITH due AS (
                    SELECT id FROM delivery
                    WHERE (state IN ('PENDING', 'RETRY') AND next_attempt_at <= :now)
                       OR (state = 'SENDING' AND lease_until <= :now)
                    ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED),
                claimed AS (
                    UPDATE delivery d SET state = 'SENDING', attempts = d.attempts + 1, lease_until = :lease
                    FROM due WHERE d.id = due.id
                    RETURNING d.*)
                SELECT c.id, c.attempts, c.idempotency_key, c.channel, c.address, c.created_at, n.subject, n.text,
                    n.sms_text, n.attachment_id, n.attachment_name
                FROM claimed c JOIN notification n ON n.id = c.notification_id
                ORDER BY c.next_attempt_at""")
                .param("now", Timestamp.from(now)).param("lease", Timestamp.from(leaseUntil)).param("limit", limit)
                .query((rs, n) -> new Claimed(rs.getObject("id", UUID.class), rs.getInt("attempts"),
                        rs.getString("idempotency_key"), rs.getString("channel"), rs.getString("address"),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("subject"), rs.getString("text"),
                        rs.getString("sms_text"), rs.getString("attachment_id"), rs.getString("attachment_name")))
                .list();
    }

    /** Records the attempt's end, unless a later claim took the delivery over meanwhile. */
    void delivered(Claimed c, String providerRef, Instant at) {
        jdbc.sql("""
                UPDATE delivery SET state = 'DELIVERED', delivered_at = :at, provider_ref = :ref, last_error = NULL,
                    lease_until = NULL
                WHERE id = :id AND attempts = :attempts AND state = 'SENDING'""")
                .param("at", Timestamp.from(at)).param("ref", providerRef).param("id", c.id())
                .param("attempts", c.attempts()).update();
    }

    void retry(Claimed c, String error, Instant next) {
        jdbc.sql("""
                UPDATE delivery SET state = 'RETRY', next_attempt_at = :next, last_error = :error, lease_until = NULL
                WHERE id = :id AND attempts = :attempts AND state = 'SENDING'""")
                .param("next", Timestamp.from(next)).param("error", error).param("id", c.id())
                .param("attempts", c.attempts()).update();
    }

    /** REJECTED (refused for good) or EXPIRED (given up after the maximum age). */
    void end(Claimed c, String state, String error) {
        jdbc.sql("""
                UPDATE delivery SET state = :state, last_error = :error, lease_until = NULL
                WHERE id = :id AND attempts = :attempts AND state = 'SENDING'""")
                .param("state", state).param("error", error).param("id", c.id()).param("attempts", c.attempts())
                .update();
    }
}
