package org.hazwatch.platform.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.telemetry.InMemoryPointDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The alarm list narrows by each filter given and by none left out (t-read: the statement holds only the filters
 * given), newest raised first.
 */
@PlatformTest
class AlarmQueriesTest {

    @Autowired
    AlarmQueries queries;
    @Autowired
    JdbcClient jdbc;

    final String enterprise = InMemoryPointDirectory.newEnterpriseCode();

    @Test
    void eachFilterGivenNarrowsTheListAndTheOthersLeaveItWhole() {
        String point = InMemoryPointDirectory.newPointCode(enterprise);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID openHigh = episode(enterprise, point, "LIMIT_HIGH", "HH", "UNACKNOWLEDGED", now.minusSeconds(60));
        UUID closedHigh = episode(enterprise, point, "LIMIT_HIGH", "H", "NORMAL", now.minusSeconds(3_600));
        UUID openLow = episode(enterprise, point, "LIMIT_LOW", "L", "UNACKNOWLEDGED", now.minusSeconds(7_200));

        assertThat(list(false, null, null, null, null, 10)).containsExactly(openHigh, closedHigh, openLow);
        assertThat(list(true, null, null, null, null, 10)).containsExactly(openHigh, openLow);
        assertThat(list(false, "LIMIT_HIGH", null, null, null, 10)).containsExactly(openHigh, closedHigh);
        assertThat(list(false, null, "H", null, null, 10)).containsExactly(closedHigh);
        assertThat(list(false, null, null, now.minusSeconds(3_600), null, 10)).containsExactly(openHigh, closedHigh);
        assertThat(list(false, null, null, null, now.minusSeconds(3_600), 10)).containsExactly(openLow);
        assertThat(list(true, "LIMIT_LOW", "L", now.minus(Duration.ofHours(3)), now, 10)).containsExactly(openLow);
        assertThat(list(false, null, null, null, null, 2)).containsExactly(openHigh, closedHigh);
    }

    private List<UUID> list(boolean active, String kind, String severity, Instant from, Instant to, int limit) {
        return queries.list(Actor.system(), new AlarmQueries.Filter(active, enterprise, null, kind, severity, from,
                to, limit)).stream().map(AlarmView::id).toList();
    }

    private UUID episode(String enterprise, String point, String kind, String severity, String state,
                         Instant raisedAt) {
        UUID id = UUID.randomUUID();
        boolean open = !state.equals("NORMAL");
        jdbc.sql("""
                INSERT INTO alarm_episode (id, enterprise_code, point_code, jurisdiction_path, kind, severity,
                    priority, state, active, acknowledged, cover, raised_at, cleared_at, peak_value, late, seq)
                VALUES (:id, :enterprise, :point, '140000/140500/140525/', :kind, :severity, 'HIGH', :state, :open,
                    false, 'NONE', :raised, :cleared, 1.0, false, 1)""")
                .param("id", id).param("enterprise", enterprise).param("point", point).param("kind", kind)
                .param("severity", severity).param("state", state).param("open", open)
                .param("raised", Timestamp.from(raisedAt))
                .param("cleared", open ? null : Timestamp.from(raisedAt.plusSeconds(30))).update();
        return id;
    }
}
