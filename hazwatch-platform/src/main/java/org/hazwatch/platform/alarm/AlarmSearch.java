package org.hazwatch.platform.alarm;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.EpisodeState;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.HazwatchProperties;
import org.springframework.beans.factory.ObjectProvider;
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
    private final ObjectProvider<ForwardedAlarms> forwarded;

    AlarmSearch(JdbcClient jdbc, Jurisdictions jurisdictions, HazwatchProperties hazwatch,
                ObjectProvider<ForwardedAlarms> forwarded) {
        this.jdbc = jdbc;
        this.forwarded = forwarded;
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
        ForwardedAlarms cascade = forwarded.getIfAvailable();
        ForwardedAlarms.Matches others = cascade == null ? null : cascade.find(scope, new ForwardedAlarms.Query(false,
                c.state(), blankToNull(c.enterpriseCode()), c.kind(), c.severity(), c.from(), c.to()), (p + 1) * s);
        if (others == null || others.total() == 0) {
            return new Found(own(scope, c, s, (long) p * s), p, s, count(scope, c));
        }
        // cascade (SPEC §12): the forwarded and the silent cities' alarms in the same order, paged as one list —
        // a page of the union lies within the first pages of both
        List<AlarmView> items = Stream.concat(own(scope, c, (p + 1) * s, 0).stream(),
                        others.items().stream())
                .sorted(AlarmController.NEWEST_FIRST).skip((long) p * s).limit(s).toList();
        return new Found(items, p, s, count(scope, c) + others.total());
    }

    private List<AlarmView> own(JurisdictionScope scope, Criteria c, int limit, long offset) {
        JurisdictionScope.Condition where = condition(scope, c);
        return bind(where.bind(jdbc.sql("SELECT " + AlarmStore.EPISODE_COLUMNS + " " + WHERE.formatted(where.sql())
                        + " ORDER BY raised_at DESC, id LIMIT :limit OFFSET :offset")), c)
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> AlarmView.of(AlarmStore.episode(rs), rs.getString("jurisdiction_path"), zone))
                .list();
    }

    private long count(JurisdictionScope scope, Criteria c) {
        JurisdictionScope.Condition where = condition(scope, c);
        return bind(where.bind(jdbc.sql("SELECT count(*) " + WHERE.formatted(where.sql()))), c)
                .query(Long.class).single();
    }

    private static JurisdictionScope.Condition condition(JurisdictionScope scope, Criteria c) {
        return scope.ofEnterprise(blankToNull(c.enterpriseCode())).on("jurisdiction_path", "enterprise_code");
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
