package org.hazwatch.platform.warning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.warning.rules.ChangeKind;
import org.hazwatch.platform.warning.rules.WarningFactor;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of warnings for people, scoped to what the actor sees. */
@Repository
class WarningQueries {

    private static final String FILTER = """
            %s
            AND (CAST(:level AS text) IS NULL OR level = :level)
            AND (CAST(:status AS text) IS NULL OR status = :status)
            AND (CAST(:from AS timestamptz) IS NULL OR raised_at >= :from)
            AND (CAST(:to AS timestamptz) IS NULL OR raised_at < :to)""";

    private final JdbcClient jdbc;
    private final WarningStore store;
    private final WarningPoints points;
    private final ZoneId zone;

    WarningQueries(JdbcClient jdbc, WarningStore store, WarningPoints points, HazwatchProperties hazwatch) {
        this.jdbc = jdbc;
        this.store = store;
        this.points = points;
        this.zone = hazwatch.zone();
    }

    /** Newest first. */
    List<WarningView> list(JurisdictionScope scope, WarningView.Filter f) {
        return filtered("SELECT " + WarningStore.COLUMNS + " FROM warning WHERE " + FILTER
                + " ORDER BY raised_at DESC, id LIMIT :limit OFFSET :offset", scope, f)
                .param("limit", f.size()).param("offset", (long) f.page() * f.size())
                .query((rs, n) -> view(rs)).list();
    }

    long count(JurisdictionScope scope, WarningView.Filter f) {
        return filtered("SELECT count(*) FROM warning WHERE " + FILTER, scope, f).query(Long.class).single();
    }

    Optional<WarningView> one(Actor actor, UUID id) {
        return jdbc.sql("SELECT " + WarningStore.COLUMNS + " FROM warning WHERE id = :id").param("id", id)
                .query((rs, n) -> view(rs)).optional()
                .filter(w -> actor.sees(w.enterpriseCode(), w.jurisdictionPath()));
    }

    List<WarningView> standing(String enterpriseCode) {
        return jdbc.sql("SELECT " + WarningStore.COLUMNS + """
                 FROM warning WHERE enterprise_code = :enterprise AND status = 'STANDING'
                ORDER BY array_position(ARRAY['RED','ORANGE','YELLOW','BLUE'], level::text), raised_at""")
                .param("enterprise", enterpriseCode).query((rs, n) -> view(rs)).list();
    }

    /** The standing warnings in the scope, most severe first and newest first within a level, at most {@code limit}. */
    List<WarningView> mostSevereStanding(JurisdictionScope scope, int limit) {
        JurisdictionScope.Condition where = scope.on("jurisdiction_path", "enterprise_code");
        return where.bind(jdbc.sql("SELECT " + WarningStore.COLUMNS + " FROM warning WHERE status = 'STANDING' AND "
                        + where.sql() + """
                        ORDER BY array_position(ARRAY['RED','ORANGE','YELLOW','BLUE'], level::text), raised_at DESC, id
                        LIMIT :limit"""))
                .param("limit", limit).query((rs, n) -> view(rs)).list();
    }

    /** The enterprise and level of every standing warning in the scope, unpaged (a few columns a row). */
    List<Map.Entry<String, WarningLevel>> standingLevels(JurisdictionScope scope) {
        JurisdictionScope.Condition where = scope.on("jurisdiction_path", "enterprise_code");
        return where.bind(jdbc.sql("SELECT enterprise_code, level FROM warning WHERE status = 'STANDING' AND "
                        + where.sql()))
                .query((rs, n) -> Map.entry(rs.getString(1), WarningLevel.valueOf(rs.getString(2)))).list();
    }

