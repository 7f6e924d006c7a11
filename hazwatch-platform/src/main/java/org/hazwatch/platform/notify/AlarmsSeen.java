package org.hazwatch.platform.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The alarms the notifications have taken up ({@code notify_alarm_seen}): one row per alarm episode, written in the
 * transaction of its notification, so an alarm is notified once whatever repeats its {@code AlarmRaised}, and one
 * whose notification a crash lost can be found (issue 19, crash).
 */
@Component
class AlarmsSeen {

    private static final UUID RECORD_BEGAN = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final Clock clock;

    AlarmsSeen(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** In the caller's transaction: true the first time for the episode, false when it was taken up before. */
    boolean takeUp(UUID episodeId) {
        return jdbc.sql("INSERT INTO notify_alarm_seen (episode_id, seen_at) VALUES (:id, :at) "
                        + "ON CONFLICT (episode_id) DO NOTHING")
                .param("id", episodeId).param("at", Timestamp.from(clock.instant())).update() == 1;
    }

    boolean has(UUID episodeId) {
        return jdbc.sql("SELECT count(*) FROM notify_alarm_seen WHERE episode_id = :id").param("id", episodeId)
                .query(Integer.class).single() > 0;
    }

    /** When the record began (the migration's time): alarms raised before it are not caught up. */
    Optional<Instant> recordBegan() {
        return jdbc.sql("SELECT seen_at FROM notify_alarm_seen WHERE episode_id = :id").param("id", RECORD_BEGAN)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }
}
