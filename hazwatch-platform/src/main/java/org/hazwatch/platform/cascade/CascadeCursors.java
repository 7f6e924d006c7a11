package org.hazwatch.platform.cascade;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * On the city: how far the streams that are not queued in the outbox have gone. Readings: the reading log is their
 * outbox (durable, in commit order by {@code received_at}), so only the last group the province acknowledged is
 * kept. Orders: the province's sequence number of the last order applied.
 */
@Repository
class CascadeCursors {

    static final String READINGS = "READINGS";
    static final String ORDERS = "ORDERS";
    static final String MINUTES = "MINUTES";

    private final JdbcClient jdbc;
    private final Clock clock;

    CascadeCursors(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The reading log's receipt time up to which the province has everything; the epoch at first. */
    Instant readingsAfter() {
        return time(READINGS);
    }

    void readingsSentThrough(Instant receivedAt) {
        moveTime(READINGS, receivedAt);
    }

    /** With readings=MINUTE: the receipt time the next page of revised minutes starts at; the epoch at first. */
    Instant minutesFrom() {
        return time(MINUTES);
    }

    void minutesSentUpTo(Instant next) {
        moveTime(MINUTES, next);
    }

    private Instant time(String stream) {
        return jdbc.sql("SELECT after_time FROM cascade_cursor WHERE stream = :s").param("s", stream)
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(Instant.EPOCH);
    }

    private void moveTime(String stream, Instant to) {
        jdbc.sql("""
                INSERT INTO cascade_cursor (stream, after_time, moved_at) VALUES (:s, :at, :now)
                ON CONFLICT (stream) DO UPDATE SET after_time = excluded.after_time, moved_at = excluded.moved_at""")
                .param("s", stream).param("at", Timestamp.from(to))
                .param("now", Timestamp.from(clock.instant())).update();
    }

    long ordersAfter() {
        return jdbc.sql("SELECT after_seq FROM cascade_cursor WHERE stream = :s").param("s", ORDERS)
                .query(Long.class).optional().orElse(0L);
    }

    void ordersAppliedThrough(long seq) {
        jdbc.sql("""
                INSERT INTO cascade_cursor (stream, after_seq, moved_at) VALUES (:s, :seq, :now)
                ON CONFLICT (stream) DO UPDATE SET after_seq = excluded.after_seq, moved_at = excluded.moved_at""")
                .param("s", ORDERS).param("seq", seq).param("now", Timestamp.from(clock.instant())).update();
    }
}