    Map<WarningLevel, Long> standingCounts(Actor actor) {
        Map<WarningLevel, Long> counts = new EnumMap<>(WarningLevel.class);
        for (WarningLevel level : WarningLevel.values()) {
            counts.put(level, 0L);
        }
        JurisdictionScope.Condition scope = actor.scope().on("jurisdiction_path", "enterprise_code");
        scope.bind(jdbc.sql("SELECT level, count(*) AS n FROM warning WHERE status = 'STANDING' AND " + scope.sql()
                + "GROUP BY level"))
                .query((rs, n) -> Map.entry(WarningLevel.valueOf(rs.getString("level")), rs.getLong("n"))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    List<WarningView.HistoryEntry> history(UUID id) {
        return jdbc.sql("""
                SELECT id, at, kind, from_level, level, score, factors::text AS factors FROM warning_event
                WHERE warning_id = :id ORDER BY id""").param("id", id)
                .query((rs, n) -> entry(rs)).list();
    }

    private JdbcClient.StatementSpec filtered(String sql, JurisdictionScope scope, WarningView.Filter f) {
        JurisdictionScope.Condition where = scope.ofEnterprise(f.enterpriseCode())
                .on("jurisdiction_path", "enterprise_code");
        return where.bind(jdbc.sql(sql.formatted(where.sql())))
                .param("level", f.level() == null ? null : f.level().name()).param("status", f.status())
                .param("from", WarningStore.ts(f.from())).param("to", WarningStore.ts(f.to()));
    }

    private WarningView view(ResultSet rs) throws SQLException {
        String enterprise = rs.getString("enterprise_code");
        WarningLevel level = WarningLevel.valueOf(rs.getString("level"));
        return new WarningView(rs.getObject("id", UUID.class), enterprise,
                points.plant(enterprise).map(WarningPoints.Plant::name).orElse(null),
                rs.getString("hazard_source_code"), rs.getString("jurisdiction_path"), level, WarningView.title(level),
                WarningLevel.valueOf(rs.getString("peak_level")), rs.getString("status"),
                WarningView.shown(WarningStore.instant(rs, "raised_at"), zone),
                WarningView.shown(WarningStore.instant(rs, "lifted_at"), zone),
                WarningView.shown(WarningStore.instant(rs, "updated_at"), zone), rs.getInt("score"),
                store.factors(rs.getString("factors")));
    }

    private WarningView.HistoryEntry entry(ResultSet rs) throws SQLException {
        ChangeKind kind = ChangeKind.valueOf(rs.getString("kind"));
        WarningLevel from = level(rs.getString("from_level"));
        WarningLevel to = level(rs.getString("level"));
        List<WarningFactor> factors = store.factors(rs.getString("factors"));
        int score = rs.getInt("score");
        return new WarningView.HistoryEntry(rs.getLong("id"), WarningView.shown(WarningStore.instant(rs, "at"), zone),
                kind.name(), kind.label(), from, to, score, describe(kind, from, to, score, factors), factors);
    }

    private static WarningLevel level(String name) {
        return name == null ? null : WarningLevel.valueOf(name);
    }

    /** zh-CN: 产生红色预警（评分 95）：固有风险、高高报/低低报报警 … */
    static String describe(ChangeKind kind, WarningLevel from, WarningLevel to, int score,
                           List<WarningFactor> factors) {
        String labels = factors.stream().map(WarningFactor::label).collect(Collectors.joining("、"));
        return switch (kind) {
            case RAISED -> "产生%s预警（评分 %d）：%s".formatted(to.colour(), score, labels);
            case UPGRADED -> "由%s升级为%s预警（评分 %d）：%s".formatted(from.colour(), to.colour(), score, labels);
            case DOWNGRADED -> "由%s降级为%s预警（评分 %d）：%s".formatted(from.colour(), to.colour(), score, labels);
            case FACTORS_CHANGED -> "预警因子变化，仍为%s预警（评分 %d）：%s".formatted(to.colour(), score,
                    labels.isEmpty() ? "因子已消除，保持观察" : labels);
            case LIFTED -> "预警解除（原为%s预警，评分 %d）".formatted(from.colour(), score);
        };
    }
}
