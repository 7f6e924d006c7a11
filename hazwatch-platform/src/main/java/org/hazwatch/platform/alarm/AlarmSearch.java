package org.hazwatch.platform.alarm;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.EpisodeState;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.HazwatchProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The alarm list (报警查询): every episode in a scope, filtered by when it was raised, enterprise, kind, severity and
 * state, newest first, a page at a time, with the number of all that match (for the pages and the Excel export).
 */
@Service
@EntryClass
public class AlarmSearch {

    /** The most a page (or an export) holds. */
    public static final int MOST = 5000;

    /**
     * What to look for; every filter may be null (then it does not narrow).
     *
     * @param from raised at or after
     * @param to   raised before
     */
    public record Criteria(Instant from, Instant to, String enterpriseCode, AlarmKind kind, Severity severity,
                           EpisodeState state) {
    }

    /** One page of the matches; {@code page} counts from 0. */
    public record Found(List<AlarmView> items, int page, int size, long total) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private static final String WHERE = """
            FROM alarm_episode
            WHERE %s
              AND (CAST(:kind AS text) IS NULL OR kind = :kind)
              AND (CAST(:severity AS text) IS NULL OR severity = :severity)
              AND (CAST(:state AS text) IS NULL OR state = :state)
              AND (CAST(:from AS timestamptz) IS NULL OR raised_at >= :from)
              AND (CAST(:to AS timestamptz) IS NULL OR raised_at < :to)""";

    private final JdbcClient jdbc;
    private final Jurisdictions jurisdictions;
    private final ZoneId zone;

    AlarmSearch(JdbcClient jdbc, Jurisdictions jurisdictions, HazwatchProperties hazwatch) {
        this.jdbc = jdbc;
        this.jurisdictions = jurisdictions;
        this.zone = hazwatch.zone();
    }

    /**
     * @param jurisdictionCode beneath this node of the reader's scope, or null for all it sees
     * @throws org.hazwatch.platform.support.NotFoundException for a node the reader does not see
     */
    public Found find(Actor actor, String jurisdictionCode, Criteria c, int page, int size) {
        JurisdictionScope scope = jurisdictionCode == null || jurisdictionCode.isBlank() ? actor.scope()
                : jurisdictions.scope(actor, jurisdictionCode.strip());
        int p = Math.max(0, page);
        int s = Math.max(1, Math.min(size, MOST));
        JurisdictionScope.Condition where = scope.ofEnterprise(blankToNull(c.enterpriseCode()))
                .on("jurisdiction_path", "enterprise_code");
        String clause = WHERE.formatted(where.sql());
        long total = bind(where.bind(jdbc.sql("SELECT count(*) " + clause)), c).query(Long.class).single();
        List<AlarmView> items = bind(where.bind(jdbc.sql("SELECT " + AlarmStore.EPISODE_COLUMNS + " " + clause
                        + " ORDER BY raised_at DESC, id LIMIT :limit OFFSET :offset")), c)
                .param("limit", s).param("offset", (long) p * s)
                .query((rs, n) -> AlarmView.of(AlarmStore.episode(rs), rs.getString("jurisdiction_path"), zone))
                .list();
        return new Found(items, p, s, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Criteria c) {
        return statement.param("kind", c.kind() == null ? null : c.kind().name())
                .param("severity", c.severity() == null ? null : c.severity().name())
                .param("state", c.state() == null ? null : c.state().name())
                .param("from", AlarmStore.ts(c.from())).param("to", AlarmStore.ts(c.to()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
