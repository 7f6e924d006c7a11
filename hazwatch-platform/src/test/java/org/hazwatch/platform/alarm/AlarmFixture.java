package org.hazwatch.platform.alarm;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hazwatch.platform.telemetry.InMemoryPointDirectory;
import org.hazwatch.platform.telemetry.NewReading;
import org.hazwatch.platform.telemetry.ReadingLog;
import org.hazwatch.platform.telemetry.ReadingQuality;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A point of a fresh enterprise in 泽州县 with H 80 and HH 90, and readings sent through the reading log. */
final class AlarmFixture {

    static final String ZEZHOU = "140000/140500/140525/";

    final String enterprise = InMemoryPointDirectory.newEnterpriseCode();
    final String point = InMemoryPointDirectory.newPointCode(enterprise);
    private final ReadingLog log;
    private final JdbcClient jdbc;

    AlarmFixture(InMemoryAlarmPoints points, ReadingLog log, JdbcClient jdbc) {
        this.log = log;
        this.jdbc = jdbc;
        points.addHighPoint(point, enterprise, ZEZHOU, 80, 90);
    }

    /** Sends a reading stamped {@code ago} before now and waits until it is committed. */
    void send(Duration ago, double value) {
        log.append(List.of(new NewReading(point, Instant.now().minus(ago), value, ReadingQuality.GOOD, false)))
                .join();
    }

    /** Waits until the engine has stored the point's episodes in the given states, and returns their ids. */
    List<String> awaitEpisodeStates(String... states) {
        await().atMost(Duration.ofSeconds(10)).until(() -> states().equals(List.of(states)));
        return jdbc.sql("SELECT id::text FROM alarm_episode WHERE point_code = :p ORDER BY raised_at")
                .param("p", point).query(String.class).list();
    }

    List<String> states() {
        return jdbc.sql("SELECT state FROM alarm_episode WHERE point_code = :p ORDER BY raised_at")
                .param("p", point).query(String.class).list();
    }

    List<String> transitions(String id) {
        return jdbc.sql("SELECT kind FROM alarm_transition WHERE episode_id = CAST(:id AS uuid) ORDER BY seq")
                .param("id", id).query(String.class).list();
    }
}
