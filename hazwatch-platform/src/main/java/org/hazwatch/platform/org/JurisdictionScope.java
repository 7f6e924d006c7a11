package org.hazwatch.platform.org;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hazwatch.platform.org.rules.JurisdictionPaths;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a person may see of the jurisdiction tree (管辖范围): the enterprises and nodes at or beneath a path, or, for
 * enterprise users, their own enterprise. Built from the {@link Actor} ({@link Actor#scope()}) and only ever
 * narrowed — {@link #under(String)} a node, {@link #ofEnterprise(String)} — never widened: narrowing to something
 * outside the scope leaves nothing. Every query that filters by jurisdiction takes its SQL from {@link #on}.
 */
public final class JurisdictionScope {

    private static final JurisdictionScope NOTHING = new JurisdictionScope(null, null);
    private static final JurisdictionScope EVERYTHING = new JurisdictionScope("", null);

    /** Null when the scope holds nothing; empty for the whole tree. */
    private final String path;
    /** The one enterprise the scope holds; null for every enterprise beneath {@link #path}. */
    private final String enterpriseCode;

    private JurisdictionScope(String path, String enterpriseCode) {
        this.path = path;
        this.enterpriseCode = enterpriseCode;
    }

    /** What the actor sees: a regulator its node's subtree, the admin everything, an enterprise user its enterprise. */
    static JurisdictionScope of(Actor actor) {
        if (actor.role().isEnterprise()) {
            return actor.enterpriseCode() == null ? NOTHING : new JurisdictionScope("", actor.enterpriseCode());
        }
        return actor.jurisdictionPath() == null ? NOTHING : new JurisdictionScope(actor.jurisdictionPath(), null);
    }

    /** The whole tree, for the platform's own jobs. */
    public static JurisdictionScope everything() {
        return EVERYTHING;
    }

    /** Only what lies at or beneath the node at {@code nodePath}; unchanged for null; nothing if the node is outside. */
    public JurisdictionScope under(String nodePath) {
        if (nodePath == null || isNothing() || JurisdictionPaths.isWithin(path, nodePath)) {
            return this;
        }
        return JurisdictionPaths.isWithin(nodePath, path) ? new JurisdictionScope(nodePath, enterpriseCode) : NOTHING;
    }

    /** Only the one enterprise; unchanged for null; nothing if the scope is another enterprise's. */
    public JurisdictionScope ofEnterprise(String code) {
        if (code == null || isNothing()) {
            return this;
        }
        return enterpriseCode == null || enterpriseCode.equals(code) ? new JurisdictionScope(path, code) : NOTHING;
    }

    /** Whether the scope holds the jurisdiction node at {@code nodePath}; an enterprise's scope holds no node. */
    public boolean contains(String nodePath) {
        return !isNothing() && enterpriseCode == null && JurisdictionPaths.isWithin(nodePath, path);
    }

    /** Whether the scope holds the enterprise that lies at {@code enterprisePath}. */
    public boolean sees(String enterpriseCode, String enterprisePath) {
        return !isNothing() && (this.enterpriseCode == null || this.enterpriseCode.equals(enterpriseCode))
                && (path.isEmpty() || JurisdictionPaths.isWithin(enterprisePath, path));
    }

    public boolean isNothing() {
        return path == null;
    }

    /** The condition on a table that keeps an enterprise's code and jurisdiction path in the given columns. */
    public Condition on(String pathColumn, String enterpriseColumn) {
        if (isNothing()) {
            return Condition.NONE;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder();
        if (!path.isEmpty()) {
            sql.append(pathColumn).append(" LIKE :scopePath");
            params.put("scopePath", likePrefix(path));
        }
        if (enterpriseCode != null) {
            sql.append(sql.isEmpty() ? "" : " AND ").append(enterpriseColumn).append(" = :scopeEnterprise");
            params.put("scopeEnterprise", enterpriseCode);
        }
        return sql.isEmpty() ? Condition.ALL : new Condition("(" + sql + ")", Map.copyOf(params));
    }

    /** The condition on a table of jurisdiction nodes (or things kept per node): an enterprise's scope holds none. */
    public Condition on(String pathColumn) {
        return enterpriseCode == null ? on(pathColumn, null) : Condition.NONE;
    }

    /** {@code LIKE} matches {@code _} and {@code %} as wildcards; PostgreSQL's default escape is the backslash. */
    private static String likePrefix(String path) {
        return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * A SQL condition with its named parameters ({@code scopePath}, {@code scopeEnterprise}), spaced on both sides
     * so it can be concatenated into a text block.
     */
    public record Condition(String sql, Map<String, Object> params) {

        static final Condition ALL = new Condition("TRUE", Map.of());
        static final Condition NONE = new Condition("FALSE", Map.of());

        public Condition {
            sql = " " + sql.strip() + " ";
        }

        /** Binds the parameters to a statement whose SQL holds {@link #sql()}. */
        public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement.params(params);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JurisdictionScope other && Objects.equals(path, other.path)
                && Objects.equals(enterpriseCode, other.enterpriseCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, enterpriseCode);
    }

    @Override
    public String toString() {
        return isNothing() ? "nothing" : enterpriseCode == null ? "under '" + path + "'"
                : "enterprise " + enterpriseCode + " under '" + path + "'";
    }
}
