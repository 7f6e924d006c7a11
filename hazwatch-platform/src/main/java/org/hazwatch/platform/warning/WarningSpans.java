package org.hazwatch.platform.warning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The warnings that stood during a period, in bulk, for the figures of a period (研判, bulletins). Not scoped to a
 * person: callers pass the scope they checked.
 */
@Service
@EntryClass
public class WarningSpans {

    /**
     * One warning: raised at, lifted at (null while standing), the highest level it reached.
     *
     * @param jurisdictionPath the enterprise's path when the warning was raised
     */
    public record WarningSpan(String enterpriseCode, String jurisdictionPath, WarningLevel peakLevel, Instant raisedAt,
                              Instant liftedAt) {
    }

    private static final String OVERLAPPING = """
            SELECT enterprise_code, jurisdiction_path, peak_level, raised_at, lifted_at
            FROM warning
            WHERE raised_at < :to AND (lifted_at IS NULL OR lifted_at >= :from) AND %s
            ORDER BY raised_at""";

    private final JdbcClient jdbc;

    WarningSpans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every warning in the scope that stood at some time within {@code [from, to)}. */
    public List<WarningSpan> overlapping(JurisdictionScope scope, Instant from, Instant to) {
        JurisdictionScope.Condition in = scope.on("jurisdiction_path", "enterprise_code");
        return in.bind(jdbc.sql(OVERLAPPING.formatted(in.sql())))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new WarningSpan(rs.getString(1), rs.getString(2),
                        WarningLevel.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
    }
}
